/**
 * Căn cứ pháp lý: after the header "Tên văn bản pháp lýMã văn bản", pairs of title and number run together:
 *   "Luật Hộ tịch60/2014/QH13Nghị định 123/2015/NĐ-CP123/2015/NĐ-CPThông tư ...04/2020/TT-BTP"
 * A number closes a pair when a letter (the next title) or the end follows at once. A number that
 * is followed by a space, punctuation or another number belongs to the title ("Nghị định số 19/2011/NĐ-CP
 * ngày ...", "Luật 60/2014/QH1360/2014/QH13"). Numbers glued to one another are the cells of several rows
 * ("...Cổng Dịch vụ công quốc gia367/2025/NĐ-CP10/2024/TT-BXD10/2024/TT-BXD"): they are split, a repeated
 * number being a row whose title is that number.
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
  'UBTVQH\\d{2}',
  'QH\\d{2}',
  'TTLT',
  'NQLT',
  'BLĐTBXH',
  'BNNPTNT',
  'BVHTTDL',
  'TANDTC',
  'VKSNDTC',
  'BGDĐT',
  'BKHĐT',
  'BKHCN',
  'BGTVT',
  'BTNMT',
  'BNNMT',
  'BTTTT',
  'NHNN',
  'VBHN',
  'HĐND',
  'UBND',
  'VPCP',
  'BHXH',
  'TCHQ',
  'TCT',
  'BTC',
  'BTP',
  'BCA',
  'BXD',
  'BYT',
  'BCT',
  'BQP',
  'BNG',
  'BNV',
  'HĐTP',
  'KTNN',
  'CTN',
  'TTg',
  'NĐ',
  'NQ',
  'QĐ',
  'TT',
  'CT',
  'CP',
  'PL',
  'BDT',
  'UBCK',
  'C\\d{2}',
  'L',
];
const CODE = `(?:${CODES.join('|')}|\\p{Lu}+(?!\\p{Ll}))`;
// A full number, or one the crawl cut after the year ("46/2020") when the next title follows at once.
const NUMBER = new RegExp(
  `\\d+(?:\\.\\d+)?/(?:\\d{4}/)?${CODE}(?:-${CODE})*|(?<![\\d/])\\d+/\\d{4}(?=\\p{Lu}\\p{Ll})`,
  'gu',
);
// A cut number at the very end, glued to its title ("...của Chính phủ167/2025", "...Luật số 58").
const TAIL_NUMBER = /(?<=[^\s\d/])(?:(?:Luật|Nghị định|Thông tư|Quyết định|Nghị quyết)(?: số)?\s?)?(\d[^\s]*?)[.;,]*$/u;
// Words glued before a number in the number cell ("...môi trườngLuật số 146/2025/QH15").
const CELL_PREFIX =
  /(?<=\S)(?:Luật|Bộ luật|Nghị định|Nghị quyết|Thông tư(?: liên tịch)?|Quyết định|Pháp lệnh|Lệnh|Chỉ thị|Văn bản hợp nhất|NĐ)(?: số)?\s?$/u;

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
  const text = normalizeInline(input)
    .replace(HEADER, '')
    .split(/Cơ quan thực hiện/u)[0]!
    .trim();
  if (isNoInformation(text)) {
    warnings.add('legal_basis_missing');
    return { refs: [], unread: '' };
  }
  const refs: LegalRef[] = [];
  const add = (ref: LegalRef) => {
    if (!refs.some((r) => r.number === ref.number && r.title === ref.title)) refs.push(ref);
  };
  const titleBefore = (start: number): string => {
    let titleEnd = start;
    const prefix = CELL_PREFIX.exec(text.slice(from, titleEnd));
    if (prefix) titleEnd -= prefix[0].length;
    return text
      .slice(from, titleEnd)
      .replace(/^[-–.;,:\s]+/u, '')
      .trim();
  };
  let from = 0;
  const matches = [...text.matchAll(NUMBER)];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    const start = m.index ?? 0;
    // A run of numbers glued to one another ("...quốc gia367/2025/NĐ-CP10/2024/TT-BXD10/2024/TT-BXD"): cells
    // of several rows, some of them rows whose title is the number itself. A run always closes its pairs.
    let j = i;
    while (j + 1 < matches.length && matches[j + 1]!.index === (matches[j]!.index ?? 0) + matches[j]![0].length) j++;
    // A run that ends inside digits ("92/2000/QĐ-NHNN792/2000/QĐ-NHNN7") is not read as cells.
    const afterRun = text.slice((matches[j]!.index ?? 0) + matches[j]![0].length);
    if (j > i && !/^\d/u.test(afterRun)) {
      const run = matches.slice(i, j + 1).map((x) => x[0]);
      let k = 0;
      // A number after a space is the end of the title, the next one its cell: "Luật 60/2014/QH1360/2014/QH13",
      // "...được sửa đổi, bổ sung bởi Nghị định số 07/2025/NĐ-CP280/2025/NĐ-CP".
      // A row whose title is the number, first in the list, reads the same: "19/2018/QĐ-TTg19/2018/QĐ-TTg".
      // Not when the words before it are the cell's own ("...Môi trườngNghị định số 131/2025/NĐ-CP14/2025/...").
      const cellWords = CELL_PREFIX.test(text.slice(from, start));
      if ((/\s/u.test(text[start - 1] ?? '') && !cellWords) || text.slice(from, start).trim() === '') {
        add({
          number: run[1]!,
          title: text
            .slice(from, start + run[0]!.length)
            .replace(/^[-–.;,:\s]+/u, '')
            .trim(),
        });
        k = 2;
      } else {
        add({ number: run[0]!, title: titleBefore(start) });
        k = 1;
      }
      // The rest: a number repeated is a row whose title is the number; a lone number is a row whose title
      // the portal did not show.
      const runEnd = (matches[j]!.index ?? 0) + matches[j]![0].length;
      // The last number followed by a space starts the next row's title ("...UBTVQH1326/2005/PL-UBTVQH11 - Ưu
      // đãi người có công với cách mạng26/2005/PL-UBTVQH11").
      const startsNextTitle = k < run.length && k === run.length - 1 && /^\s/u.test(text.slice(runEnd));
      from = startsNextTitle ? (matches[j]!.index ?? 0) : runEnd;
      while (k < run.length - (startsNextTitle ? 1 : 0)) {
        if (run[k + 1] === run[k]) {
          add({ number: run[k]!, title: run[k]! });
          k += 2;
        } else {
          add({ number: run[k]!, title: '' });
          k += 1;
        }
      }
      i = j;
      continue;
    }
    const end = start + m[0].length;
    if (!closesPair(text, start, end)) continue;
    add({ number: m[0], title: titleBefore(start) });
    from = end;
  }
  let unread = text
    .slice(from)
    .replace(/^[-–.;,:\s]+/u, '')
    .trim();
  const tail = TAIL_NUMBER.exec(unread);
  if (tail?.[1] !== undefined) {
    refs.push({ number: tail[1], title: unread.slice(0, tail.index).trim() });
    unread = '';
  }
  if (unread !== '') warnings.add('legal_basis_unread', unread);
  if (refs.length === 0) warnings.add('legal_basis_missing');
  return { refs, unread };
}
