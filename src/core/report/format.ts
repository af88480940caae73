/** Number words shared by the report writers (Vietnamese conventions: "." groups thousands, "," is decimal). */
import { formatVnd } from '../money/format-vnd.ts';

export { formatVnd };

/** 0.755 -> "75,5%". */
export function formatPercent(ratio: number): string {
  return `${String(Math.round(ratio * 1000) / 10).replace('.', ',')}%`;
}

/** 1.5 -> "1,5"; 12 -> "12". */
export function formatNumber(n: number, decimals = 2): string {
  const f = 10 ** decimals;
  return String(Math.round(n * f) / f).replace('.', ',');
}

/** "2026-11-30" -> "30/11/2026", as Vietnamese documents write dates. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** 5_342_000_000 -> "5,34 tỷ đồng"; smaller amounts in full ("445.182 đ"). */
export function formatLargeVnd(amount: number): string {
  if (Math.abs(amount) >= 1e9) return `${formatNumber(amount / 1e9)} tỷ đồng`;
  if (Math.abs(amount) >= 1e6) return `${formatNumber(amount / 1e6)} triệu đồng`;
  return formatVnd(amount);
}
