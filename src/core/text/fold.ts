/**
 * Folding of Vietnamese text for comparison and search.
 *
 * Two records that say the same thing must fold to the same string even when
 * one writes "hoà"/"thuỷ" (tone on the second vowel) and the other "hòa"/"thủy",
 * or one is NFD. Diacritics stay in foldVietnamese because they carry meaning
 * ("chứng sinh" is not "chứng tử", "hộ" is not "hồ"); foldForSearch drops them.
 */
import { normalizeInline } from './normalize.ts';

// Combining tone marks in NFD: grave, acute, tilde, hook above, dot below.
const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';
// A syllable ends where no letter or combining mark follows.
const END = '(?![\\p{L}\\p{M}])';
// "oa", "oe" and "uy" closing a syllable with the tone on the second vowel ("hoà", "khoẻ",
// "thuỷ"). The canonical form puts it on the first ("hòa", "khỏe", "thủy"), as official
// texts do. "quý"/"quỳ" are left alone: there "u" belongs to the consonant "qu".
const OA_OE = new RegExp(`(o)([ae])(${TONE})${END}`, 'giu');
const UY = new RegExp(`(?<!q)(u)(y)(${TONE})${END}`, 'giu');

/** Puts tone marks of word-final oa/oe/uy on the first vowel ("hoà" -> "hòa", "thuỷ" -> "thủy"). */
export function unifyTonePlacement(s: string): string {
  return s.normalize('NFD').replace(OA_OE, '$1$3$2').replace(UY, '$1$3$2').normalize('NFC');
}

/**
 * Folded form for comparing Vietnamese text: NFC, tone placement unified,
 * lower case, punctuation and symbols turned into spaces, spacing collapsed.
 * Diacritics and "đ" are kept. Idempotent.
 */
export function foldVietnamese(s: string): string {
  const lower = unifyTonePlacement(normalizeInline(s).toLocaleLowerCase('vi'));
  return lower
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim()
    .normalize('NFC');
}

/** foldVietnamese without diacritics, "đ" -> "d": "Đăng ký khai sinh" -> "dang ky khai sinh". */
export function foldForSearch(s: string): string {
  return foldVietnamese(s)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
}
