/**
 * The cost model over a whole catalogue, and the hook that puts `cost` on findings:
 *
 *   review(catalogue, { today, costOf: findingCostOf });       // the engine's cost hook
 *   findings = withCosts(findings, catalogue);                   // or afterwards, on any list of findings
 *   costs = catalogueCosts(catalogue, findings);                 // every record now and after the proposal
 *
 * A finding's cost is what carrying out its own proposal saves (simplify.ts) on the most burdensome record it
 * names; a group's or the province's saving is what carrying out every actionable finding saves.
 */
import type { Catalogue, PublishedRecord } from '../../catalogue/types.ts';
import type { Finding, FindingCost } from '../finding.ts';
import { groupRecords } from '../groups.ts';
import { reviewViews } from '../views.ts';
import { compareCosts, costAfter, groupSavings, type GroupSavings } from './group-savings.ts';
import { resolveCostParameters, type CostParameters, type ResolvedCostParameter } from './parameters.ts';
import { recordCost, type RecordCost } from './record-cost.ts';
import { isActionable, proposedChanges, type ProposedChange } from './simplify.ts';

export interface CatalogueCosts {
  parameters: CostParameters;
  /** The parameter table with sources, for the report. */
  parameter_table: ResolvedCostParameter[];
  /** Groups by code, in code order. */
  groups: GroupSavings[];
  /** Records without a code: their cost now. */
  ungrouped: RecordCost[];
  /**
   * Records without a code, each as a group of one (code: the code the review suggests, or ''): its cost now
   * and after the changes its own findings propose.
   */
  ungrouped_savings: GroupSavings[];
  /** National baselines' costs by code, shown beside a group (not a practice the province publishes). */
  baselines: RecordCost[];
  /** Every change the proposal makes, in finding order. */
  changes: ProposedChange[];
}

/** The proposal's changes: those of the findings still to act on (open or fix planned). */
export function proposal(findings: readonly Finding[], catalogue: Catalogue): ProposedChange[] {
  return findings.filter(isActionable).flatMap((f) => proposedChanges(f, catalogue));
}

/** Costs now, and after the changes the given findings propose (none given: after = now). */
export function catalogueCosts(catalogue: Catalogue, findings: readonly Finding[] = []): CatalogueCosts {
  const { values, table } = resolveCostParameters(catalogue.site.cost);
  const { byCode, ungrouped } = groupRecords(catalogue.records);
  const codes = [...byCode.keys()];
  const changes = proposal(findings, catalogue);
  const suggested = reviewViews(catalogue).groups.suggested;
  return {
    parameters: values,
    parameter_table: table,
    groups: codes.map((code) => groupSavings(code, byCode.get(code) ?? [], values, changes)),
    ungrouped: ungrouped.map((record) => recordCost(record, values)),
    ungrouped_savings: ungrouped.map((record) =>
      groupSavings(suggested?.get(record.id)?.code ?? '', [record], values, changes),
    ),
    baselines: codes.flatMap((code) => {
      const national = catalogue.nationalByCode.get(code);
      return national ? [recordCost(national, values)] : [];
    }),
    changes,
  };
}

const cache = new WeakMap<
  Catalogue,
  { parameters: CostParameters; now: Map<string, RecordCost>; byId: Map<string, PublishedRecord> }
>();

function indexed(catalogue: Catalogue) {
  let entry = cache.get(catalogue);
  if (!entry) {
    const parameters = resolveCostParameters(catalogue.site.cost).values;
    entry = { parameters, now: new Map(), byId: new Map(catalogue.records.map((r) => [r.id, r])) };
    cache.set(catalogue, entry);
  }
  return entry;
}

/** What carrying out this finding's own proposal saves, on the most burdensome published record it names. */
function costOfFinding(finding: Finding, catalogue: Catalogue): FindingCost | undefined {
  const { parameters, now, byId } = indexed(catalogue);
  const named = finding.records.flatMap((id) => {
    const r = byId.get(id);
    return r ? [r] : [];
  });
  if (named.length === 0) return undefined;
  const changes = proposedChanges(finding, catalogue);
  const rows = named.map((record) => {
    let before = now.get(record.id);
    if (!before) {
      before = recordCost(record, parameters);
      now.set(record.id, before);
    }
    const own = changes.filter((c) => c.record === record.id);
    const after = own.length > 0 ? costAfter(record, own, parameters).total : before.total;
    const comparison = compareCosts(before.total, after);
    const volume = record.data.annual_volume;
    const perYear = volume === undefined ? undefined : parameters.times_per_year * volume;
    return {
      comparison,
      annual: perYear === undefined ? undefined : compareCosts(comparison.before * perYear, comparison.after * perYear),
    };
  });
  const worst = rows.reduce((w, r) =>
    r.comparison.before > w.comparison.before ||
    (r.comparison.before === w.comparison.before && r.comparison.saving > w.comparison.saving)
      ? r
      : w,
  );
  const { before, after, saving, saving_ratio } = worst.comparison;
  const cost: FindingCost = { before, after, saving, saving_ratio };
  const annuals = rows.flatMap((r) => (r.annual ? [r.annual] : []));
  if (annuals.length > 0) {
    cost.annual_before = annuals.reduce((s, a) => s + a.before, 0);
    cost.annual_after = annuals.reduce((s, a) => s + a.after, 0);
    cost.annual_saving = cost.annual_before - cost.annual_after;
  }
  return cost;
}

/** The engine's `costOf` hook (ReviewOptions). */
export function findingCostOf(finding: Finding, catalogue: Catalogue): FindingCost | undefined {
  return costOfFinding(finding, catalogue);
}

/** Findings with `cost` set where it applies (a new array; findings are not mutated). */
export function withCosts(findings: readonly Finding[], catalogue: Catalogue): Finding[] {
  return findings.map((finding) => {
    const cost = costOfFinding(finding, catalogue);
    return cost ? { ...finding, cost } : finding;
  });
}
