/** Vietnamese wording shared by the rules' messages. */
import type { TimeReading } from '../catalogue/types.ts';
import type { DocumentForm, Fee } from '../schema/index.ts';
import { formatVnd } from '../money/format-vnd.ts';
import { formatDuration } from '../time/working-days.ts';

/** At most this many record ids are named per value in a message; the evidence keeps them all. */
export const MAX_IDS_IN_MESSAGE = 5;

/** "xa/a, xa/b" or "xa/a, xa/b, xa/c, xa/d, xa/e và 90 bản ghi khác". */
export function listIds(ids: readonly string[]): string {
  if (ids.length <= MAX_IDS_IN_MESSAGE) return ids.join(', ');
  return `${ids.slice(0, MAX_IDS_IN_MESSAGE).join(', ')} và ${ids.length - MAX_IDS_IN_MESSAGE} bản ghi khác`;
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

/** A processing time in words: "5 ngày làm việc", "15 ngày (≈ 10,71 ngày làm việc)", or the text as given. */
export function timeText(reading: TimeReading): string {
  if (reading.kind === 'unreadable') return reading.text === '' ? '(trống)' : `"${reading.text}"`;
  const words = formatDuration(reading.duration);
  const unit = reading.duration.unit;
  if (unit === 'working_days' || unit === 'same_day') return words;
  return `${words} (≈ ${formatDays(reading.workingDays)} ngày làm việc)`;
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

export const FORM_NAMES: Record<DocumentForm, string> = {
  original: 'bản chính',
  certified_copy: 'bản sao chứng thực',
  copy: 'bản sao',
  copy_with_original: 'bản sao kèm bản chính để đối chiếu',
  electronic: 'bản điện tử',
  present: 'xuất trình',
};

/** "bản chính hoặc bản điện tử". */
export function formsText(forms: readonly DocumentForm[]): string {
  return forms.map((f) => FORM_NAMES[f]).join(' hoặc ');
}

/** A finding's text value as quoted in messages, shortened. */
export function quote(text: string, max = 80): string {
  const t = text.trim();
  return `"${t.length <= max ? t : `${t.slice(0, max - 1)}…`}"`;
}
