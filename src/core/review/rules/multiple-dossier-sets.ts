import type { RawFinding, Rule } from '../finding.ts';
import { allRecords, recordFinding } from '../rule-helpers.ts';
import { foldVietnamese } from '../../text/fold.ts';
import { recordName } from '../names.ts';
import type { ByRecord } from '../evidence.ts';
import type { DocumentRequirement } from '../../schema/index.ts';

// Photos are not copies of a dossier paper (one on the form, one for the card); "02 bản chính" of a paper
// customs declaration applies only to the paper fallback of e-customs.
const NOT_A_DOSSIER_COPY = /^(?:\S+\s){0,3}ảnh(?:\s|$)|hải quan giấy|tờ khai hải quan giấy/u;

/** Per record: its number of dossier sets and the papers asked for in several copies. */
export type MultipleDossierSetsEvidence = ByRecord<{
  dossier_sets: number;
  documents: Pick<DocumentRequirement, 'name' | 'copies'>[];
}>;

/**
 * More than one dossier set, or more than one copy of documents. One finding per record: a dossier filed in 2 sets
 * shows "2 bản" on every paper, which is one requirement, not one per paper.
 */
export const multipleDossierSets: Rule<'multiple-dossier-sets', MultipleDossierSetsEvidence> = {
  id: 'multiple-dossier-sets',
  severity: 'info',
  description: 'Yêu cầu nộp nhiều hơn một bộ hồ sơ, hoặc nhiều hơn một bản của một giấy tờ.',
  words: {
    label: 'Nhiều bộ hồ sơ hoặc nhiều bản',
    reason: 'Mỗi bộ, mỗi bản thêm là thêm chi phí sao chụp; cơ quan có thể tự sao, số hóa hồ sơ.',
    action: 'Giảm còn một bộ hồ sơ, một bản mỗi giấy tờ.',
  },
  run({ catalogue }) {
    const findings: RawFinding<MultipleDossierSetsEvidence>[] = [];
    for (const record of allRecords(catalogue)) {
      const sets = record.data.dossier_sets ?? 1;
      const many = record.data.documents.filter(
        (r) => (r.copies ?? 1) > 1 && !NOT_A_DOSSIER_COPY.test(foldVietnamese(r.name)),
      );
      if (sets <= 1 && many.length === 0) continue;
      const counts = [...new Set(many.map((r) => r.copies!))];
      // Every paper of the dossier in the same number of copies: the dossier is filed in that many sets.
      const wholeDossier = many.length >= 2 && counts.length === 1 && many.length * 2 >= record.data.documents.length;
      const what =
        sets > 1
          ? `nộp ${sets} bộ hồ sơ`
          : wholeDossier
            ? `nộp ${counts[0]} bản mỗi giấy tờ (${many.length} giấy tờ), tức ${counts[0]} bộ hồ sơ`
            : `nộp nhiều bản: ${many
                .slice(0, 3)
                .map((r) => `${r.copies} bản "${r.name.length > 80 ? `${r.name.slice(0, 79)}…` : r.name}"`)
                .join('; ')}${many.length > 3 ? ` và ${many.length - 3} giấy tờ khác` : ''}`;
      findings.push(
        recordFinding(this, record, {
          field: 'documents',
          message: `${recordName(catalogue, record)} yêu cầu ${what}.`,
          evidence: {
            [record.id]: { dossier_sets: sets, documents: many.map(({ name, copies }) => ({ name, copies })) },
          },
        }),
      );
    }
    return findings;
  },
};
