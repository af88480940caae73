import type { RawFinding, Rule } from '../finding.ts';
import { groupsOf } from '../groups.ts';
import { normalizeLegalNumber } from '../../text/legal-citations.ts';
import { nationalName, recordName } from '../names.ts';
import { normalizeInline } from '../../text/normalize.ts';
import type { ByRecord } from '../evidence.ts';

/** "2304/QĐ-BNNMT" -> "2304/QD-BNNMT": publication decisions carry no year in their number. */
const decisionKey = (text: string) =>
  normalizeInline(text).toLocaleUpperCase('vi').replace(/Đ/g, 'D').replace(/\s+/g, '');
// A ministry's decision publishing the national version of procedures ("Quyết định 3380/QĐ-BNNMT").
const MINISTRY_DECISION = /^\d+\/QD-B[A-Z]+$/;
const year = (n: string) => Number(/\/(\d{4})\//.exec(n)?.[1] ?? 0);

// The national import glues a title's year to the number after it: "202076/2025/QH15" is 76/2025/QH15 (a title
// ending "năm 2020"), "2024230/2025/NĐ-CP" is 230/2025. Legal numbers have at most four digits.
const GLUED = /^((?:19|20)\d\d)(\d{1,4})\//u;

/** A number as the message shows it, with a glued year taken off ("202076/2025/QH15" -> "76/2025/QH15"). */
export function shownNumber(text: string): string {
  const t = text.trim();
  return GLUED.test(t) && t.split('/')[0]!.length > 4 ? t.replace(GLUED, '$2/') : t;
}

/**
 * Number, year and kind of a legal text ("76/2025/QH", "66.7/2025/NQ", "7/2025/ND"), tolerant of the national
 * import's glued and cut numbers: "202076/2025/QH15" is 76/2025/QH, "118/2025/NĐ-C" is 118/2025/ND.
 */
export function legalNumberYear(text: string): string | undefined {
  const compact = normalizeInline(shownNumber(text)).toLocaleUpperCase('vi').replace(/Đ/g, 'D').replace(/\s+/g, '');
  const m = /(\d+(?:\.\d+)?)\/(\d{4})\/([A-Z]+)/.exec(compact);
  if (!m) return normalizeLegalNumber(text);
  return `${Number(m[1])}/${m[2]}/${m[3]}`;
}

// A circular or resolution on fees and charges ("Thông tư 85/2019/TT-BTC … về phí và lệ phí", "264/2016/TT-BTC"):
// the national record lists those of every body that may charge; a record that charges nothing, or already
// cites its own fee text, is not asked for the others.
const FEE_TEXT = /(?:^|\s)(?:phí|lệ phí)(?:\s|,|$)/u;
const LEGAL_IN_TITLE_ALL = /\d+(?:\.\d+)?\/\d{4}\/[A-ZĐ][A-ZĐ0-9]*(?:-[A-ZĐ0-9]+)*/u;
const isFeeText = (ref: { number: string; title: string }) =>
  /TT-BTC|NQ-HĐND|NQ-HDND/u.test(ref.number) && FEE_TEXT.test(ref.title.toLocaleLowerCase('vi'));

/**
 * The record: the numbers it cites and those of an older publication; the baseline: the texts the record does not
 * cite and the decision that published the baseline.
 */
export type LegalBasisDiffersFromBaselineEvidence = ByRecord<
  | { cited: string[]; older_publication: string[] }
  | { missing: { number: string; title: string }[]; decision: string | null }
>;

/**
 * The baseline cites legal texts the record does not (newer decrees amending the procedure, the circular that
 * details it), or the record cites an older ministry publication of the national version than the baseline's.
 * Texts legal.yaml knows as superseded or expired are not asked for. One finding per record, newest first.
 */
export const legalBasisDiffersFromBaseline: Rule<
  'legal-basis-differs-from-baseline',
  LegalBasisDiffersFromBaselineEvidence
> = {
  id: 'legal-basis-differs-from-baseline',
  severity: 'info',
  description:
    'Bản công bố không trích dẫn văn bản mà bản quốc gia làm căn cứ (thường là văn bản mới sửa đổi thủ tục), hoặc dựa trên phiên bản quốc gia cũ hơn.',
  words: {
    label: 'Căn cứ pháp lý khác bản quốc gia',
    reason:
      'Thủ tục công bố phải căn cứ đủ các văn bản đang có hiệu lực quy định nó; văn bản mới sửa đổi thường thay đổi hồ sơ, thời hạn hoặc phí (Nghị định 63/2010/NĐ-CP, Điều 8 và 15).',
    action:
      'Đối chiếu với các văn bản bản quốc gia trích dẫn; cập nhật nội dung và căn cứ pháp lý, công bố lại nếu thủ tục đã thay đổi.',
  },
  run({ catalogue }, groups) {
    const byNumber = new Map<string, { status: string }>();
    for (const text of catalogue.legal.values()) {
      const n = legalNumberYear(text.number);
      if (n) byNumber.set(n, text);
    }
    const findings: RawFinding<LegalBasisDiffersFromBaselineEvidence>[] = [];
    for (const { code, baseline, records } of groupsOf(catalogue, groups)) {
      if (!baseline || baseline.data.legal_basis.length === 0) continue;
      for (const record of records) {
        const cited = record.data.legal_basis
          .map((id) => catalogue.legal.get(id)?.number)
          .filter((n): n is string => n !== undefined);
        const citesFeeText = record.data.legal_basis.some((id) => {
          const text = catalogue.legal.get(id);
          return text !== undefined && isFeeText(text);
        });
        const charges = record.data.fees.some((f) => f.amount === null || f.amount > 0);
        const citedKeys = new Set(cited.map((n) => legalNumberYear(n)).filter(Boolean));
        const missing = baseline.data.legal_basis
          .filter((ref): ref is { number: string; title: string } => typeof ref !== 'string')
          // The portal glues rows: a number cut to "58" with its title "Luật số 58/2024/QH15 …", or a row whose title
          // carries another text's number ("118/2025/NĐ-C" titled "Luật số 58/2024/QH15 …"). Every number is a text cited.
          .flatMap((ref) => {
            const own = legalNumberYear(ref.number);
            // Only a title that opens with a text's number ("Luật số 58/2024/QH15 …"): a title mentioning the text it
            // amends ("sửa đổi … Thông tư số 02/2020/TT-BTP") does not cite it.
            const opening = LEGAL_IN_TITLE_ALL.exec(ref.title.slice(0, 40));
            const inTitle =
              opening &&
              (own === undefined || legalNumberYear(opening[0]) !== own) &&
              /^\s*(?:luật|nghị định|thông tư|nghị quyết|quyết định)(?:\s+số)?\s*\d/iu.test(ref.title)
                ? [opening[0]]
                : [];
            return [...(own === undefined ? [] : [ref]), ...inTitle.map((number) => ({ number, title: ref.title }))];
          })
          .filter((ref) => {
            const n = legalNumberYear(ref.number);
            if (n === undefined || citedKeys.has(n)) return false;
            // An amendment of a text the record cites (106/2021 amending 85/2019) is still asked for.
            const amendsCited = cited.some((c) => ref.title.includes(c));
            if (isFeeText(ref) && (citesFeeText || !charges) && !amendsCited) return false;
            const known = byNumber.get(n);
            return !known || (known.status !== 'superseded' && known.status !== 'expired');
          })
          .sort((a, b) => year(normalizeLegalNumber(b.number)!) - year(normalizeLegalNumber(a.number)!));
        // One text cited twice under two spellings is one text.
        const seen = new Set<string>();
        const unique = missing.filter(
          (r) => !seen.has(legalNumberYear(r.number)!) && seen.add(legalNumberYear(r.number)!),
        );
        const baseDecision = baseline.data.decision ? decisionKey(baseline.data.decision) : undefined;
        const olderPublication = cited.filter(
          (n) =>
            MINISTRY_DECISION.test(decisionKey(n)) && baseDecision !== undefined && decisionKey(n) !== baseDecision,
        );
        if (unique.length === 0 && olderPublication.length === 0) continue;
        const parts = [
          ...(unique.length > 0
            ? [
                `không trích dẫn ${unique.map((r) => shownNumber(r.number)).join(', ')} mà ${nationalName(code)} làm căn cứ`,
              ]
            : []),
          ...(olderPublication.length > 0
            ? [
                `dựa trên ${olderPublication.join(', ')} trong khi bản quốc gia hiện hành được công bố theo ${baseline.data.decision}`,
              ]
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
            [baseline.id]: {
              missing: unique.map(({ number, title }) => ({ number, title })),
              decision: baseline.data.decision ?? null,
            },
          },
        });
      }
    }
    return findings;
  },
};
