/** Display of VND amounts and fees, the way Vietnamese public notices write them. */

/** 50000 -> "50.000 đ" (thousands grouped with "."); 0 -> "0 đ". */
export function formatVnd(amount: number): string {
  const n = Math.round(amount);
  const grouped = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${grouped} đ`;
}

/** Text shown for a fee when its amount is not a fixed number (a formula, or set by the province). */
export const FEE_SET_ELSEWHERE = 'Theo quy định';

/** A fee for citizens: "Miễn phí" for 0, FEE_SET_ELSEWHERE for null (see the fee's note), else formatVnd. */
export function formatFee(amount: number | null): string {
  if (amount === null) return FEE_SET_ELSEWHERE;
  return amount === 0 ? 'Miễn phí' : formatVnd(amount);
}
