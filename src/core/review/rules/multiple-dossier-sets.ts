import type { DocumentRequirement } from '../../schema/index.ts';
import type { RawFinding, Rule } from '../finding.ts';
import { documentSubject } from '../align-documents.ts';
import { allRecords } from '../rule-helpers.ts';
import { reviewViews } from '../views.ts';

/** More than one dossier set, or more than one copy of a document. */
export const multipleDossierSets: Rule = {
  id: 'multiple-dossier-sets',
  severity: 'info',
  description: 'Yêu cầu nộp nhiều hơn một bộ hồ sơ, hoặc nhiều hơn một bản của một giấy tờ.',
  words: {
    label: 'Nhiều bộ hồ sơ hoặc nhiều bản',
    reason: 'Mỗi bộ, mỗi bản thêm là thêm chi phí sao chụp; cơ quan có thể tự sao, số hóa hồ sơ.',
    action: 'Giảm còn một bộ hồ sơ, một bản mỗi giấy tờ.',
  },
  run({ catalogue }) {
    const { vocabulary } = reviewViews(catalogue);
    const findings: RawFinding[] = [];
    for (const record of allRecords(catalogue)) {
      const base = { rule: this.id, severity: this.severity, ...(record.data.code ? { code: record.data.code } : {}), records: [record.id] };
      const sets = record.data.dossier_sets ?? 1;
      if (sets > 1) {
        findings.push({
          ...base,
          field: 'dossier_sets',
          message: `${record.id} yêu cầu nộp ${sets} bộ hồ sơ.`,
          evidence: { [record.id]: sets },
        });
      }
      const bySubject = new Map<string, DocumentRequirement[]>();
      for (const requirement of record.data.documents) {
        if ((requirement.copies ?? 1) <= 1) continue;
        const subject = documentSubject(requirement, vocabulary);
        bySubject.set(subject, [...(bySubject.get(subject) ?? []), requirement]);
      }
      for (const [subject, many] of bySubject) {
        findings.push({
          ...base,
          field: 'documents',
          subject,
          message: `${record.id} yêu cầu ${many[0]!.copies} bản "${many[0]!.name}".`,
          evidence: { [record.id]: many.map(({ name, copies }) => ({ name, copies })) },
        });
      }
    }
    return findings;
  },
};
