/**
 * The cost after simplification is the cost now minus what the proposal cuts (Circular 02/2017/TT-VPCP,
 * Art. 27(1)(b)): one procedure recomputed by hand from Art. 27's formula, line by line.
 */
import { describe, expect, it } from 'vitest';
import { catalogueCosts, findingCostOf } from '../../../../src/core/review/cost/catalogue-costs.ts';
import { DEFAULT_VALUES as p } from '../../../../src/core/review/cost/parameters.ts';
import { certificationFeePerCopy } from '../../../../src/core/review/cost/record-cost.ts';
import { review } from '../../../../src/core/review/engine.ts';
import { catalogue, national, published } from './make-records.ts';

const TODAY = '2026-11-30';

// The national record: a form and a birth certificate copy shown with the original, online end to end, free.
const baseline = national('1.001193', {
  documents: [
    { name: 'Tờ khai đăng ký khai sinh', form: 'original' },
    { name: 'Giấy chứng sinh', form: 'copy_with_original' },
  ],
  channels: { in_person: true, postal: true, online: 'full' },
  fees: [],
});

// The province's version: the same two papers, but a certified copy of the certificate, an extra paper the law
// does not ask for (a certified copy too), in person only, and a fee the national record does not charge.
const commune = published('xa/khai-sinh', {
  code: '1.001193',
  documents: [
    { name: 'Tờ khai đăng ký khai sinh', form: 'original' },
    { name: 'Giấy chứng sinh', form: 'certified_copy' },
    { name: 'Giấy xác nhận của tổ trưởng tổ dân phố', form: 'certified_copy' },
  ],
  channels: { in_person: true, postal: false, online: 'none' },
  fees: [{ name: 'Lệ phí đăng ký khai sinh', amount: 8_000 }],
  annual_volume: 1_200,
});

function run(decisions: { key: string; status: 'justified' | 'fix_planned' | 'fixed'; note: string }[] = []) {
  const cat = {
    ...catalogue([commune], [baseline]),
    decisions: decisions.map((d) => ({ ...d, date: TODAY })),
  } as ReturnType<typeof catalogue>;
  const result = review(cat, { today: TODAY, costOf: findingCostOf });
  const costs = catalogueCosts(cat, result.findings);
  return { result, group: costs.groups[0]! };
}

describe('cost after the proposed simplification', () => {
  const { result, group } = run();
  const rules = new Set(result.findings.map((f) => f.rule));

  it('is what the findings propose, each change named with its finding', () => {
    // The preconditions of the hand computation below: the review finds each problem.
    for (const r of ['extra-document', 'certified-copy-required', 'no-online-channel']) expect(rules).toContain(r);
    const kinds = group.changes.map((c) => c.kind).sort();
    expect(kinds).toEqual(expect.arrayContaining(['drop_document', 'accept_copy', 'online']));
    for (const c of group.changes) expect(result.findings.map((f) => f.key)).toContain(c.finding);
  });

  it('matches a hand computation of Art. 27: hours × income per hour + copies, certification, travel + fees', () => {
    const income = p.income_per_hour;
    const cert = certificationFeePerCopy(p.pages_per_document, p); // 2 pages × 2,000 đ under Circular 226/2016
    // Now: learn; prepare 3 papers; photocopy 2 certified copies; certify 2 copies, one trip to certify;
    // two trips in person (submit, collect); the fee.
    const beforeHours =
      p.hours_to_learn + 3 * p.hours_per_document + p.hours_to_certify + p.trips_in_person * p.hours_per_trip;
    const beforeMoney =
      2 * p.pages_per_document * p.copy_per_page +
      2 * cert +
      p.travel_cost_per_trip +
      p.trips_in_person * p.travel_cost_per_trip +
      8_000;
    // After: the extra paper dropped, the certificate as a copy shown with the original (a photocopy, no
    // certification, no trip to certify), online end to end as the national record offers.
    const hasFeeChange = rules.has('fee-differs-from-baseline');
    const afterHours = p.hours_to_learn + 2 * p.hours_per_document + p.hours_online;
    const afterMoney = p.pages_per_document * p.copy_per_page + (hasFeeChange ? 0 : 8_000);
    const round = (hours: number, money: number) =>
      Math.round(p.hours_to_learn * income) + Math.round((hours - p.hours_to_learn) * income) + money;
    const before = group.records[0]!;
    expect(before.before).toBeCloseTo(round(beforeHours, beforeMoney), -1);
    expect(before.after).toBeCloseTo(round(afterHours, afterMoney), -1);
    expect(before.saving).toBe(before.before - before.after);
    // Per year: per case × times a year × dossiers a year.
    expect(group.annual?.saving).toBe(before.saving * p.times_per_year * 1_200);
  });

  it('puts on each finding what carrying out that finding alone saves', () => {
    const extra = result.findings.find((f) => f.rule === 'extra-document')!;
    const only = group.changes.filter((c) => c.finding === extra.key);
    expect(only).toHaveLength(1);
    // Dropping one certified copy: its preparation time, its photocopy and its certification fee.
    const expected =
      Math.round(p.hours_per_document * p.income_per_hour) +
      p.pages_per_document * p.copy_per_page +
      certificationFeePerCopy(p.pages_per_document, p);
    expect(extra.cost?.saving).toBeCloseTo(expected, -1);
    const timeOnly = result.findings.find(
      (f) => f.rule === 'time-differs-from-baseline' || f.rule === 'missing-information',
    );
    if (timeOnly?.cost) expect(timeOnly.cost.saving).toBe(0);
  });

  it('counts nothing for a finding the Office has justified', () => {
    const online = result.findings.find((f) => f.rule === 'no-online-channel')!;
    const { group: justified } = run([{ key: online.key, status: 'justified', note: 'Cần người yêu cầu có mặt.' }]);
    expect(justified.changes.map((c) => c.kind)).not.toContain('online');
    expect(justified.records[0]!.after).toBeGreaterThan(group.records[0]!.after);
  });

  it('never counts going online when no version of the procedure offers it', () => {
    const offline = national('1.001193', {
      ...baseline.data,
      channels: { in_person: true, postal: true, online: 'partial' },
    });
    const cat = catalogue([commune], [offline]);
    const result = review(cat, { today: TODAY });
    const costs = catalogueCosts(cat, result.findings);
    const change = costs.groups[0]!.changes.find((c) => c.kind === 'online');
    expect(change?.online ?? 'partial').toBe('partial');
  });
});
