import type { DocumentRequirement } from '../../schema/index.ts';
import type { RawFinding, Rule } from '../finding.ts';
import { formsUnion } from '../../documents/forms.ts';
import { byRecordValue, formsText, listNames } from '../format.ts';
import { reviewViews } from '../views.ts';
import { shownDocument, type ByRecord, type ShownDocument } from '../evidence.ts';

const describe = (list: readonly DocumentRequirement[]) =>
  list.map((d) => ({ ...shownDocument(d), copies: d.copies ?? 1 }));

/** Per record: what it requires for the paper (copies default to 1), null when it does not list the paper. */
export type DocumentsMismatchEvidence = ByRecord<(ShownDocument & { copies: number })[] | null>;

/**
 * Within a group, a document some records require and others do not, or whose accepted forms or number of
 * copies differ. Presence, form and copies are separate findings: each can be settled on its own.
 */
export const documentsMismatch: Rule<'documents-mismatch', DocumentsMismatchEvidence> = {
  id: 'documents-mismatch',
  severity: 'warning',
  keyScope: 'group',
  description:
    'Thành phần hồ sơ khác nhau giữa các bản công bố của cùng thủ tục: giấy tờ nơi có nơi không, hoặc khác hình thức (bản chính, bản sao có chứng thực, bản sao), khác số bản.',
  words: {
    label: 'Thành phần hồ sơ không thống nhất',
    reason:
      'Một thủ tục chỉ có một bộ thành phần hồ sơ (Nghị định 63/2010/NĐ-CP, Điều 8); nơi yêu cầu nhiều hơn gây thêm chi phí cho người dân.',
    action: 'Thống nhất thành phần hồ sơ của mọi bản công bố theo bản yêu cầu ít giấy tờ nhất.',
  },
  run({ catalogue }, groups) {
    const views = reviewViews(catalogue);
    const findings: RawFinding<DocumentsMismatchEvidence>[] = [];
    for (const [code, records] of groups.byCode) {
      if (records.length < 2) continue;
      const ids = records.map((r) => r.id);
      for (const slot of views.groupDocuments(code)) {
        const present = ids.filter((id) => slot.byRecord.has(id));
        if (present.length === 0) continue;
        // Evidence per record: what it requires in this slot, null when it does not list the document.
        const evidence = (of: readonly string[]) =>
          Object.fromEntries(of.map((id) => [id, slot.byRecord.has(id) ? describe(slot.byRecord.get(id)!) : null]));
        const base = { rule: this.id, severity: this.severity, code, field: 'documents' } as const;
        if (present.length < ids.length) {
          const absent = ids.filter((id) => !slot.byRecord.has(id));
          findings.push({
            ...base,
            records: ids,
            subject: slot.subject,
            message: `Giấy tờ "${slot.name}" có trong ${listNames(catalogue, present)} nhưng không có trong ${listNames(catalogue, absent)}.`,
            evidence: evidence(ids),
          });
        }
        const forms = new Map(present.map((id) => [id, formsText(formsUnion(slot.byRecord.get(id)!))]));
        if (new Set(forms.values()).size > 1) {
          findings.push({
            ...base,
            records: present,
            subject: `${slot.subject}.form`,
            message: `Hình thức giấy tờ "${slot.name}" khác nhau: ${byRecordValue(catalogue, forms, (t) => `nhận ${t}`)}.`,
            evidence: evidence(present),
          });
        }
        const copies = new Map(
          present.map((id) => [
            id,
            [...new Set(slot.byRecord.get(id)!.map((r) => r.copies ?? 1))].sort((a, b) => a - b).join(' hoặc '),
          ]),
        );
        if (new Set(copies.values()).size > 1) {
          findings.push({
            ...base,
            records: present,
            subject: `${slot.subject}.copies`,
            message: `Số bản giấy tờ "${slot.name}" khác nhau: ${byRecordValue(catalogue, copies, (n) => `${n} bản`)}.`,
            evidence: evidence(present),
          });
        }
      }
    }
    return findings;
  },
};
