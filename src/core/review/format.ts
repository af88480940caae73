/** Vietnamese wording shared by the rules' messages. */
import type { AnyRecord, Catalogue, TimeReading } from '../catalogue/types.ts';
import type { DocumentForm, Fee } from '../schema/index.ts';
import { formatVnd } from '../money/format-vnd.ts';
import { formatDuration } from '../time/working-days.ts';
import { recordName } from './names.ts';
import { DOCUMENT_FORM_WORDS } from '../words/vocabulary.ts';

/** At most this many record ids are named per value in a message; the evidence keeps them all. */
export const MAX_IDS_IN_MESSAGE = 5;

/** "xa/a, xa/b" or "xa/a, xa/b, xa/c, xa/d, xa/e và 90 bản ghi khác". */
export function listIds(ids: readonly string[]): string {
  if (ids.length <= MAX_IDS_IN_MESSAGE) return ids.join(', ');
  return `${ids.slice(0, MAX_IDS_IN_MESSAGE).join(', ')} và ${ids.length - MAX_IDS_IN_MESSAGE} bản ghi khác`;
}

/**
 * Records named for the Office (names.ts), at most MAX_IDS_IN_MESSAGE names: `"Đăng ký khai sinh" (Phường A), …
 * và 3 bản ghi khác`. Records that share a name (same title and level, no locality) are counted, not repeated.
 */
export function listNames(catalogue: Catalogue, ids: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const name = nameOfId(catalogue, id);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const names = [...counts].map(([name, n]) => (n > 1 ? `${name} (${n} bản ghi)` : name));
  if (names.length <= MAX_IDS_IN_MESSAGE) return names.join(', ');
  return `${names.slice(0, MAX_IDS_IN_MESSAGE).join(', ')} và ${names.length - MAX_IDS_IN_MESSAGE} bản ghi khác`;
}

/** byValue with records named for the Office: records are grouped by value first, then named (listNames). */
export function byRecordValue<V>(
  catalogue: Catalogue,
  entries: ReadonlyMap<string, V>,
  describe: (value: V) => string,
): string {
  const groups = new Map<string, string[]>();
  for (const [id, value] of entries) {
    const words = describe(value);
    groups.set(words, [...(groups.get(words) ?? []), id]);
  }
  return [...groups]
    .sort((a, b) => a[1].length - b[1].length || (a[1][0]! < b[1][0]! ? -1 : 1))
    .map(([words, ids]) => `${listNames(catalogue, ids)} ${words}`)
    .join('; ');
}

const byIdCache = new WeakMap<Catalogue, Map<string, AnyRecord>>();

function nameOfId(catalogue: Catalogue, id: string): string {
  let byId = byIdCache.get(catalogue);
  if (!byId) {
    byId = new Map<string, AnyRecord>([...catalogue.records, ...catalogue.national].map((r) => [r.id, r]));
    byIdCache.set(catalogue, byId);
  }
  const record = byId.get(id);
  return record ? recordName(catalogue, record) : id;
}

/**
 * Records grouped by the value they show, largest group last so the odd one out reads first:
 * "xa/a thu 8.000 đ; xa/b, xa/c miễn phí". `describe` turns a value into words placed after the ids.
 */
export function byValue<V>(entries: ReadonlyMap<string, V>, describe: (value: V) => string): string {
  const groups = new Map<string, string[]>();
  for (const [id, value] of entries) {
    const words = describe(value);
    const ids = groups.get(words) ?? [];
    ids.push(id);
    groups.set(words, ids);
  }
  return [...groups]
    .sort((a, b) => a[1].length - b[1].length || (a[1][0]! < b[1][0]! ? -1 : 1))
    .map(([words, ids]) => `${listIds(ids)} ${words}`)
    .join('; ');
}

/**
 * A processing time in the unit it is written in: "5 ngày làm việc", "15 ngày", or the text as given. Never a
 * conversion such as "≈ 10,71 ngày làm việc": "ngày" and "ngày làm việc" are different things in law.
 */
export function timeText(reading: TimeReading): string {
  if (reading.kind === 'unreadable') return reading.text === '' ? '(trống)' : `"${reading.text}"`;
  return formatDuration(reading.duration);
}

export function formatDays(n: number): string {
  return String(Math.round(n * 100) / 100).replace('.', ',');
}

/** One fee amount in words: "8.000 đ/trang", "miễn phí", "theo quy định". */
export function amountText(fee: Pick<Fee, 'amount' | 'per'>): string {
  if (fee.amount === null) return 'theo quy định';
  if (fee.amount === 0) return 'miễn phí';
  return `${formatVnd(fee.amount)}${fee.per ? `/${fee.per}` : ''}`;
}

/** "bản chính hoặc bản điện tử". */
export function formsText(forms: readonly DocumentForm[]): string {
  return forms.map((f) => DOCUMENT_FORM_WORDS[f]).join(' hoặc ');
}

/** A finding's text value as quoted in messages, shortened. */
export function quote(text: string, max = 80): string {
  const t = text.trim();
  return `"${t.length <= max ? t : `${t.slice(0, max - 1)}…`}"`;
}
