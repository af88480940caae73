import type { DocumentRequirement } from '../../schema/index.ts';
import { foldVietnamese } from '../../text/fold.ts';
import type { RawFinding, Rule } from '../finding.ts';
import { acceptedForms } from '../document-forms.ts';
import { allRecords } from '../rule-helpers.ts';
import { reviewViews } from '../views.ts';

const COPY_FORMS = new Set(['copy', 'certified_copy', 'copy_with_original']);

const onlyShown = (r: DocumentRequirement) => acceptedForms(r).every((f) => f === 'present');
const demandsCopy = (r: DocumentRequirement) => acceptedForms(r).every((f) => COPY_FORMS.has(f));
const caseOf = (r: DocumentRequirement) => foldVietnamese(r.when ?? '');
// Two entries apply together when they are for the same case, or one applies in every case.
const together = (a: DocumentRequirement, b: DocumentRequirement) => caseOf(a) === '' || caseOf(b) === '' || caseOf(a) === caseOf(b);

/** A document listed as only shown (`present`) and, for the same case, also demanded as a copy; national records included. */
export const copyOfPresentedDocument: Rule = {
  id: 'copy-of-presented-document',
  severity: 'warning',
  description: 'Giấy tờ chỉ phải xuất trình nhưng bản công bố lại đòi nộp thêm bản sao của chính giấy tờ đó.',
  run({ catalogue }) {
    const views = reviewViews(catalogue);
    const findings: RawFinding[] = [];
    for (const record of allRecords(catalogue)) {
      for (const slot of views.recordDocuments(record)) {
        const list = slot.byRecord.get(record.id) ?? [];
        if (list.length < 2) continue;
        const shown = list.filter(onlyShown);
        const copies = list.filter(demandsCopy);
        const pair = shown.flatMap((s) => copies.filter((c) => together(s, c)).map((c) => [s, c] as const))[0];
        if (!pair) continue;
        findings.push({
          rule: this.id,
          severity: this.severity,
          ...(record.data.code ? { code: record.data.code } : {}),
          records: [record.id],
          field: 'documents',
          subject: slot.subject,
          message: `${record.id}: "${pair[0].name}" chỉ cần xuất trình nhưng lại yêu cầu nộp bản sao ("${pair[1].name}").`,
          evidence: { [record.id]: list.map(({ name, form, when }) => ({ name, form, ...(when ? { when } : {}) })) },
        });
      }
    }
    return findings;
  },
};
