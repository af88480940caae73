/**
 * Reads Vietnamese processing-time text as found in the national database and
 * in records: "05 ngày làm việc", "20 Ngày", "8 Giờ", "Trong ngày",
 * "Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ"...
 * The first duration stated is the general rule; later ones (special cases)
 * are returned as `alternatives`. Never throws.
 */
import { normalizeInline } from '../text/normalize.ts';
import type { Duration, DurationUnit } from './duration.ts';
import { NUMBER_WORD, parseVietnameseNumber } from './vietnamese-numbers.ts';

export type ParsedDuration =
  | { ok: true; value: number; unit: DurationUnit; text: string; alternatives: Duration[] }
  | { ok: false; reason: 'no_unit' | 'no_information' | 'unreadable' | 'empty'; text: string };

// A larger number before "ngày" is a year ("năm 2016 ngày ..."), never a processing time.
const MAX_VALUE = 9999;

// One pass finds, in order of appearance:
//  1. same day: "(ngay) trong (cùng) ngày (làm việc)", or "trong ngày làm việc tiếp theo" (= 1 working day)
//  2. number + unit; the number is not part of a date or code ("01/7/2025", "47/2019",
//     "ngày 14 tháng 11 năm 2016").
//     Units may be glued to the next word, as in the portal's run-together cells ("20 NgàyKhông có thông tin").
const MENTION = new RegExp(
  [
    '(?<![\\p{L}\\p{N}])(?:ngay\\s+)?trong\\s+(?:cùng\\s+)?ngày(\\s+làm\\s+việc)?(\\s+tiếp\\s+theo)?(?![\\p{L}\\p{N}])',
    '(?<![\\p{N}/.,])(?<!(?:ngày|tháng)\\s+)(\\d+(?:[.,]\\d+)?)(?![.,/]?\\d)\\s*(giờ\\s+làm\\s+việc|giờ|ngày\\s+làm\\s+việc|ngày|tháng|tuần|phút)',
  ].join('|'),
  'gu',
);

// "05 (năm) ngày" -> "05 ngày": the words only repeat the digits.
const SPELLED_AFTER_DIGITS = new RegExp(`(\\d)\\s*\\(\\s*((?:${NUMBER_WORD}\\s*)+)\\)`, 'gu');
// "mười lăm ngày" -> "15 ngày"; not "thứ hai ngày" (a weekday).
const SPELLED_BEFORE_UNIT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<!thứ\\s)((?:${NUMBER_WORD}\\s+)+)(?=(?:giờ|ngày|tháng|tuần)(?![\\p{L}]))`,
  'gu',
);
const BARE_NUMBER = /^\d+(?:[.,]\d+)?\.?$/u;
const NO_INFORMATION = /không có thông tin|không quy định|chưa có thông tin|không có/u;
const IMMEDIATE = /(?<![\p{L}])(?:giải quyết|trả kết quả|cấp)\s+ngay(?![\p{L}])|^ngay(?![\p{L}])/u;

function toNumber(digits: string): number {
  return Number(digits.replace(',', '.'));
}

function unitOf(word: string, value: number): Duration | null {
  const w = word.replace(/\s+/g, ' ');
  if (w === 'giờ làm việc' || w === 'giờ') return { value, unit: 'hours' };
  if (w === 'phút') return { value: value / 60, unit: 'hours' };
  if (w === 'ngày làm việc') return { value, unit: 'working_days' };
  if (w === 'ngày') return { value, unit: 'days' };
  if (w === 'tuần') return { value: value * 7, unit: 'days' };
  if (w === 'tháng') return { value, unit: 'months' };
  return null;
}

function mentions(lower: string): Duration[] {
  const found: Duration[] = [];
  for (const m of lower.matchAll(MENTION)) {
    if (m[3] === undefined) {
      // A "trong ngày" mention; "... tiếp theo" is the next working day.
      found.push(m[2] ? { value: 1, unit: 'working_days' } : { value: 0, unit: 'same_day' });
      continue;
    }
    const value = toNumber(m[3]);
    const d = Number.isFinite(value) && value <= MAX_VALUE ? unitOf(m[4] ?? '', value) : null;
    if (d) found.push(d);
  }
  return found;
}

function spellOutDigits(lower: string): string {
  return lower
    .replace(SPELLED_AFTER_DIGITS, (all, d: string, words: string) => (parseVietnameseNumber(words) === null ? all : d))
    .replace(SPELLED_BEFORE_UNIT, (all, words: string) => {
      const n = parseVietnameseNumber(words);
      return n === null ? all : `${n} `;
    });
}

/** Parses a processing time; `text` is the input with spacing and Unicode normalised. */
export function parseDuration(input: string): ParsedDuration {
  const text = normalizeInline(typeof input === 'string' ? input : '');
  if (text === '') return { ok: false, reason: 'empty', text };
  const lower = spellOutDigits(text.toLocaleLowerCase('vi'));
  const found = mentions(lower);
  const [first, ...rest] = found;
  if (first) {
    const alternatives: Duration[] = [];
    for (const d of rest) {
      const seen = [first, ...alternatives].some((o) => o.value === d.value && o.unit === d.unit);
      if (!seen) alternatives.push(d);
    }
    return { ok: true, ...first, text, alternatives };
  }
  if (IMMEDIATE.test(lower)) return { ok: true, value: 0, unit: 'same_day', text, alternatives: [] };
  if (NO_INFORMATION.test(lower)) return { ok: false, reason: 'no_information', text };
  if (BARE_NUMBER.test(lower)) return { ok: false, reason: 'no_unit', text };
  return { ok: false, reason: 'unreadable', text };
}
