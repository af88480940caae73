/**
 * A record's processing time against its baseline's, in the units the law uses: "ngày" (calendar days) and
 * "ngày làm việc" are different things in law, so values are compared as written when the units agree and
 * only converted to working days (never shown as fractions) when they do not. The national table often enters
 * cases as channel rows (20 days for works, 15 for individual houses; "+10 days" in difficult areas): every
 * time the baseline states is a case it allows, so "longer" means longer than the longest of them and
 * "shorter" shorter than the shortest.
 */
import type { AnyRecord, TimeReading } from '../catalogue/types.ts';
import { formatDuration } from '../time/working-days.ts';
import { effectiveChannels, generalChannel } from './effective-channels.ts';

type Duration = Extract<TimeReading, { kind: 'duration' }>;

/** The distinct durations a baseline states on its offered channels, shortest first. */
export function baselineDurations(baseline: AnyRecord): Duration[] {
  const seen = new Map<string, Duration>();
  for (const view of Object.values(effectiveChannels(baseline))) {
    if (!view.offered || view.time.kind !== 'duration') continue;
    const { value, unit } = view.time.duration;
    seen.set(`${value} ${unit}`, view.time);
  }
  return [...seen.values()].sort((a, b) => a.workingDays - b.workingDays);
}

export type TimeComparison =
  | {
      kind: 'longer' | 'shorter' | 'other-unit' | 'unreadable-baseline' | 'fewer-cases';
      time: Duration;
      baseline: TimeReading[];
    }
  | { kind: 'same' | 'not-comparable' };

/** -1, 0, 1: a against b, by value when both are in the same unit, else only when both readings agree. */
function order(a: Duration, b: Duration): number | undefined {
  const au = a.duration.unit;
  const bu = b.duration.unit;
  if (au === bu) return Math.sign(a.duration.value - b.duration.value);
  const byDays = Math.sign(a.workingDays - b.workingDays);
  const byValue = Math.sign((au === 'same_day' ? 0 : a.duration.value) - (bu === 'same_day' ? 0 : b.duration.value));
  return byDays === byValue ? byDays : undefined;
}

export function compareWithBaseline(record: AnyRecord, baseline: AnyRecord): TimeComparison {
  const time = generalChannel(record).time;
  if (time.kind !== 'duration') return { kind: 'not-comparable' };
  const limits = baselineDurations(baseline);
  if (limits.length === 0) {
    const base = generalChannel(baseline).time;
    if (base.kind !== 'unreadable' || base.reason !== 'no_unit') return { kind: 'not-comparable' };
    // "03 ngày làm việc" against a bare "3": the province states the unit the baseline forgot (ambiguous-time
    // reports the baseline); only a different number is worth a look.
    if (Number(base.text.replace(',', '.')) === (time.duration.unit === 'same_day' ? 0 : time.duration.value))
      return { kind: 'same' };
    return { kind: 'unreadable-baseline', time, baseline: [base] };
  }
  const longest = limits.at(-1)!;
  const shortest = limits[0]!;
  const vsLongest = order(time, longest);
  if (vsLongest === 1) return { kind: 'longer', time, baseline: limits };
  const vsShortest = order(time, shortest);
  if (vsShortest === -1) return { kind: 'shorter', time, baseline: limits };
  if (vsLongest === undefined || vsShortest === undefined) return { kind: 'other-unit', time, baseline: limits };
  // The baseline states several times (cases entered as channel rows) and the record keeps fewer of them.
  // The record's own text may state them ("20 ngày (15 ngày đối với nhà ở riêng lẻ)").
  const stated = new Set((time.text.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => Number(n.replace(',', '.'))));
  const kept = limits.filter((l) => stated.has(l.duration.value)).length;
  if (limits.length > Math.max(kept, baselineDurations(record).length))
    return { kind: 'fewer-cases', time, baseline: limits };
  return { kind: 'same' };
}

/** "20 ngày", "15 ngày hoặc 20 ngày", `"1" (không có đơn vị)`. */
export function timesText(times: readonly TimeReading[]): string {
  return times
    .map((t) => (t.kind === 'duration' ? formatDuration(t.duration) : `"${t.text}" (không có đơn vị)`))
    .join(' hoặc ');
}
