import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCosts, costForRecords, groupSavings } from '../../../../src/core/review/cost/group-savings.ts';
import { DEFAULT_VALUES, resolveCostParameters } from '../../../../src/core/review/cost/parameters.ts';
import { recordCost } from '../../../../src/core/review/cost/record-cost.ts';
import { published } from './make-records.ts';
import { groupArb } from './arbitraries.ts';

const p = DEFAULT_VALUES;

const strict = published('xa/ban-nghiem', {
  code: '1.001193',
  documents: [{ name: 'Giấy chứng sinh', form: 'certified_copy' }],
  fees: [{ name: 'Lệ phí', amount: 50_000 }],
  annual_volume: 1_000,
});
const online = published('xa/ban-truc-tuyen', {
  code: '1.001193',
  documents: [{ name: 'Giấy chứng sinh', form: 'certified_copy' }],
  fees: [{ name: 'Lệ phí', amount: 80_000 }],
  channels: { in_person: true, postal: true, online: 'full' },
  annual_volume: 3_000,
});
const lenient = published('xa/ban-de', {
  code: '1.001193',
  documents: [{ name: 'Giấy chứng sinh', form: 'copy_with_original' }],
  fees: [{ name: 'Lệ phí', amount: 0 }],
});

describe('compareCosts', () => {
  it('gives saving = before - after and ratio = saving / before', () => {
    expect(compareCosts(400, 100)).toEqual({ before: 400, after: 100, saving: 300, saving_ratio: 0.75, clamped: false });
  });

  it('gives a ratio of 0 when nothing costs anything', () => {
    expect(compareCosts(0, 0).saving_ratio).toBe(0);
  });

  it('never turns a higher "after" into a negative saving: it reports no saving and says it clamped', () => {
    const c = compareCosts(100, 150);
    expect(c).toMatchObject({ before: 100, after: 100, saving: 0, saving_ratio: 0, clamped: true });
  });
});

describe('groupSavings', () => {
  const group = groupSavings('1.001193', [lenient, online, strict], p);

  it('takes the least burdensome published practice part by part, naming the record that publishes it', () => {
    const best = Object.fromEntries(group.best.map((b) => [b.component, b.record]));
    expect(best['documents']).toBe('xa/ban-de');
    expect(best['channel']).toBe('xa/ban-truc-tuyen');
    expect(best['fees']).toBe('xa/ban-de');
    const costs = [lenient, online, strict].map((r) => recordCost(r, p));
    expect(group.after_per_case).toBe(
      Math.min(...costs.map((c) => c.components.learn)) +
        Math.min(...costs.map((c) => c.components.documents)) +
        Math.min(...costs.map((c) => c.components.channel)) +
        Math.min(...costs.map((c) => c.components.fees)),
    );
  });

  it('shows one citizen the most burdensome version against the target', () => {
    const worst = Math.max(...group.costs.map((c) => c.total));
    expect(group.per_case.before).toBe(worst);
    expect(group.per_case.after).toBe(group.after_per_case);
  });

  it('adds the province-wide saving over records with a volume and lists those without', () => {
    expect(group.records_without_volume).toEqual(['xa/ban-de']);
    const withVolume = group.records.filter((r) => r.annual);
    expect(withVolume.map((r) => r.record).sort()).toEqual(['xa/ban-nghiem', 'xa/ban-truc-tuyen']);
    const strictSaving = group.records.find((r) => r.record === 'xa/ban-nghiem');
    expect(strictSaving?.annual?.saving).toBe((strictSaving?.saving ?? 0) * 1_000);
    expect(group.annual?.saving).toBe(withVolume.reduce((s, r) => s + (r.annual?.saving ?? 0), 0));
  });

  it('multiplies the annual figures by times_per_year', () => {
    const twice = groupSavings('1.001193', [strict, lenient], resolveCostParameters({ times_per_year: 2 }).values);
    const once = groupSavings('1.001193', [strict, lenient], p);
    expect(twice.annual?.before).toBe(2 * (once.annual?.before ?? 0));
  });

  it('keeps its arithmetic on any group: saving = before - after, ratio, sums, nothing negative', () => {
    fc.assert(
      fc.property(groupArb, (records) => {
        const g = groupSavings('1.001193', records, p);
        const all = [g.per_case, ...(g.annual ? [g.annual] : []), ...g.records, ...g.records.flatMap((r) => (r.annual ? [r.annual] : []))];
        for (const c of all) {
          expect(c.saving).toBe(c.before - c.after);
          expect(c.saving).toBeGreaterThanOrEqual(0);
          expect(c.saving_ratio).toBe(c.before === 0 ? 0 : c.saving / c.before);
          expect(c.clamped).toBe(false);
        }
        if (g.annual) {
          const annuals = g.records.flatMap((r) => (r.annual ? [r.annual] : []));
          expect(g.annual.before).toBe(annuals.reduce((s, a) => s + a.before, 0));
          expect(g.annual.after).toBe(annuals.reduce((s, a) => s + a.after, 0));
        }
        // The best record of every part pays exactly the target on that part.
        for (const b of g.best) {
          expect(g.costs.find((c) => c.record === b.record)?.components[b.component]).toBe(b.amount);
        }
      }),
    );
  });
});

describe('costForRecords', () => {
  const group = groupSavings('1.001193', [lenient, online, strict], p);

  it('costs a finding by the most burdensome record it names and sums their yearly figures', () => {
    const cost = costForRecords(group, ['national/1.001193', 'xa/ban-nghiem', 'xa/ban-truc-tuyen']);
    const named = group.records.filter((r) => r.record !== 'xa/ban-de');
    const worst = named.reduce((w, r) => (r.before > w.before ? r : w));
    expect(cost?.before).toBe(worst.before);
    expect(cost?.saving).toBe(worst.before - group.after_per_case);
    expect(cost?.annual_saving).toBe(named.reduce((s, r) => s + (r.annual?.saving ?? 0), 0));
  });

  it('leaves out the yearly figures when no named record has a volume', () => {
    expect(costForRecords(group, ['xa/ban-de'])?.annual_before).toBeUndefined();
  });

  it('gives no cost to a finding about the national record only', () => {
    expect(costForRecords(group, ['national/1.001193'])).toBeUndefined();
  });
});
