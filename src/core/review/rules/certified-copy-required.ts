import type { DocumentRequirement } from '../../schema/index.ts';
import type { RawFinding, Rule } from '../finding.ts';
import { acceptedForms } from '../../documents/forms.ts';
import { allRecords, recordFinding } from '../rule-helpers.ts';
import { reviewViews } from '../views.ts';
import { recordName } from '../names.ts';
import type { ByRecord } from '../evidence.ts';

// Forms that spare the citizen a certification: a plain copy (shown with the original), showing, electronic, and
// the original itself ("bản chính hoặc bản sao có chứng thực": a party holding the original certifies nothing).
const LIGHTER = new Set(['copy', 'copy_with_original', 'present', 'electronic', 'original']);

const onlyCertified = (r: DocumentRequirement) => {
  const forms = acceptedForms(r);
  return forms.includes('certified_copy') && !forms.some((f) => LIGHTER.has(f));
};

/** Per record: the requirements of the paper accepted only as a certified copy. */
export type CertifiedCopyRequiredEvidence = ByRecord<Pick<DocumentRequirement, 'name' | 'form'>[]>;

/**
 * A document accepted only as a certified copy, where Decree 23/2015 Art. 6 lets a plain copy with the original
 * do. "Original or certified copy" is not flagged: handing in the original needs no certification.
 */
export const certifiedCopyRequired: Rule<'certified-copy-required', CertifiedCopyRequiredEvidence> = {
  id: 'certified-copy-required',
  severity: 'info',
  description:
    'Giấy tờ chỉ nhận bản sao có chứng thực, trong khi bản sao kèm bản chính để đối chiếu là đủ (Điều 6 Nghị định 23/2015/NĐ-CP).',
  words: {
    label: 'Chỉ nhận bản sao có chứng thực',
    reason:
      'Cho phép nộp bản sao kèm bản chính để đối chiếu thay cho bản sao có chứng thực (Nghị định 23/2015/NĐ-CP, Điều 6); bỏ chi phí và thời gian chứng thực.',
    action: 'Cho phép nộp bản sao kèm bản chính để đối chiếu hoặc bản sao điện tử.',
  },
  run({ catalogue }) {
    const { documents } = reviewViews(catalogue);
    const findings: RawFinding<CertifiedCopyRequiredEvidence>[] = [];
    for (const record of allRecords(catalogue)) {
      const bySubject = new Map<string, DocumentRequirement[]>();
      for (const requirement of record.data.documents.filter(onlyCertified)) {
        const subject = documents.identify(requirement).subject;
        bySubject.set(subject, [...(bySubject.get(subject) ?? []), requirement]);
      }
      for (const [subject, strict] of bySubject) {
        findings.push(
          recordFinding(this, record, {
            field: 'documents',
            subject,
            message: `${recordName(catalogue, record)} chỉ nhận bản sao có chứng thực của "${strict[0]!.name}"; nên nhận cả bản sao kèm bản chính để đối chiếu.`,
            evidence: { [record.id]: strict.map(({ name, form }) => ({ name, form })) },
          }),
        );
      }
    }
    return findings;
  },
};
