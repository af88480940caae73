/**
 * Dates, numbers, amounts and lists written the way Vietnamese public notices write them ("." groups thousands,
 * "," is the decimal mark, dates day/month/year). Every page, report writer and message formats with these.
 */
import { formatVnd } from '../money/format-vnd.ts';

export { formatVnd };

/** "2026-11-30" -> "30/11/2026". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** 1.5 -> "1,5"; 12 -> "12". */
export function formatNumber(n: number, decimals = 2): string {
  const f = 10 ** decimals;
  return String(Math.round(n * f) / f).replace('.', ',');
}

/** 0.755 -> "75,5%". */
export function formatPercent(ratio: number): string {
  return `${String(Math.round(ratio * 1000) / 10).replace('.', ',')}%`;
}

/** 5_342_000_000 -> "5,34 tỷ đồng"; smaller amounts in full ("445.182 đ"). */
export function formatLargeVnd(amount: number): string {
  if (Math.abs(amount) >= 1e9) return `${formatNumber(amount / 1e9)} tỷ đồng`;
  if (Math.abs(amount) >= 1e6) return `${formatNumber(amount / 1e6)} triệu đồng`;
  return formatVnd(amount);
}

/** "a, b và c"; `last` may be "hoặc". */
export function joinVi(items: readonly string[], last = 'và'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}
