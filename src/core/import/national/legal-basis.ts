/**
 * Căn cứ pháp lý: after the header "Tên văn bản pháp lýMã văn bản", pairs of title and number run together:
 *   "Luật Hộ tịch60/2014/QH13Nghị định 123/2015/NĐ-CP123/2015/NĐ-CPThông tư ...04/2020/TT-BTP"
 * A number closes a pair when a letter (the next title) or the end follows at once. A number that
 * is followed by a space, punctuation or another number belongs to the title ("Nghị định số 19/2011/NĐ-CP
 * ngày ...", "Luật 60/2014/QH1360/2014/QH13").
 */
import { normalizeInline } from '../../text/normalize.ts';
import { isNoInformation } from './portal-text.ts';
import type { Warnings } from './warnings.ts';

export interface LegalRef {
  number: string;
  title: string;
}

const HEADER = /^Tên văn bản pháp lý\s*Mã văn bản/u;
// Issuer and type codes of Vietnamese legal numbers, longest first so that "BNNMT" is not read as "BNN".
const CODES = [
  'UBTVQH\\d{2}', 'QH\\d{2}', 'TTLT', 'NQLT', 'BLĐTBXH', 'BNNPTNT', 'BVHTTDL', 'TANDTC', 'VKSNDTC', 'BGDĐT',
  'BKHĐT', 'BKHCN', 'BGTVT', 'BTNMT', 'BNNMT', 'BTTTT', 'NHNN', 'VBHN', 'HĐND', 'UBND', 'VPCP', 'BHXH',
  'TCHQ', 'TCT', 'BTC', 'BTP', 'BCA', 'BXD', 'BYT', 'BCT', 'BQP', 'BNG', 'BNV', 'HĐTP', 'KTNN', 'CTN', 'TTg', 'NĐ',
  'NQ', 'QĐ', 'TT', 'CT', 'CP', 'PL', 'BDT', 'UBCK', 'C\\d{2}', 'L',
];
const CODE = `(?:${CODES.join('|')}|\\p{Lu}+(?!\\p{Ll}))`;
// A full number, or one the crawl cut after the year ("46/2020") when the next title follows at once.
const NUMBER = new RegExp(
  `\\d+(?:\\.\\d+)?/(?:\\d{4}/)?${CODE}(?:-${CODE})*|(?<![\\d/])\\d+/\\d{4}(?=\\p{Lu}\\p{Ll})`,
  'gu',
);
// A cut number at the very end, glued to its title ("...của Chính phủ167/2025", "...Luật số 58").
const TAIL_NUMBER =
  /(?<=[^\s\d/])(?:(?:Luật|Nghị định|Thông tư|Quyết định|Nghị quyết)(?: số)?\s?)?(\d[^\s]*?)[.;,]*$/u;
// Words glued before a number in the number cell ("...môi trườngLuật số 146/2025/QH15").
const CELL_PREFIX =
  /(?<=\S)(?:Luật|Bộ luật|Nghị định|Nghị quyết|Thông tư(?: liên tịch)?|Quyết định|Pháp lệnh|Lệnh|Chỉ thị|Văn bản hợp nhất)(?: số)?\s?$/u;

/**
 * The next title starts at once (a letter, maybe after a stray "-" or ";"), or the text ends. A number
 * glued to the text before it is a number cell even when a stray space follows ("Tư pháp18/2026/NĐ-CP Nghị
 * định..."); a number after a space and before a space is prose ("Nghị định số 19/2011/NĐ-CP ngày ...").
 */
function closesPair(text: string, start: number, end: number): boolean {
  const after = text.slice(end);
  if (after === '' || /^[-–.;,]?\p{L}/u.test(after) || /^[-–.;,]+$/u.test(after)) return true;
  const glued = start > 0 && /[^\s\d]/u.test(text[start - 1] ?? '');
  return glued && /^\s\p{Lu}/u.test(after);
}

export interface LegalBasisFields {
  refs: LegalRef[];
  /** Text after the last number, kept for the record's notes. */
  unread: string;
}

export function readLegalBasis(input: string, warnings: Warnings): LegalBasisFields {
  // Some crawls ran the next field ("Cơ quan thực hiện...") into this one.
  const text = normalizeInline(input).replace(HEADER, '').split(/Cơ quan thực hiện/u)[0]!.trim();
  if (isNoInformation(text)) {
    warnings.add('legal_basis_missing');
    return { refs: [], unread: '' };
  }
  const refs: LegalRef[] = [];
  let from = 0;
  for (const m of text.matchAll(NUMBER)) {
    const end = (m.index ?? 0) + m[0].length;
    if (!closesPair(text, m.index ?? 0, end)) continue;
    let titleEnd = m.index ?? 0;
    const prefix = CELL_PREFIX.exec(text.slice(from, titleEnd));
    if (prefix) titleEnd -= prefix[0].length;
    const ref = { number: m[0], title: text.slice(from, titleEnd).replace(/^[-–.;,:\s]+/u, '').trim() };
    if (!refs.some((r) => r.number === ref.number && r.title === ref.title)) refs.push(ref);
    from = end;
  }
  let unread = text.slice(from).replace(/^[-–.;,:\s]+/u, '').trim();
  const tail = TAIL_NUMBER.exec(unread);
  if (tail?.[1] !== undefined) {
    refs.push({ number: tail[1], title: unread.slice(0, tail.index).trim() });
    unread = '';
  }
  if (unread !== '') warnings.add('legal_basis_unread', unread);
  if (refs.length === 0) warnings.add('legal_basis_missing');
  return { refs, unread };
}
