import type { RawFinding, Rule } from '../finding.ts';
import { formsUnion, lightestBurden } from '../../documents/forms.ts';
import { formsText } from '../format.ts';
import { groupsOf } from '../groups.ts';
import { reviewViews } from '../views.ts';
import { nationalName, recordName } from '../names.ts';
import type { ByRecord } from '../evidence.ts';
import type { DocumentForm } from '../../schema/index.ts';

const CERTIFIED_COPY = 2;
// A list marker before a national name ("(1) Đơn đăng ký đất đai …").
const LIST_MARKER = /^\s*(?:\(?(?:[a-zđ]|\d{1,2}|[ivx]{1,4})\)|\d{1,2}\s*[.)-]|[-–•*+]+)\s*/u;

// Papers that are originals by nature: an application, a declaration, a request the citizen writes and signs, a
// paper signed before the certifier. Asking for the original of these is not stricter than the law.
const ORIGINAL_BY_NATURE =
  /^(?:đơn|tờ khai|giấy đề nghị|văn bản đề nghị|phiếu yêu cầu|phiếu đề nghị|bản khai|bản kê khai|mẫu|bản cam kết|văn bản cam kết|giấy cam đoan)(?: |$)|sẽ ký|yêu cầu chứng thực chữ ký/u;

/** Per record and for the baseline: the forms accepted for the paper. */
export type StricterDocumentFormEvidence = ByRecord<DocumentForm[]>;

/**
 * A record accepts only a certified copy or the original of a document for which the baseline accepts
 * something lighter (a plain copy, a copy shown with the original, showing it, an electronic copy), or only
 * the original where the baseline accepts a certified copy. Papers that are originals by nature (applications,
 * declarations, a paper signed before the certifier) are not compared.
 */
export const stricterDocumentForm: Rule<'stricter-document-form', StricterDocumentFormEvidence> = {
  id: 'stricter-document-form',
  severity: 'warning',
  description:
    'Bản công bố đòi hình thức giấy tờ chặt hơn bản quốc gia (bản sao có chứng thực hoặc bản chính thay vì bản sao, xuất trình).',
  words: {
    label: 'Hình thức giấy tờ chặt hơn bản quốc gia',
    reason:
      'Nơi pháp luật yêu cầu bản sao, cơ quan phải nhận bản sao và không được đòi bản sao có chứng thực (Nghị định 23/2015/NĐ-CP, Điều 6).',
    action: 'Chấp nhận hình thức giấy tờ như bản quốc gia (bản sao, bản sao kèm bản chính để đối chiếu).',
  },
  run({ catalogue }, groups) {
    const views = reviewViews(catalogue);
    const findings: RawFinding<StricterDocumentFormEvidence>[] = [];
    for (const { code, baseline, records } of groupsOf(catalogue, groups)) {
      if (!baseline) continue;
      for (const slot of views.groupDocuments(code)) {
        // A fragment of a row cut by the portal's table ("hoặc" read as a copy, national 1.011441) accepts nothing.
        const base = slot.byRecord.get(baseline.id)?.filter((row) => views.documents.namesAPaper(row));
        if (!base || base.length === 0) continue;
        const baseBurden = lightestBurden(base);
        if (
          [slot.name, ...base.map((b) => b.name)].some((n) =>
            ORIGINAL_BY_NATURE.test(n.normalize('NFC').toLocaleLowerCase('vi').replace(LIST_MARKER, '')),
          )
        )
          continue;
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
            message: `${recordName(catalogue, record)} chỉ nhận "${slot.name}" dạng ${formsText(formsUnion(list))}; ${nationalName(code)} nhận ${formsText(formsUnion(base))}.`,
            evidence: { [record.id]: formsUnion(list), [baseline.id]: formsUnion(base) },
          });
        }
      }
    }
    return findings;
  },
};
