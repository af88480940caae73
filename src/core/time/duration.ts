/** A processing time (thời hạn giải quyết) as the content model stores it. */
export type DurationUnit = 'same_day' | 'hours' | 'working_days' | 'days' | 'months';

export const DURATION_UNITS: readonly DurationUnit[] = ['same_day', 'hours', 'working_days', 'days', 'months'];

export interface Duration {
  value: number;
  unit: DurationUnit;
}
