/**
 * The cost model over a whole catalogue, and the hook that puts `cost` on findings:
 *
 *   review(catalogue, { today, costOf: findingCostOf });   // the engine's cost hook
 *   findings = withCosts(findings, catalogueCosts(catalogue)); // or afterwards, on any list of findings
 *
 * A finding gets a cost when it has a `code` and names at least one published record of that group.
 */
import type { Catalogue } from '../../catalogue/types.ts';
import type { Finding, FindingCost } from '../finding.ts';
import { groupRecords } from '../groups.ts';
import { costForRecords, groupSavings, type GroupSavings } from './group-savings.ts';
import { resolveCostParameters, type CostParameters, type ResolvedCostParameter } from './parameters.ts';
import { recordCost, type RecordCost } from './record-cost.ts';

export interface CatalogueCosts {
  parameters: CostParameters;
  /** The parameter table with sources, for the report. */
  parameter_table: ResolvedCostParameter[];
  /** Groups by code, in code order. */
  groups: GroupSavings[];
  /** Records without a code: their cost, no comparison. */
  ungrouped: RecordCost[];
  /** National baselines' costs by code, shown beside a group (not a practice the province publishes). */
  baselines: RecordCost[];
}

export function catalogueCosts(catalogue: Catalogue): CatalogueCosts {
  const { values, table } = resolveCostParameters(catalogue.site.cost);
  const { byCode, ungrouped } = groupRecords(catalogue.records);
  const codes = [...byCode.keys()];
  return {
    parameters: values,
    parameter_table: table,
    groups: codes.map((code) => groupSavings(code, byCode.get(code) ?? [], values)),
    ungrouped: ungrouped.map((record) => recordCost(record, values)),
    baselines: codes.flatMap((code) => {
      const national = catalogue.nationalByCode.get(code);
      return national ? [recordCost(national, values)] : [];
    }),
  };
}

const cache = new WeakMap<Catalogue, { costs: CatalogueCosts; byCode: Map<string, GroupSavings> }>();

function indexed(catalogue: Catalogue) {
  let entry = cache.get(catalogue);
  if (!entry) {
    const costs = catalogueCosts(catalogue);
    entry = { costs, byCode: new Map(costs.groups.map((g) => [g.code, g])) };
    cache.set(catalogue, entry);
  }
  return entry;
}

/** The engine's `costOf` hook (ReviewOptions): costs are computed once per catalogue object, then looked up. */
export function findingCostOf(finding: Finding, catalogue: Catalogue): FindingCost | undefined {
  const group = finding.code === undefined ? undefined : indexed(catalogue).byCode.get(finding.code);
  return group && costForRecords(group, finding.records);
}

/** Findings with `cost` set where it applies (a new array; findings are not mutated). */
export function withCosts(findings: readonly Finding[], costs: CatalogueCosts): Finding[] {
  const byCode = new Map(costs.groups.map((g) => [g.code, g]));
  return findings.map((finding) => {
    const group = finding.code === undefined ? undefined : byCode.get(finding.code);
    const cost = group && costForRecords(group, finding.records);
    return cost ? { ...finding, cost } : finding;
  });
}
