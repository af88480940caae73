/** Small helpers the rules share. */
import type { AnyRecord, Catalogue } from '../catalogue/types.ts';
import { foldVietnamese } from '../text/fold.ts';
import type { RawFinding, Rule } from './finding.ts';

/** National records first (by code), then published records (by id). */
export function allRecords(catalogue: Catalogue): AnyRecord[] {
  return [...catalogue.national, ...catalogue.records];
}

// Procedures whose only subjects are officials or party bodies concern no citizen or business.
const STATE_SUBJECTS = new Set(['Cán bộ, công chức, viên chức', 'Đảng viên', 'Tổ chức Đảng'].map(foldVietnamese));

/** A procedure between state bodies: its only subjects are officials or party bodies (national 5.003806, 6.003494). */
export function betweenStateBodies(record: AnyRecord): boolean {
  return record.data.subjects.length > 0 && record.data.subjects.every((s) => STATE_SUBJECTS.has(foldVietnamese(s)));
}

/** Whole days from `from` to `to` (YYYY-MM-DD, UTC). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A legal text as messages name it: its number when legal.yaml has it ("123/2015/NĐ-CP"), else its id. */
export function legalLabel(catalogue: Catalogue, id: string): string {
  return catalogue.legal.get(id)?.number ?? id;
}

/** A finding about one record: the rule's id and severity, the record's code (when it has one) and id, then `rest`. */
export function recordFinding<E>(
  rule: Pick<Rule, 'id' | 'severity'>,
  record: AnyRecord,
  rest: Omit<RawFinding<E>, 'rule' | 'severity' | 'code' | 'records'>,
): RawFinding<E> {
  return {
    rule: rule.id,
    severity: rule.severity,
    ...(record.data.code ? { code: record.data.code } : {}),
    records: [record.id],
    ...rest,
  };
}
