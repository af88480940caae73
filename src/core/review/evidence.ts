/**
 * The pieces rules build their evidence from (each rule exports its evidence's type beside its code), so that the
 * readers of evidence (the report's pages, the cost of a simplification) read fields the rule is known to write.
 */
import type { DocumentRequirement, Fee } from '../schema/index.ts';
import type { Duration } from '../time/duration.ts';

/** The values a rule compared, per record id. */
export type ByRecord<V> = Readonly<Record<string, V>>;

/** A required document as a finding shows it; `when` only when the requirement has one. */
export type ShownDocument = Pick<DocumentRequirement, 'name' | 'form' | 'when'>;

/** A fee as a finding shows it. */
export type ShownFee = Pick<Fee, 'name' | 'amount' | 'per' | 'note'>;

/** A processing time read as a duration, with the text it was read from. */
export interface ShownTime extends Duration {
  text: string;
}

/** A time that could not be read as a duration: its text only. */
export interface UnreadTime {
  text: string;
}

/** A required document as it is written: its name, form (or forms) and `when` when it has one. */
export function shownDocument({ name, form, when }: DocumentRequirement): ShownDocument {
  return { name, form, ...(when ? { when } : {}) };
}
