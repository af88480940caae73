import { describe, expect, it } from 'vitest';
import { ambiguousTime } from '../../../../src/core/review/rules/ambiguous-time.ts';
import { missingInformation } from '../../../../src/core/review/rules/missing-information.ts';
import { runRule } from '../content.ts';

describe('ambiguous-time', () => {
  it('flags national times with no unit, "Không có thông tin" or unreadable text, per channel too', async () => {
    const findings = await runRule(ambiguousTime, {
      national: {
        '1.001193': { processing_time: '1' },
        '1.000656': {
          processing_time: 'Không có thông tin',
          by_channel: { online: { processing_time: '5 ngày làm việc' } },
        },
        '2.000635': { processing_time: 'Theo thỏa thuận' },
        '1.004873': {
          processing_time: '03 ngày làm việc',
          channels: { in_person: true, postal: false, online: 'partial' },
          by_channel: { online: { processing_time: '3' } },
        },
      },
    });
    expect(findings.map((f) => [f.records[0], f.field])).toEqual([
      ['national/1.000656', 'processing_time'],
      ['national/1.001193', 'processing_time'],
      ['national/1.004873', 'by_channel.online.processing_time'],
      ['national/2.000635', 'processing_time'],
    ]);
    expect(findings[1]!.message).toBe(
      'Thời hạn của "Đăng ký khai sinh" (bản quốc gia mã 1.001193) "1" chỉ có con số, không có đơn vị (ngày làm việc, ngày hay giờ?).',
    );
    expect(findings[1]!.message).not.toMatch(/xa\/|national\//);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('leaves a time that is "Không có thông tin" on every channel to missing-information: nothing is published', async () => {
    const findings = await runRule(ambiguousTime, {
      national: { '1.004089': { processing_time: 'Không có thông tin' } },
    });
    expect(findings).toEqual([]);
    const missing = await runRule(missingInformation, {
      national: { '1.004089': { processing_time: 'Không có thông tin' } },
    });
    expect(missing.map((f) => [f.field, f.severity])).toEqual([['processing_time', 'error']]);
  });

  it('accepts readable times, text or object', async () => {
    const findings = await runRule(ambiguousTime, {
      records: { 'xa/a': { processing_time: '05 ngày làm việc' } },
      national: {
        '1.001193': { processing_time: 'Trong ngày' },
        '1.000656': { processing_time: { value: 3, unit: 'working_days', text: '3' } },
      },
    });
    expect(findings).toEqual([]);
  });
});
