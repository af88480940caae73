import { describe, expect, it } from 'vitest';
import { catalogueCosts, withCosts } from '../../../../src/core/review/cost/catalogue-costs.ts';
import { catalogue, finding, national, published } from './make-records.ts';

const a = published('xa/a', { code: '1.001193', fees: [{ name: 'Lệ phí', amount: 50_000 }] });
const b = published('xa/b', { code: '1.001193', fees: [{ name: 'Lệ phí', amount: 0 }] });
const loose = published('xa/khong-ma');
const cat = catalogue([a, b, loose], [national('1.001193')], { cost: { income_per_hour: 30_000 } });

describe('catalogueCosts', () => {
  const costs = catalogueCosts(cat);

  it('groups published records by code, costs ungrouped records alone and national baselines beside', () => {
    expect(costs.groups.map((g) => g.code)).toEqual(['1.001193']);
    expect(costs.groups[0]?.records.map((r) => r.record)).toEqual(['xa/a', 'xa/b']);
    expect(costs.ungrouped.map((c) => c.record)).toEqual(['xa/khong-ma']);
    expect(costs.baselines.map((c) => c.record)).toEqual(['national/1.001193']);
  });

  it('uses the site.yaml overrides', () => {
    expect(costs.parameters.income_per_hour).toBe(30_000);
  });
});

describe('withCosts', () => {
  it('puts on a finding about published records what its own proposal saves, and nothing on a national-only finding', () => {
    const [grouped, nationalOnly, ungrouped, dropped] = withCosts(
      [
        finding({ code: '1.001193', records: ['xa/a', 'xa/b'] }),
        finding({ code: '1.001193', records: ['national/1.001193'], rule: 'ambiguous-time' }),
        finding({ records: ['xa/khong-ma'], rule: 'ungrouped-record' }),
        finding({ code: '1.001193', records: ['national/1.001193', 'xa/a'], rule: 'fee-differs-from-baseline' }),
      ],
      cat,
    );
    // fee-mismatch names no fee the law sets: it proposes no change, so it saves nothing.
    expect(grouped?.cost?.saving).toBe(0);
    expect(grouped?.cost?.before).toBe(catalogueCosts(cat).groups[0]?.records.find((r) => r.record === 'xa/a')?.before);
    expect(nationalOnly?.cost).toBeUndefined();
    expect(ungrouped?.cost?.saving).toBe(0);
    // The national record charges nothing: bringing the fee to it saves the 50,000 đ.
    expect(dropped?.cost?.saving).toBe(50_000);
  });

  it('does not change the findings it is given', () => {
    const input = [finding({ code: '1.001193', records: ['xa/a'] })];
    withCosts(input, cat);
    expect(input[0]?.cost).toBeUndefined();
  });
});
