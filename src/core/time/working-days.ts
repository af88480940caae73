/**
 * Conversion of processing times to one comparable measure, and their display.
 * The factors are the review's contract (review-rules.md): hours / 8,
 * calendar days x 5/7, months x 22, same day = 0.
 */
import type { Duration } from './duration.ts';

const HOURS_PER_WORKING_DAY = 8;
const WORKING_DAYS_PER_CALENDAR_DAY = 5 / 7;
const WORKING_DAYS_PER_MONTH = 22;

/** The duration in working days. */
export function toWorkingDays({ value, unit }: Duration): number {
  switch (unit) {
    case 'same_day':
      return 0;
    case 'hours':
      return value / HOURS_PER_WORKING_DAY;
    case 'working_days':
      return value;
    case 'days':
      return value * WORKING_DAYS_PER_CALENDAR_DAY;
    case 'months':
      return value * WORKING_DAYS_PER_MONTH;
  }
}

/** Vietnamese number: at most two decimals, decimal comma ("1,5"). */
function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100).replace('.', ',');
}

/** "5 ngày làm việc", "Trong ngày", "8 giờ", "3 tháng", "15 ngày"; parseDuration reads it back. */
export function formatDuration({ value, unit }: Duration): string {
  switch (unit) {
    case 'same_day':
      return 'Trong ngày';
    case 'hours':
      return `${formatNumber(value)} giờ`;
    case 'working_days':
      return `${formatNumber(value)} ngày làm việc`;
    case 'days':
      return `${formatNumber(value)} ngày`;
    case 'months':
      return `${formatNumber(value)} tháng`;
  }
}
