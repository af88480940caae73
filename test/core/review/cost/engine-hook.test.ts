import { describe, expect, it } from 'vitest';
import { findingCostOf, withCosts } from '../../../../src/core/review/cost/catalogue-costs.ts';
import { review } from '../../../../src/core/review/engine.ts';
import { catalogue, finding, national, published } from './make-records.ts';

const a = published('xa/a', { code: '1.001193', fees: [{ name: 'Lệ phí', amount: 50_000 }] });
const b = published('xa/b', { code: '1.001193', fees: [{ name: 'Lệ phí', amount: 0 }] });
const cat = catalogue([a, b, published('xa/khong-ma')], [national('1.001193')]);

describe('findingCostOf (the engine hook)', () => {
  it('gives the same cost as withCosts', () => {
    const f = finding({ code: '1.001193', records: ['xa/a', 'xa/b'] });
    expect(findingCostOf(f, cat)).toEqual(withCosts([f], cat)[0]?.cost);
  });

  it('is attached by the review engine', () => {
    const result = review(cat, { today: '2026-11-30', costOf: findingCostOf });
    const withCost = result.findings.filter((f) => f.cost);
    expect(withCost.length).toBeGreaterThan(0);
    // Every finding about a published record has one; findings about the national record alone none.
    expect(withCost.every((f) => f.records.some((id) => !id.startsWith('national/')))).toBe(true);
  });
});
