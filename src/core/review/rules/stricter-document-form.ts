import type { RawFinding, Rule } from '../finding.ts';
import { formsUnion, lightestBurden } from '../document-forms.ts';
import { formsText } from '../format.ts';
import { groupsOf } from '../groups.ts';
import { reviewViews } from '../views.ts';

const CERTIFIED_COPY = 2;

/**
 * A record accepts only a certified copy or the original of a document for which the baseline accepts
 * something lighter (a plain copy, a copy shown with the original, showing it, an electronic copy), or only
 * the original where the baseline accepts a certified copy.
 */
export const stricterDocumentForm: Rule = {
  id: 'stricter-document-form',
  severity: 'warning',
  description: 'Bản công bố đòi hình thức giấy tờ chặt hơn bản quốc gia (bản sao chứng thực hoặc bản chính thay vì bản sao, xuất trình).',
  words: {
    label: 'Hình thức giấy tờ chặt hơn bản quốc gia',
    reason: 'Nơi pháp luật yêu cầu bản sao, cơ quan phải nhận bản sao và không được đòi bản sao chứng thực (Nghị định 23/2015/NĐ-CP, Điều 6).',
    action: 'Chấp nhận hình thức giấy tờ như bản quốc gia (bản sao, bản sao kèm bản chính để đối chiếu).',
  },
  run({ catalogue }, groups) {
    const views = reviewViews(catalogue);
    const findings: RawFinding[] = [];
    for (const { code, baseline, records } of groupsOf(catalogue, groups)) {
      if (!baseline) continue;
      for (const slot of views.groupDocuments(code)) {
        const base = slot.byRecord.get(baseline.id);
        if (!base) continue;
        const baseBurden = lightestBurden(base);
        for (const record of records) {
          const list = slot.byRecord.get(record.id);
          if (!list) continue;
          const burden = lightestBurden(list);
          if (burden < CERTIFIED_COPY || burden <= baseBurden) continue;
          findings.push({
            rule: this.id,
            severity: this.severity,
            code,
            records: [baseline.id, record.id],
            field: 'documents',
            subject: slot.subject,
            message: `${record.id} chỉ nhận "${slot.name}" dạng ${formsText(formsUnion(list))}; bản quốc gia ${baseline.id} nhận ${formsText(formsUnion(base))}.`,
            evidence: { [record.id]: formsUnion(list), [baseline.id]: formsUnion(base) },
          });
        }
      }
    }
    return findings;
  },
};
