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
    expect(compareCosts(400, 100)).toEqual({
      before: 400,
      after: 100,
      saving: 300,
      saving_ratio: 0.75,
      clamped: false,
    });
  });

  it('gives a ratio of 0 when nothing costs anything', () => {
    expect(compareCosts(0, 0).saving_ratio).toBe(0);
  });

  it('never turns a higher "after" into a negative saving: it reports no saving and says it clamped', () => {
    const c = compareCosts(100, 150);
    expect(c).toMatchObject({ before: 100, after: 100, saving: 0, saving_ratio: 0, clamped: true });
  });
});

// A proposal: accept a copy shown with the original instead of the certified copy of xa/ban-nghiem.
const relax = {
  record: 'xa/ban-nghiem',
  finding: 'certified-copy-required:xa/ban-nghiem:documents:giay-chung-sinh',
  rule: 'certified-copy-required',
  kind: 'accept_copy' as const,
  documents: ['Giấy chứng sinh'],
  forms: ['copy_with_original' as const],
  label: 'Nhận bản sao kèm bản chính để đối chiếu.',
};

describe('groupSavings', () => {
  const group = groupSavings('1.001193', [lenient, online, strict], p, [relax]);

  it('costs each record after the changes proposed for it, and leaves the others as they are', () => {
    const byId = Object.fromEntries(group.records.map((r) => [r.record, r]));
    expect(byId['xa/ban-de']?.saving).toBe(0);
    expect(byId['xa/ban-truc-tuyen']?.saving).toBe(0);
    // The certified copy goes: its certification fee and the trip to certify.
    const now = recordCost(strict, p);
    const cut = now.lines.filter((l) => l.item.startsWith('certify')).reduce((s, l) => s + l.amount, 0);
    expect(byId['xa/ban-nghiem']?.saving).toBe(cut);
    expect(group.changes).toEqual([relax]);
  });

  it('saves nothing without a proposal, however much the versions differ', () => {
    const none = groupSavings('1.001193', [lenient, online, strict], p);
    expect(none.records.every((r) => r.saving === 0)).toBe(true);
  });

  it('shows one citizen the most burdensome version, now and after the proposal', () => {
    const worst = Math.max(...group.costs.map((c) => c.total));
    expect(group.per_case.before).toBe(worst);
    expect(group.per_case.after).toBe(group.records.find((r) => r.before === worst)?.after);
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
    const twice = groupSavings('1.001193', [strict, lenient], resolveCostParameters({ times_per_year: 2 }).values, [
      relax,
    ]);
    const once = groupSavings('1.001193', [strict, lenient], p, [relax]);
    expect(twice.annual?.before).toBe(2 * (once.annual?.before ?? 0));
  });

  it('keeps its arithmetic on any group: saving = before - after, ratio, sums, nothing negative', () => {
    fc.assert(
      fc.property(groupArb, (records) => {
        const changes = records.map((r) => ({
          ...relax,
          record: r.id,
          documents: r.data.documents.map((d) => d.name),
          kind: 'drop_document' as const,
        }));
        const g = groupSavings('1.001193', records, p, changes);
        const all = [
          g.per_case,
          ...(g.annual ? [g.annual] : []),
          ...g.records,
          ...g.records.flatMap((r) => (r.annual ? [r.annual] : [])),
        ];
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
        // Every document dropped: after is the cost with no documents at all.
        for (const [i, c] of g.after_costs.entries()) expect(c.components.documents).toBe(0 * i);
      }),
    );
  });
});

describe('costForRecords', () => {
  const group = groupSavings('1.001193', [lenient, online, strict], p, [relax]);

  it('costs a finding by the most burdensome record it names and sums their yearly figures', () => {
    const cost = costForRecords(group, ['national/1.001193', 'xa/ban-nghiem', 'xa/ban-truc-tuyen']);
    const named = group.records.filter((r) => r.record !== 'xa/ban-de');
    const worst = named.reduce((w, r) => (r.before > w.before ? r : w));
    expect(cost?.before).toBe(worst.before);
    expect(cost?.saving).toBe(worst.before - worst.after);
    expect(cost?.annual_saving).toBe(named.reduce((s, r) => s + (r.annual?.saving ?? 0), 0));
  });

  it('leaves out the yearly figures when no named record has a volume', () => {
    expect(costForRecords(group, ['xa/ban-de'])?.annual_before).toBeUndefined();
  });

  it('gives no cost to a finding about the national record only', () => {
    expect(costForRecords(group, ['national/1.001193'])).toBeUndefined();
  });
});
