import { describe, expect, it } from 'vitest';
import { timeDiffersFromBaseline } from '../../../../src/core/review/rules/time-differs-from-baseline.ts';
import { runRule } from '../content.ts';

const subjects = (findings: { subject?: string }[]) => findings.map((f) => f.subject);

describe('time-differs-from-baseline', () => {
  it('reports a shorter time, and a time in another unit that is neither longer nor shorter', async () => {
    const findings = await runRule(timeDiffersFromBaseline, {
      records: {
        'xa/a': { processing_time: '03 ngày làm việc' },
        'xa/b': { code: '2.000635', processing_time: '7 ngày' },
      },
      national: {
        '1.001193': { processing_time: { value: 5, unit: 'working_days' } },
        '2.000635': { processing_time: { value: 5, unit: 'working_days' } },
      },
    });
    expect(subjects(findings)).toEqual(['shorter', 'other-unit']);
    expect(findings[1]!.message).toBe(
      'Thời hạn của "Đăng ký khai sinh" (cấp xã) (7 ngày) tính theo đơn vị khác bản quốc gia mã 2.000635 (5 ngày làm việc).',
    );
  });

  // Real rows: national 1.001193 gives "1" with no unit on every channel; the Đồng Nai record says same day.
  it('says when the baseline cannot be compared because its time has no unit', async () => {
    const findings = await runRule(timeDiffersFromBaseline, {
      records: { 'xa/a': { processing_time: { value: 0, unit: 'same_day', text: 'Ngay trong ngày tiếp nhận hồ sơ' } } },
      national: { '1.001193': { processing_time: '1' } },
    });
    expect(subjects(findings)).toEqual(['unreadable-baseline']);
  });

  // Real rows: national 1.012786 gives 10 working days online and by post, 20 in person (the +10 days case).
  it('reports a record that keeps one of the times the baseline states by case or channel, unless its text names them all', async () => {
    const baseline = {
      processing_time: { value: 20, unit: 'working_days', text: '20 Ngày làm việc' },
      by_channel: {
        online: { processing_time: { value: 10, unit: 'working_days' } },
        postal: { processing_time: { value: 10, unit: 'working_days' } },
      },
    };
    const findings = await runRule(timeDiffersFromBaseline, {
      records: {
        'tinh/a': { level: 'tinh', processing_time: { value: 10, unit: 'working_days', text: '10 ngày làm việc' } },
        'tinh/b': {
          level: 'tinh',
          code: '2.000635',
          processing_time: {
            value: 10,
            unit: 'working_days',
            text: '10 ngày làm việc; 20 ngày làm việc ở xã khó khăn',
          },
        },
      },
      national: { '1.001193': baseline, '2.000635': baseline },
    });
    expect(findings.map((f) => [f.records[1], f.subject])).toEqual([['tinh/a', 'fewer-cases']]);
  });

  it('is silent when the times agree', async () => {
    const findings = await runRule(timeDiffersFromBaseline, {
      records: { 'xa/a': { processing_time: '05 ngày làm việc' } },
      national: { '1.001193': { processing_time: { value: 5, unit: 'working_days' } } },
    });
    expect(findings).toEqual([]);
  });
});
