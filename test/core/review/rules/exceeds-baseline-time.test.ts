import { describe, expect, it } from 'vitest';
import { exceedsBaselineTime } from '../../../../src/core/review/rules/exceeds-baseline-time.ts';
import { runRule, which } from '../content.ts';

describe('exceeds-baseline-time', () => {
  it('flags a record slower than its national baseline, even when the baseline lists another level', async () => {
    const findings = await runRule(exceedsBaselineTime, {
      records: { 'xa/a': { processing_time: '07 ngày làm việc' }, 'xa/b': { processing_time: { value: 2, unit: 'working_days' } } },
      national: { '1.001193': { levels: ['tinh'], processing_time: { value: 5, unit: 'working_days' } } },
    });
    expect(which(findings)).toEqual(['national/1.001193 xa/a']);
    expect(findings[0]).toMatchObject({ severity: 'error', code: '1.001193', field: 'processing_time' });
    expect(findings[0]!.message).toBe('Thời hạn của xa/a (7 ngày làm việc) dài hơn bản quốc gia national/1.001193 (5 ngày làm việc).');
  });

  it('compares in working days: "05 ngày làm việc" equals 5 working days, 7 calendar days are 5 working days', async () => {
    const findings = await runRule(exceedsBaselineTime, {
      records: { 'xa/a': { processing_time: '05 ngày làm việc' }, 'xa/b': { processing_time: '7 ngày' } },
      national: { '1.001193': { processing_time: { value: 5, unit: 'working_days' } } },
    });
    expect(findings).toEqual([]);
  });

  it('does not compare with a baseline time that has no unit', async () => {
    const findings = await runRule(exceedsBaselineTime, {
      records: { 'xa/a': { processing_time: '07 ngày làm việc' } },
      national: { '1.001193': { processing_time: '1' } },
    });
    expect(findings).toEqual([]);
  });
});
