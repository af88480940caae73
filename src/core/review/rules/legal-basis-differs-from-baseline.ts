import type { RawFinding, Rule } from '../finding.ts';
import { groupsOf } from '../groups.ts';
import { normalizeLegalNumber } from '../../text/legal-citations.ts';
import { nationalName, recordName } from '../names.ts';
import { normalizeInline } from '../../text/normalize.ts';

/** "2304/QĐ-BNNMT" -> "2304/QD-BNNMT": publication decisions carry no year in their number. */
const decisionKey = (text: string) => normalizeInline(text).toLocaleUpperCase('vi').replace(/Đ/g, 'D').replace(/\s+/g, '');
// A ministry's decision publishing the national version of procedures ("Quyết định 3380/QĐ-BNNMT").
const MINISTRY_DECISION = /^\d+\/QD-B[A-Z]+$/;
const year = (n: string) => Number(/\/(\d{4})\//.exec(n)?.[1] ?? 0);

/** A number as the message shows it, with a glued year taken off ("202443/2024/QH15" -> "43/2024/QH15"). */
function shownNumber(text: string): string {
  return text.replace(/^(\d{4})(\d+)(\/\1\/)/u, '$2$3');
}

/**
 * Number and year of a legal text ("43/2024"), tolerant of the national import's glued and cut numbers:
 * "202443/2024/QH15" (a title's "năm 2024" glued to 43/2024/QH15) is 43/2024, "118/2025/NĐ-C" is 118/2025.
 */
export function legalNumberYear(text: string): string | undefined {
  const n = normalizeLegalNumber(text);
  if (n === undefined) return undefined;
  const [number = '', y = ''] = n.split('/');
  const unglued = number.length > y.length && number.startsWith(y) ? number.slice(y.length) : number;
  return `${Number(unglued)}/${y}`;
}

/**
 * The baseline cites legal texts the record does not (newer decrees amending the procedure, the circular that
 * details it), or the record cites an older ministry publication of the national version than the baseline's.
 * Texts legal.yaml knows as superseded or expired are not asked for. One finding per record, newest first.
 */
export const legalBasisDiffersFromBaseline: Rule = {
  id: 'legal-basis-differs-from-baseline',
  severity: 'info',
  description: 'Bản công bố không trích dẫn văn bản mà bản quốc gia làm căn cứ (thường là văn bản mới sửa đổi thủ tục), hoặc dựa trên phiên bản quốc gia cũ hơn.',
  words: {
    label: 'Căn cứ pháp lý khác bản quốc gia',
    reason: 'Thủ tục công bố phải căn cứ đủ các văn bản đang có hiệu lực quy định nó; văn bản mới sửa đổi thường thay đổi hồ sơ, thời hạn hoặc phí (Nghị định 63/2010/NĐ-CP, Điều 8 và 15).',
    action: 'Đối chiếu với các văn bản bản quốc gia trích dẫn; cập nhật nội dung và căn cứ pháp lý, công bố lại nếu thủ tục đã thay đổi.',
  },
  run({ catalogue }, groups) {
    const byNumber = new Map<string, { status: string }>();
    for (const text of catalogue.legal.values()) {
      const n = legalNumberYear(text.number);
      if (n) byNumber.set(n, text);
    }
    const findings: RawFinding[] = [];
    for (const { code, baseline, records } of groupsOf(catalogue, groups)) {
      if (!baseline || baseline.data.legal_basis.length === 0) continue;
      for (const record of records) {
        const cited = record.data.legal_basis.map((id) => catalogue.legal.get(id)?.number).filter((n): n is string => n !== undefined);
        const citedKeys = new Set(cited.map((n) => legalNumberYear(n)).filter(Boolean));
        const missing = baseline.data.legal_basis
          .filter((ref): ref is { number: string; title: string } => typeof ref !== 'string')
          .filter((ref) => {
            const n = legalNumberYear(ref.number);
            if (n === undefined || citedKeys.has(n)) return false;
            const known = byNumber.get(n);
            return !known || (known.status !== 'superseded' && known.status !== 'expired');
          })
          .sort((a, b) => year(normalizeLegalNumber(b.number)!) - year(normalizeLegalNumber(a.number)!));
        // One text cited twice under two spellings is one text.
        const seen = new Set<string>();
        const unique = missing.filter((r) => !seen.has(legalNumberYear(r.number)!) && seen.add(legalNumberYear(r.number)!));
        const baseDecision = baseline.data.decision ? decisionKey(baseline.data.decision) : undefined;
        const olderPublication = cited.filter((n) => MINISTRY_DECISION.test(decisionKey(n)) && baseDecision !== undefined && decisionKey(n) !== baseDecision);
        if (unique.length === 0 && olderPublication.length === 0) continue;
        const parts = [
          ...(unique.length > 0 ? [`không trích dẫn ${unique.map((r) => shownNumber(r.number)).join(', ')} mà ${nationalName(code)} làm căn cứ`] : []),
          ...(olderPublication.length > 0
            ? [`dựa trên ${olderPublication.join(', ')} trong khi bản quốc gia hiện hành được công bố theo ${baseline.data.decision}`]
            : []),
        ];
        findings.push({
          rule: this.id,
          severity: this.severity,
          code,
          records: [baseline.id, record.id],
          field: 'legal_basis',
          message: `${recordName(catalogue, record)} ${parts.join('; ')}.`,
          evidence: {
            [record.id]: { cited, older_publication: olderPublication },
            [baseline.id]: { missing: unique.map(({ number, title }) => ({ number, title })), decision: baseline.data.decision ?? null },
          },
        });
      }
    }
    return findings;
  },
};
