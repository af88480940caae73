/**
 * Money amounts stated in fee texts. The portal writes thousands with ","
 * ("10,000 Việt Nam Đồng"), Vietnamese prose with "." ("10.000 đồng/khẩu"),
 * sometimes with a multiplier ("02 triệu đồng"). Amounts in US dollars
 * (visas, residence cards) are read too but are not VND: parseVndAmounts
 * leaves them out, parseMoneyAmounts returns them with currency "USD".
 */
import { normalizeInline } from '../text/normalize.ts';

export type Currency = 'VND' | 'USD';

export interface MoneyAmount {
  /** Whole units of the currency. */
  amount: number;
  currency: Currency;
  /** What the amount is charged per ("trang", "khẩu-chiếc", "lần cấp"), when stated after a "/". */
  per?: string;
  /** The words the amount was read from. */
  text: string;
}

export type VndAmount = Omit<MoneyAmount, 'currency'>;

const MULTIPLIERS: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };

// number, optional multiplier, currency. "đ" alone must not start a word ("5 đơn"),
// "Đồng" must not be a place name ("Đồng Nai", "Đồng Khởi").
const AMOUNT = new RegExp(
  '(?<![\\p{L}\\p{N}.,/])(\\d+(?:[.,]\\d+)*)(?![.,/]?\\d)' +
    '(?:\\s*(nghìn|ngàn|triệu|tỷ|tỉ)(?![\\p{L}]))?' +
    '\\s*(việt\\s+nam\\s+đồng|vnđ|vnd|đồng(?!\\s+(?:nai|khởi|tháp|xoài|hới|đa|văn)(?![\\p{L}]))|đ(?![\\p{L}])|usd|đô\\s+la(?:\\s+mỹ)?)',
  'giu',
);
// After the currency: "/trang", "(/trang)", "/01 Giấy chứng nhận", "/khẩu-chiếc".
const PER = /^\s*\(?\s*\/\s*(?:0*1\s+)?([\p{L}][\p{L}\p{N}-]*(?:\s+[\p{L}][\p{L}\p{N}-]*){0,2})/u;
// Words that start a new clause rather than continue the unit ("lần kể từ ngày...").
const PER_STOP = new Set([
  'kể',
  'từ',
  'theo',
  'đối',
  'áp',
  'trường',
  'đến',
  'nếu',
  'và',
  'hoặc',
  'trong',
  'khi',
  'tại',
  'của',
  'cho',
  'thì',
  'là',
]);

/** "10,000" / "10.000" / "1,5" (with a multiplier) -> number; null when the grouping is not readable. */
function readNumber(digits: string, hasMultiplier: boolean): number | null {
  const groups = digits.split(/[.,]/);
  if (groups.length === 1) return Number(digits);
  const separators = new Set(digits.replace(/\d/g, ''));
  const [head = '', ...tail] = groups;
  if (separators.size === 1 && head.length <= 3 && tail.every((g) => g.length === 3)) {
    return Number(groups.join(''));
  }
  // A decimal comma or point is only meaningful before a multiplier ("1,5 triệu").
  if (hasMultiplier && groups.length === 2) return Number(`${head}.${tail[0]}`);
  return null;
}

function readPer(after: string): string | undefined {
  const m = PER.exec(after);
  if (!m?.[1]) return undefined;
  const words: string[] = [];
  for (const w of m[1].split(/\s+/)) {
    // A capital after the first word starts something else ("400.000 đ/lần Đồng (Sát hạch...").
    if (PER_STOP.has(w.toLocaleLowerCase('vi')) || (words.length > 0 && /^\p{Lu}/u.test(w))) break;
    words.push(w);
  }
  return words.length > 0 ? words.join(' ') : undefined;
}

/** Every amount of money stated in a text, in order, VND and USD. */
export function parseMoneyAmounts(input: string): MoneyAmount[] {
  const text = normalizeInline(input);
  const found: MoneyAmount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const [matched, digits = '', multiplierWord, currencyWord = ''] = m;
    const multiplier = multiplierWord ? (MULTIPLIERS[multiplierWord.toLocaleLowerCase('vi')] ?? 1) : 1;
    const n = readNumber(digits, multiplierWord !== undefined);
    if (n === null) continue;
    const amount = Math.round(n * multiplier);
    if (!Number.isSafeInteger(amount)) continue;
    const c = currencyWord.toLocaleLowerCase('vi');
    const currency: Currency = c === 'usd' || c.startsWith('đô') ? 'USD' : 'VND';
    const per = readPer(text.slice((m.index ?? 0) + matched.length));
    found.push(per === undefined ? { amount, currency, text: matched } : { amount, currency, per, text: matched });
  }
  return found;
}

/** Every VND amount stated in a text, as integers, with what it is charged per. USD amounts are left out. */
export function parseVndAmounts(text: string): VndAmount[] {
  return parseMoneyAmounts(text)
    .filter((a) => a.currency === 'VND')
    .map(({ currency: _currency, ...rest }) => rest);
}
