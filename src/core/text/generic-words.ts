/**
 * Words that say a paper exists but not which one ("giấy tờ", "bản sao các giấy tờ", "một trong các giấy tờ
 * sau"). A document name made only of them names no particular paper.
 */
const GENERIC_WORDS = new Set([
  'giấy',
  'tờ',
  'văn',
  'bản',
  'tài',
  'liệu',
  'hồ',
  'sơ',
  'sao',
  'chính',
  'gốc',
  'chụp',
  'các',
  'những',
  'đơn',
  'khai',
  'một',
  'trong',
  'loại',
  'sau',
  'gồm',
  'có',
]);

/** Whether a lower-cased phrase only names papers in general. */
export function isGenericPhrase(phrase: string): boolean {
  return phrase.split(/\s+/).every((w) => w === '' || GENERIC_WORDS.has(w));
}
