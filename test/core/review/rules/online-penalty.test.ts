import { describe, expect, it } from 'vitest';
import { onlinePenalty } from '../../../../src/core/review/rules/online-penalty.ts';
import { runRule } from '../content.ts';

const channels = { in_person: true, postal: false, online: 'partial' };

describe('online-penalty', () => {
  it('flags online taking longer or costing more than in person', async () => {
    const findings = await runRule(onlinePenalty, {
      records: {
        'xa/a': {
          processing_time: '03 ngày làm việc',
          channels,
          by_channel: { online: { processing_time: '04 ngày làm việc' } },
        },
        'xa/b': {
          fees: [{ name: 'Lệ phí', amount: 50000 }],
          channels,
          by_channel: { online: { fees: [{ name: 'Lệ phí', amount: 150000 }] } },
        },
      },
      national: {
        '1.013442': {
          processing_time: '3 Ngày làm việc',
          channels,
          by_channel: { online: { processing_time: '4 Ngày làm việc' } },
        },
      },
    });
    // In the national table per-channel times are mostly cases entered as channel rows (national 1.013993: 12
    // working days, +10 in difficult communes): only a province's own publication is read as channel times.
    expect(findings.map((f) => [f.records[0], f.field])).toEqual([
      ['xa/a', 'by_channel.online.processing_time'],
      ['xa/b', 'by_channel.online.fees'],
    ]);
    expect(findings[1]!.message).toBe(
      '"Đăng ký khai sinh" (cấp xã): nộp trực tuyến phải trả 150.000 đ, nhiều hơn nộp trực tiếp (50.000 đ).',
    );
  });

  // Real rows of national 2.001583: the online row shows the 100.000 đ publication fee, the desk row the
  // registration fee at 50% (50.000 đ): two charges, not one fee dearer online. National rows are no channel's price.
  it('does not read national channel rows as channel prices, nor compare suspect amounts under 1.000 đ', async () => {
    const findings = await runRule(onlinePenalty, {
      records: {
        'xa/a': {
          fees: [{ name: 'Phí', amount: 25 }],
          channels,
          by_channel: { online: { fees: [{ name: 'Phí', amount: 100 }] } },
        },
      },
      national: {
        '2.001583': {
          fees: [{ name: 'Lệ phí', amount: 50000 }],
          channels,
          by_channel: { online: { fees: [{ name: 'Phí công bố', amount: 100000 }] } },
        },
      },
    });
    expect(findings).toEqual([]);
  });

  it('accepts online faster or cheaper, equal values written differently, and records without online filing', async () => {
    const findings = await runRule(onlinePenalty, {
      records: {
        'xa/a': {
          processing_time: '03 ngày làm việc',
          channels,
          by_channel: { online: { processing_time: '24 giờ' } },
        },
        'xa/b': {
          processing_time: '05 ngày làm việc',
          channels,
          by_channel: { online: { processing_time: '7 ngày' } },
        },
        'xa/c': {
          channels: { in_person: true, postal: false, online: 'none' },
          by_channel: { online: { fees: [{ name: 'Lệ phí', amount: 150000 }] } },
        },
      },
    });
    expect(findings).toEqual([]);
  });
});
