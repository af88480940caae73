import type { DocumentRequirement } from '../../schema/index.ts';
import { foldVietnamese } from '../../text/fold.ts';
import type { RawFinding, Rule } from '../finding.ts';
import { acceptedForms } from '../../documents/forms.ts';
import { allRecords, recordFinding } from '../rule-helpers.ts';
import { reviewViews } from '../views.ts';
import { recordName } from '../names.ts';
import { shownDocument, type ByRecord, type ShownDocument } from '../evidence.ts';

const COPY_FORMS = new Set(['copy', 'certified_copy', 'copy_with_original']);

const onlyShown = (r: DocumentRequirement) => acceptedForms(r).every((f) => f === 'present');
// A copy handed in with the original shown for comparison is the light form (Decree 23/2015 Art. 6), not a
// second demand: "phải xuất trình (bản chính)" beside "bản sao" is that pattern.
const COMPARED = /đối chiếu|kèm (?:theo )?bản chính/u;
const NAMES_A_COPY = /(?:^|\s)(?:bản sao|bản trích sao|trích sao|bản chụp)(?:\s|$)/u;
const demandsCopy = (r: DocumentRequirement) =>
  acceptedForms(r).every((f) => COPY_FORMS.has(f)) &&
  !acceptedForms(r).includes('copy_with_original') &&
  !COMPARED.test(foldVietnamese(`${r.name} ${r.when ?? ''} ${r.note ?? ''}`));
const caseOf = (r: DocumentRequirement) => foldVietnamese(r.when ?? '');
// Two entries apply together when they are for the same case, or one applies in every case.
const together = (a: DocumentRequirement, b: DocumentRequirement) =>
  caseOf(a) === '' || caseOf(b) === '' || caseOf(a) === caseOf(b);

/** Per record: the paper only shown, then the copy of it also demanded. */
export type CopyOfPresentedDocumentEvidence = ByRecord<ShownDocument[]>;

/** A document listed as only shown (`present`) and, for the same case, also demanded as a copy; national records included. */
export const copyOfPresentedDocument: Rule<'copy-of-presented-document', CopyOfPresentedDocumentEvidence> = {
  id: 'copy-of-presented-document',
  severity: 'warning',
  description: 'Giấy tờ chỉ phải xuất trình nhưng bản công bố lại đòi nộp thêm bản sao của chính giấy tờ đó.',
  words: {
    label: 'Đòi bản sao giấy tờ chỉ cần xuất trình',
    reason: 'Giấy tờ chỉ phải xuất trình thì không được yêu cầu nộp thêm bản sao.',
    action: 'Chỉ yêu cầu xuất trình, không yêu cầu nộp bản sao.',
  },
  run({ catalogue }) {
    const { documents } = reviewViews(catalogue);
    const findings: RawFinding<CopyOfPresentedDocumentEvidence>[] = [];
    for (const record of allRecords(catalogue)) {
      // A shown row that names a copy ("Đối với tàu biển: Bản trích sao Nhật ký hàng hải …") is the original shown to
      // check the copy handed in (national 1.005040), the light form.
      const shown = record.data.documents.filter(
        (r) =>
          onlyShown(r) &&
          !COMPARED.test(foldVietnamese(`${r.name} ${r.when ?? ''} ${r.note ?? ''}`)) &&
          !NAMES_A_COPY.test(foldVietnamese(r.name)),
      );
      const copies = shown.length === 0 ? [] : record.data.documents.filter(demandsCopy);
      const reported = new Set<string>();
      for (const s of shown) {
        const c = copies.find((candidate) => {
          // The same entry or similar names; a paper merely named inside the other's sentence is not a second demand.
          const match = documents.compare(s, candidate);
          return together(s, candidate) && match.same && match.reason !== 'named-inside';
        });
        if (!c) continue;
        const subject = documents.identify(s).subject;
        if (reported.has(subject)) continue;
        reported.add(subject);
        findings.push(
          recordFinding(this, record, {
            field: 'documents',
            subject,
            message: `${recordName(catalogue, record)}: "${s.name}" chỉ cần xuất trình nhưng lại yêu cầu nộp bản sao ("${c.name}").`,
            evidence: {
              [record.id]: [s, c].map(shownDocument),
            },
          }),
        );
      }
    }
    return findings;
  },
};
