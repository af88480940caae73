import { describe, expect, it } from 'vitest';
import { exceedsBaselineTime } from '../../../../src/core/review/rules/exceeds-baseline-time.ts';
import { runRule, which } from '../content.ts';

describe('exceeds-baseline-time', () => {
  it('flags a record slower than its national baseline, even when the baseline lists another level', async () => {
    const findings = await runRule(exceedsBaselineTime, {
      records: {
        'xa/a': { processing_time: '07 ngày làm việc' },
        'xa/b': { processing_time: { value: 2, unit: 'working_days' } },
      },
      national: { '1.001193': { levels: ['tinh'], processing_time: { value: 5, unit: 'working_days' } } },
    });
    expect(which(findings)).toEqual(['national/1.001193 xa/a']);
    expect(findings[0]).toMatchObject({ severity: 'error', code: '1.001193', field: 'processing_time' });
    expect(findings[0]!.message).toBe(
      'Thời hạn của "Đăng ký khai sinh" (cấp xã) (7 ngày làm việc) dài hơn bản quốc gia mã 1.001193 (5 ngày làm việc).',
    );
  });

  it('compares in the units the law uses: "05 ngày làm việc" is 5 working days; "7 ngày" is not longer than 5 working days', async () => {
    const findings = await runRule(exceedsBaselineTime, {
      records: { 'xa/a': { processing_time: '05 ngày làm việc' }, 'xa/b': { processing_time: '7 ngày' } },
      national: { '1.001193': { processing_time: { value: 5, unit: 'working_days' } } },
    });
    expect(findings).toEqual([]);
  });

  it('flags a longer time only when both readings agree: 8 ngày is longer than 5 ngày làm việc', async () => {
    const findings = await runRule(exceedsBaselineTime, {
      records: { 'xa/a': { processing_time: '8 ngày' } },
      national: { '1.001193': { processing_time: { value: 5, unit: 'working_days' } } },
    });
    expect(which(findings)).toEqual(['national/1.001193 xa/a']);
    expect(findings[0]!.message).not.toMatch(/≈|,\d/);
  });

  // Real rows of national 1.013225 (building permits): "15 Ngày" in person and "20 Ngày" online and by post are
  // two cases (individual houses, other works), not two channels.
  it('takes every time the baseline states as a case it allows: 20 ngày is within 15 / 20 ngày', async () => {
    const findings = await runRule(exceedsBaselineTime, {
      records: {
        'xa/a': {
          processing_time: {
            value: 20,
            unit: 'days',
            text: '20 ngày (15 ngày đối với nhà ở riêng lẻ) kể từ ngày nhận đủ hồ sơ hợp lệ',
          },
        },
      },
      national: {
        '1.001193': {
          processing_time: { value: 15, unit: 'days', text: '15 Ngày' },
          by_channel: {
            online: { processing_time: { value: 20, unit: 'days', text: '20 Ngày' } },
            postal: { processing_time: { value: 20, unit: 'days', text: '20 Ngày' } },
          },
        },
      },
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
