/**
 * Vietnamese number words from 1 to 99, as written out beside digits in legal
 * texts ("05 (năm) ngày", "15 (mười lăm) ngày") or alone ("hai ngày").
 */
const DIGITS: Record<string, number> = {
  một: 1,
  mốt: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  lăm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
};

/** The value of "mười lăm", "hai mươi mốt", "năm"...; null for anything else. Input lower case NFC. */
export function parseVietnameseNumber(words: string): number | null {
  const w = words.trim().split(/\s+/);
  const unit = (t: string | undefined): number | null => (t === undefined ? 0 : (DIGITS[t] ?? null));
  if (w.length === 0 || w.length > 3) return null;
  // "mười", "mười hai"
  if (w[0] === 'mười') {
    const u = unit(w[1]);
    return w.length <= 2 && u !== null ? 10 + u : null;
  }
  const tens = DIGITS[w[0] ?? ''];
  if (tens === undefined || w[0] === 'lăm' || w[0] === 'mốt' || w[0] === 'tư') return null;
  if (w.length === 1) return tens;
  // "hai mươi", "hai mươi lăm"
  if (w[1] !== 'mươi' || tens < 2) return null;
  const u = unit(w[2]);
  return u === null ? null : tens * 10 + u;
}

/** Every number word, to find candidate runs in text. */
export const NUMBER_WORD = '(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi)';
