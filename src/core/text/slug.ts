/** Readable ASCII URL slugs from Vietnamese titles and codes. */
import { foldForSearch } from './fold.ts';

export const DEFAULT_SLUG_MAX_LENGTH = 80;

/**
 * "Đăng ký khai sinh" -> "dang-ky-khai-sinh"; "1.001193" -> "1-001193".
 * Letters outside a-z after folding are dropped. A slug longer than `maxLength`
 * is cut at the last "-" that fits, so that no word is cut in half.
 */
export function slugify(s: string, options: { maxLength?: number } = {}): string {
  const maxLength = Math.max(1, options.maxLength ?? DEFAULT_SLUG_MAX_LENGTH);
  const slug = foldForSearch(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  if (slug[maxLength] === '-') return cut;
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}
