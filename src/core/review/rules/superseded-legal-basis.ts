import type { Catalogue } from '../../catalogue/types.ts';
import type { LegalText } from '../../schema/index.ts';
import type { RawFinding, Rule } from '../finding.ts';
import { normalizeLegalNumber } from '../../text/legal-citations.ts';
import { allRecords, legalLabel, recordFinding } from '../rule-helpers.ts';
import { recordName } from '../names.ts';
import type { ByRecord } from '../evidence.ts';
import type { NationalLegalRef } from '../../schema/index.ts';

const byNumberCache = new WeakMap<Catalogue, Map<string, LegalText>>();

/** legal.yaml entries by normalised number, so that a national `{number, title}` finds its entry. */
function legalByNumber(catalogue: Catalogue): Map<string, LegalText> {
  let map = byNumberCache.get(catalogue);
  if (!map) {
    map = new Map();
    for (const text of catalogue.legal.values()) {
      const n = normalizeLegalNumber(text.number);
      if (n !== undefined && !map.has(n)) map.set(n, text);
    }
    byNumberCache.set(catalogue, map);
  }
  return map;
}

/** Per record: the reference as cited (an id in legal.yaml, or a national `{number, title}`), the text's status and what replaced it. */
export type SupersededLegalBasisEvidence = ByRecord<{
  cited: NationalLegalRef;
  status: 'superseded' | 'expired';
  superseded_by: string | null;
}>;

/** A cited legal text that legal.yaml marks superseded or expired. */
export const supersededLegalBasis: Rule<'superseded-legal-basis', SupersededLegalBasisEvidence> = {
  id: 'superseded-legal-basis',
  severity: 'error',
  description: 'Căn cứ pháp lý trích dẫn văn bản đã bị thay thế hoặc hết hiệu lực.',
  words: {
    label: 'Căn cứ pháp lý hết hiệu lực',
    reason:
      'Thủ tục phải căn cứ văn bản còn hiệu lực; cần công bố lại khi văn bản được thay thế (Nghị định 63/2010/NĐ-CP, Điều 15).',
    action: 'Cập nhật căn cứ pháp lý theo văn bản thay thế và công bố lại thủ tục.',
  },
  run({ catalogue }) {
    const byNumber = legalByNumber(catalogue);
    const findings: RawFinding<SupersededLegalBasisEvidence>[] = [];
    for (const record of allRecords(catalogue)) {
      const seen = new Set<string>();
      for (const ref of record.data.legal_basis) {
        const text =
          typeof ref === 'string' ? catalogue.legal.get(ref) : byNumber.get(normalizeLegalNumber(ref.number) ?? '');
        if (!text || (text.status !== 'superseded' && text.status !== 'expired') || seen.has(text.id)) continue;
        seen.add(text.id);
        const state =
          text.status === 'superseded'
            ? `đã bị thay thế${text.superseded_by ? ` bởi ${legalLabel(catalogue, text.superseded_by)}` : ''}`
            : 'đã hết hiệu lực';
        findings.push(
          recordFinding(this, record, {
            field: 'legal_basis',
            subject: text.id,
            message: `${recordName(catalogue, record)} trích dẫn ${text.number} (${text.title}) ${state}.`,
            evidence: { [record.id]: { cited: ref, status: text.status, superseded_by: text.superseded_by ?? null } },
          }),
        );
      }
    }
    return findings;
  },
};
