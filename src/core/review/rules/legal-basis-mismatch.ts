import type { RawFinding, Rule } from '../finding.ts';
import { listNames } from '../format.ts';
import { legalLabel } from '../rule-helpers.ts';
import type { ByRecord } from '../evidence.ts';

/** Per record: its legal basis (ids in legal.yaml). */
export type LegalBasisMismatchEvidence = ByRecord<string[]>;

/** Within a group, records cite different legal texts. One finding per group lists what differs. */
export const legalBasisMismatch: Rule<'legal-basis-mismatch', LegalBasisMismatchEvidence> = {
  id: 'legal-basis-mismatch',
  severity: 'info',
  keyScope: 'group',
  description: 'Các bản công bố của cùng thủ tục trích dẫn căn cứ pháp lý khác nhau.',
  words: {
    label: 'Căn cứ pháp lý không thống nhất',
    reason: 'Cùng một thủ tục phải dựa trên cùng căn cứ pháp lý.',
    action: 'Thống nhất căn cứ pháp lý theo văn bản đang có hiệu lực.',
  },
  run({ catalogue }, groups) {
    const findings: RawFinding<LegalBasisMismatchEvidence>[] = [];
    for (const [code, records] of groups.byCode) {
      if (records.length < 2) continue;
      const citing = new Map<string, string[]>();
      for (const record of records) {
        for (const id of new Set(record.data.legal_basis)) citing.set(id, [...(citing.get(id) ?? []), record.id]);
      }
      const differing = [...citing]
        .filter(([, ids]) => ids.length < records.length)
        .sort((a, b) => (a[0] < b[0] ? -1 : 1));
      if (differing.length === 0) continue;
      const parts = differing.map(([legal, ids]) => {
        const label = legalLabel(catalogue, legal);
        if (ids.length * 2 <= records.length) return `${label} chỉ có ở ${listNames(catalogue, ids)}`;
        return `${label} không có ở ${listNames(
          catalogue,
          records.map((r) => r.id).filter((id) => !ids.includes(id)),
        )}`;
      });
      findings.push({
        rule: this.id,
        severity: this.severity,
        code,
        records: records.map((r) => r.id),
        field: 'legal_basis',
        message: `Căn cứ pháp lý khác nhau: ${parts.join('; ')}.`,
        evidence: Object.fromEntries(records.map((r) => [r.id, r.data.legal_basis])),
      });
    }
    return findings;
  },
};
