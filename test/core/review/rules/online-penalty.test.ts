import { describe, expect, it } from 'vitest';
import { onlinePenalty } from '../../../../src/core/review/rules/online-penalty.ts';
import { runRule } from '../content.ts';

const channels = { in_person: true, postal: false, online: 'partial' };

describe('online-penalty', () => {
  it('flags online taking longer or costing more than in person', async () => {
    const findings = await runRule(onlinePenalty, {
      records: {
        'xa/a': { processing_time: '03 ngày làm việc', channels, by_channel: { online: { processing_time: '04 ngày làm việc' } } },
        'xa/b': { fees: [{ name: 'Lệ phí', amount: 50000 }], channels, by_channel: { online: { fees: [{ name: 'Lệ phí', amount: 150000 }] } } },
      },
      national: { '1.013442': { processing_time: '3 Ngày làm việc', channels, by_channel: { online: { processing_time: '4 Ngày làm việc' } } } },
    });
    expect(findings.map((f) => [f.records[0], f.field])).toEqual([
      ['national/1.013442', 'by_channel.online.processing_time'],
      ['xa/a', 'by_channel.online.processing_time'],
      ['xa/b', 'by_channel.online.fees'],
    ]);
    expect(findings[2]!.message).toBe('xa/b: nộp trực tuyến phải trả 150.000 đ, nhiều hơn nộp trực tiếp (50.000 đ).');
  });

  it('accepts online faster or cheaper, equal values written differently, and records without online filing', async () => {
    const findings = await runRule(onlinePenalty, {
      records: {
        'xa/a': { processing_time: '03 ngày làm việc', channels, by_channel: { online: { processing_time: '24 giờ' } } },
        'xa/b': { processing_time: '05 ngày làm việc', channels, by_channel: { online: { processing_time: '7 ngày' } } },
        'xa/c': {
          channels: { in_person: true, postal: false, online: 'none' },
          by_channel: { online: { fees: [{ name: 'Lệ phí', amount: 150000 }] } },
        },
      },
    });
    expect(findings).toEqual([]);
  });
});
