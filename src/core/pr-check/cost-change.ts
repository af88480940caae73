import type { Catalogue } from '../catalogue/types.ts';
import { catalogueCosts } from '../review/cost/catalogue-costs.ts';

/** One published record's compliance cost at the base revision and now (absent on the side it does not exist). */
export interface RecordCostChange {
  record: string;
  /** VND per case. */
  base?: number;
  head?: number;
  /** VND per year, when the record gives `annual_volume`. */
  annual_base?: number;
  annual_head?: number;
}

export interface CostChange {
  /** Records added, removed, or whose cost per case or per year changed; by record id. */
  records: RecordCostChange[];
  /** Sum of the cost per case over every published record. */
  per_case: { base: number; head: number };
  /** Sum of the cost per year over the records that give `annual_volume`. */
  annual: { base: number; head: number };
}

interface Costs {
  per_case: number;
  annual?: number;
}

/**
 * What a change does to citizens' compliance cost (Circular 02/2017/TT-VPCP, Art. 27, as src/core/review/cost
 * computes it): each published record's cost per case now against the base revision, and the totals.
 */
export function costChange(base: Catalogue, head: Catalogue): CostChange {
  const before = costsByRecord(base);
  const after = costsByRecord(head);
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
  const records: RecordCostChange[] = [];
  for (const record of ids) {
    const b = before.get(record);
    const a = after.get(record);
    if (b && a && b.per_case === a.per_case && b.annual === a.annual) continue;
    records.push({
      record,
      ...(b ? { base: b.per_case } : {}),
      ...(a ? { head: a.per_case } : {}),
      ...(b?.annual !== undefined ? { annual_base: b.annual } : {}),
      ...(a?.annual !== undefined ? { annual_head: a.annual } : {}),
    });
  }
  const sum = (m: Map<string, Costs>, f: (c: Costs) => number | undefined) =>
    [...m.values()].reduce((s, c) => s + (f(c) ?? 0), 0);
  return {
    records,
    per_case: { base: sum(before, (c) => c.per_case), head: sum(after, (c) => c.per_case) },
    annual: { base: sum(before, (c) => c.annual), head: sum(after, (c) => c.annual) },
  };
}

function costsByRecord(catalogue: Catalogue): Map<string, Costs> {
  const costs = catalogueCosts(catalogue);
  const out = new Map<string, Costs>();
  // Per year as the cost model defines it (group-savings.ts): per case × times_per_year × annual_volume.
  const perYear = costs.parameters.times_per_year;
  const volume = new Map(catalogue.records.map((r) => [r.id, r.data.annual_volume]));
  for (const cost of [...costs.groups.flatMap((g) => g.costs), ...costs.ungrouped]) {
    const v = volume.get(cost.record);
    out.set(cost.record, { per_case: cost.total, ...(v !== undefined ? { annual: cost.total * perYear * v } : {}) });
  }
  return out;
}
