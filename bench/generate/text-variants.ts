/**
 * The harmless ways real records word the same thing differently. The review must treat these as equal
 * (review-rules.md: text folded, old and new tone placement alike, documents aligned by name similarity),
 * so the generator produces them on purpose.
 */
import type { Random } from './random.ts';

// New-style ("hòa", "thủy") to old-style ("hoà", "thuỷ") tone placement, only at the end of a syllable.
const NEW_TO_OLD: [RegExp, string][] = [
  [/ò(a)(?![\p{L}])/gu, 'oà'],
  [/ó(a)(?![\p{L}])/gu, 'oá'],
  [/ỏ(a)(?![\p{L}])/gu, 'oả'],
  [/õ(a)(?![\p{L}])/gu, 'oã'],
  [/ọ(a)(?![\p{L}])/gu, 'oạ'],
  [/ò(e)(?![\p{L}])/gu, 'oè'],
  [/ó(e)(?![\p{L}])/gu, 'oé'],
  [/ỏ(e)(?![\p{L}])/gu, 'oẻ'],
  [/ủ(y)(?![\p{L}])/gu, 'uỷ'],
  [/ú(y)(?![\p{L}])/gu, 'uý'],
  [/ù(y)(?![\p{L}])/gu, 'uỳ'],
  [/ụ(y)(?![\p{L}])/gu, 'uỵ'],
  [/Ủ(y)(?![\p{L}])/gu, 'Uỷ'],
];
/** "Hòa", "thủy", "Ủy ban" -> "Hoà", "thuỷ", "Uỷ ban": the older tone placement some editors still type. */
export function oldToneMarks(text: string): string {
  let out = text;
  for (const [pattern, replacement] of NEW_TO_OLD) out = out.replace(pattern, replacement);
  return out;
}

/** Same document, other words: what two provincial decisions do to one national document name. */
const DOCUMENT_REWORDINGS: [RegExp, string][] = [
  [/ theo mẫu$/u, ' theo mẫu quy định'],
  [/ theo mẫu quy định$/u, ' (theo mẫu)'],
  [/^Tờ khai (.*?)(?: theo mẫu)?$/u, 'Tờ khai $1 (theo mẫu)'],
  [/^Đơn đề nghị /u, 'Đơn đề nghị việc '],
  [/^Văn bản đề nghị /u, 'Công văn đề nghị '],
  [/^Bản sao /u, 'Bản sao chụp '],
  [/^Giấy tờ chứng minh /u, 'Giấy tờ, tài liệu chứng minh '],
  [/ của người nộp hồ sơ$/u, ' của người đi nộp hồ sơ'],
];

export function rewordDocumentName(name: string, rng: Random): string {
  const candidates = DOCUMENT_REWORDINGS.filter(([pattern]) => pattern.test(name));
  if (candidates.length === 0) return /[.;]$/.test(name) ? name.slice(0, -1) : `${name}.`;
  const [pattern, replacement] = rng.pick(candidates);
  return name.replace(pattern, replacement);
}

const STEP_REWORDINGS: [RegExp, string][] = [
  [/Tổ chức, cá nhân/u, 'Cá nhân, tổ chức'],
  [/nộp hồ sơ/u, 'gửi hồ sơ'],
  [/Trung tâm Phục vụ hành chính công/u, 'Bộ phận Một cửa'],
  [/Ủy ban nhân dân/u, 'UBND'],
  [/có trách nhiệm /u, ''],
  [/theo quy định\./u, 'theo quy định hiện hành.'],
];

export function rewordStep(step: string, rng: Random): string {
  const candidates = STEP_REWORDINGS.filter(([pattern]) => pattern.test(step));
  if (candidates.length === 0) return step;
  const [pattern, replacement] = rng.pick(candidates);
  return step.replace(pattern, replacement);
}

/** "Đăng ký khai sinh" -> "đăng ký khai sinh", for use inside a sentence. */
export function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
