/**
 * The saving of a group (published records sharing a code) if the simplification proposal were carried out
 * (Circular 02/2017/TT-VPCP, Art. 27(1): (a) cost now, (b) cost after simplification, obtained from the cost now
 * by removing what the proposal cuts, (c) the difference). The proposal is read from the review's findings
 * (simplify.ts): each record's cost after is its own cost with the changes its open findings propose, so a
 * saving always traces back to a problem the report lists, and a justified finding saves nothing.
 */
import type { PublishedRecord } from '../../catalogue/types.ts';
import type { FindingCost } from '../finding.ts';
import type { CostParameters } from './parameters.ts';
import { recordCost, type RecordCost } from './record-cost.ts';
import { applyChanges, type ProposedChange } from './simplify.ts';

/** Before, after and saving; the saving is never negative (see compareCosts). */
export interface Comparison {
  before: number;
  after: number;
  saving: number;
  /** saving / before, 0..1; 0 when before is 0. */
  saving_ratio: number;
  /** True when "after" came out above "before" and was set to "before" (no saving rather than a negative one). */
  clamped: boolean;
}

export interface RecordSaving extends Comparison {
  record: string;
  /** Dossiers a year, from the record's `annual_volume`. */
  annual_volume?: number;
  /** Per year: per case × times_per_year × annual_volume, when the volume is known. */
  annual?: Comparison;
  processing_working_days: number | null;
}

export interface GroupSavings {
  code: string;
  /** Each record's cost now. */
  costs: RecordCost[];
  /** Each record's cost once the proposed changes are made (same order as `costs`). */
  after_costs: RecordCost[];
  /** The changes the proposal makes to the group's records, in finding order. */
  changes: ProposedChange[];
  records: RecordSaving[];
  /** One citizen facing the group's most burdensome record: its cost now, after the proposal, the saving. */
  per_case: Comparison;
  /** Province-wide per year, over the records whose annual_volume is given; absent when none is. */
  annual?: Comparison;
  /** Records without annual_volume, left out of the annual figures. */
  records_without_volume: string[];
  /** Vietnamese notes (records whose saving was clamped to 0). */
  notes: string[];
}

/** saving = before − after and ratio = saving / before, with a negative saving reported as 0 (clamped). */
export function compareCosts(before: number, after: number): Comparison {
  const clamped = after > before;
  const kept = clamped ? before : after;
  const saving = before - kept;
  return { before, after: kept, saving, saving_ratio: before > 0 ? saving / before : 0, clamped };
}

function sumComparisons(items: Comparison[]): Comparison {
  const before = items.reduce((s, c) => s + c.before, 0);
  const after = items.reduce((s, c) => s + c.after, 0);
  return { ...compareCosts(before, after), clamped: items.some((c) => c.clamped) };
}

/** Group savings from each record's cost now and after the proposal. */
export function savingsFromCosts(
  code: string,
  records: PublishedRecord[],
  costs: RecordCost[],
  afterCosts: RecordCost[],
  changes: ProposedChange[],
  p: CostParameters,
): GroupSavings {
  const notes: string[] = [];
  const withoutVolume: string[] = [];
  const savings: RecordSaving[] = costs.map((cost, i) => {
    const record = records[i];
    const comparison = compareCosts(cost.total, afterCosts[i]?.total ?? cost.total);
    if (comparison.clamped)
      notes.push(`${record?.data.title ?? cost.record}: chi phí sau đơn giản hóa cao hơn hiện tại; ghi tiết kiệm 0.`);
    const volume = record?.data.annual_volume;
    const saving: RecordSaving = {
      record: cost.record,
      ...comparison,
      processing_working_days: cost.processing_working_days,
    };
    if (volume === undefined) {
      withoutVolume.push(cost.record);
    } else {
      const perYear = p.times_per_year * volume;
      saving.annual_volume = volume;
      saving.annual = compareCosts(comparison.before * perYear, comparison.after * perYear);
    }
    return saving;
  });
  const worst = savings.reduce<RecordSaving | undefined>(
    (w, s) => (w === undefined || s.before > w.before || (s.before === w.before && s.saving > w.saving) ? s : w),
    undefined,
  );
  const annuals = savings.flatMap((s) => (s.annual ? [s.annual] : []));
  return {
    code,
    costs,
    after_costs: afterCosts,
    changes,
    records: savings,
    per_case: worst ? compareCosts(worst.before, worst.after) : compareCosts(0, 0),
    ...(annuals.length > 0 ? { annual: sumComparisons(annuals) } : {}),
    records_without_volume: withoutVolume,
    notes,
  };
}

/** Each record's cost after the changes proposed for it. */
export function costAfter(record: PublishedRecord, changes: readonly ProposedChange[], p: CostParameters): RecordCost {
  const { record: changed, fee_ceiling } = applyChanges(record, changes);
  return recordCost(changed, p, fee_ceiling === undefined ? {} : { fee_ceiling });
}

/** A group's savings; `changes` are the proposal's changes (proposedChanges of its actionable findings). */
export function groupSavings(
  code: string,
  records: PublishedRecord[],
  p: CostParameters,
  changes: readonly ProposedChange[] = [],
): GroupSavings {
  const ids = new Set(records.map((r) => r.id));
  const own = changes.filter((c) => ids.has(c.record));
  return savingsFromCosts(
    code,
    records,
    records.map((r) => recordCost(r, p)),
    records.map((r) => costAfter(r, own, p)),
    own,
    p,
  );
}

/**
 * The FindingCost of a finding that names some records of the group: per case, the most burdensome of those
 * records, now and after the proposal; per year, the sum over those with a volume. Undefined when the finding
 * names none of the group's published records (e.g. only the national one).
 */
export function costForRecords(group: GroupSavings, recordIds: readonly string[]): FindingCost | undefined {
  const named = group.records.filter((r) => recordIds.includes(r.record));
  if (named.length === 0) return undefined;
  const worst = named.reduce((w, r) => (r.before > w.before ? r : w));
  const cost: FindingCost = {
    before: worst.before,
    after: worst.after,
    saving: worst.saving,
    saving_ratio: worst.saving_ratio,
  };
  const annuals = named.flatMap((r) => (r.annual ? [r.annual] : []));
  if (annuals.length > 0) {
    const annual = sumComparisons(annuals);
    cost.annual_before = annual.before;
    cost.annual_after = annual.after;
    cost.annual_saving = annual.saving;
  }
  return cost;
}
