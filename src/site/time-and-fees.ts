/** Processing times and fees as a citizen reads them. */
import type { TimeReading } from '../core/catalogue/types.ts';
import type { Fee } from '../core/schema/fee.ts';
import type { ProcessingTimeInput } from '../core/schema/processing-time.ts';
import { readTime } from '../core/load/read-record.ts';
import { formatFee } from '../core/money/format-vnd.ts';
import { foldForSearch } from '../core/text/fold.ts';
import { formatDuration } from '../core/time/working-days.ts';

export interface TimeView {
  /** "5 ngày làm việc", "Trong ngày"; the published words when they could not be read. */
  text: string;
  /** The published wording, when it says more than `text` ("Ngay trong ngày tiếp nhận hồ sơ"). */
  wording?: string;
}

export function timeView(reading: TimeReading): TimeView {
  if (reading.kind === 'unreadable') {
    const text = reading.text.trim();
    if (text === '' || reading.reason === 'no_information' || reading.reason === 'empty')
      return { text: 'Chưa có thông tin', ...(text ? { wording: text } : {}) };
    // National data sometimes gives a bare number ("1"): show it, and that the unit is missing.
    return { text: reading.reason === 'no_unit' ? `${text} (văn bản không ghi đơn vị)` : text };
  }
  const text = formatDuration(reading.duration);
  const wording = reading.text.trim();
  return wording !== '' && foldForSearch(wording) !== foldForSearch(text) ? { text, wording } : { text };
}

export function timeOf(input: ProcessingTimeInput): TimeView {
  return timeView(readTime(input));
}

export interface FeeView {
  name: string;
  /** "50.000 đ", "Miễn phí", "Theo quy định". */
  amount: string;
  per?: string;
  note?: string;
}

export function feeViews(fees: readonly Fee[]): FeeView[] {
  return fees.map((f) => ({
    name: f.name,
    amount: formatFee(f.amount),
    ...(f.per ? { per: f.per } : {}),
    ...(f.note ? { note: f.note } : {}),
  }));
}

/** One line for lists and comparisons: "Không thu phí", "Miễn phí", "50.000 đ", "3 khoản, từ 10.000 đ". */
export function feeSummary(fees: readonly Fee[]): string {
  if (fees.length === 0) return 'Không thu phí';
  if (fees.every((f) => f.amount === 0)) return 'Miễn phí';
  if (fees.length === 1) return formatFee(fees[0]!.amount);
  const amounts = fees.map((f) => f.amount).filter((a): a is number => a !== null && a > 0);
  return amounts.length > 0 ? `${fees.length} khoản, từ ${formatFee(Math.min(...amounts))}` : `${fees.length} khoản`;
}
