/**
 * How findings name records for the Provincial Office: by the procedure's title and where it applies, never
 * by file id or path (the ids stay in the finding's `records` and evidence).
 */
import type { AnyRecord, Catalogue } from '../catalogue/types.ts';

const MAX_TITLE = 90;

/** A title cut at a word boundary: national titles run to a thousand characters. */
export function shortTitle(title: string, max = MAX_TITLE): string {
  const t = title.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:(]+$/u, '')}…`;
}

/** `bản quốc gia mã 1.001193`. */
export function nationalName(code: string): string {
  return `bản quốc gia mã ${code}`;
}

/**
 * `"Đăng ký khai sinh" (cấp xã)`, `"Đăng ký thành lập hộ kinh doanh" (Phường Phước Bình)`, or for a national
 * record `"Đăng ký khai sinh" (bản quốc gia mã 1.001193)`.
 */
export function recordName(catalogue: Catalogue, record: AnyRecord): string {
  if (record.kind === 'national') return `"${shortTitle(record.data.title)}" (${nationalName(record.data.code)})`;
  const places = (record.data.localities ?? []).map((id) => catalogue.localities.get(id)?.name ?? id);
  const level =
    catalogue.levels.find((l) => l.id === record.data.level)?.name.toLocaleLowerCase('vi') ?? record.data.level;
  return `"${shortTitle(record.data.title)}" (${places.length > 0 ? places.join(', ') : level})`;
}
