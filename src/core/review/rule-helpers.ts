/** Small helpers the rules share. */
import type { AnyRecord, Catalogue } from '../catalogue/types.ts';

/** National records first (by code), then published records (by id). */
export function allRecords(catalogue: Catalogue): AnyRecord[] {
  return [...catalogue.national, ...catalogue.records];
}

/** "2023-01-01" -> "01/01/2023". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Whole days from `from` to `to` (YYYY-MM-DD, UTC). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A legal text as messages name it: its number when legal.yaml has it ("123/2015/NĐ-CP"), else its id. */
export function legalLabel(catalogue: Catalogue, id: string): string {
  return catalogue.legal.get(id)?.number ?? id;
}
