/** Small readings shared by the field parsers: the portal's "no information" markers and tidy text. */
import { normalizeInline } from '../../text/normalize.ts';

// What the portal prints in an empty cell.
const NO_INFORMATION = /^(?:không có thông tin|không có|không|chưa có thông tin|không quy định|--+|\.{3})\.?$/iu;

/** True for an empty cell or one of the portal's "nothing here" texts. */
export function isNoInformation(text: string): boolean {
  const t = normalizeInline(text);
  return t === '' || NO_INFORMATION.test(t);
}

/** Upper-cases the first letter, leaves the rest alone ("đăng ký" -> "Đăng ký"). */
export function capitalizeFirst(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toLocaleUpperCase('vi') + text.slice(head.length);
}

/** Leading list markers of portal text: "- ", "+ ", "* ", "• ", "– ". */
export function stripBullet(text: string): string {
  return text.replace(/^(?:[-+*•–—]\s*)+/u, '').trim();
}
