import { describe, expect, it } from 'vitest';
import { noOnlineChannel } from '../../../../src/core/review/rules/no-online-channel.ts';
import { runRule } from '../content.ts';

const online = (level: string) => ({ channels: { in_person: true, postal: true, online: level } });

describe('no-online-channel', () => {
  it('flags no online filing, national records included, and partial where a peer of the group is full', async () => {
    const findings = await runRule(noOnlineChannel, {
      records: {
        'xa/a': online('none'),
        'xa/b': { ...online('partial'), localities: ['phuoc-binh'] },
        'xa/c': { ...online('full'), localities: ['tran-bien'] },
      },
      national: { '2.000635': online('none') },
    });
    expect(findings.map((f) => f.records[0])).toEqual(['national/2.000635', 'xa/a', 'xa/b']);
    expect(findings[2]!.message).toBe(
      '"Đăng ký khai sinh" (Phường Phước Bình) chỉ trực tuyến một phần, trong khi "Đăng ký khai sinh" (Phường Trấn Biên) đã trực tuyến toàn trình.',
    );
  });

  // Real rows: chứng thực bản sao từ bản chính (2.000815) and chứng thực chữ ký (2.000884) are in person only nationally.
  it('does not flag a province record whose national version has no online channel either', async () => {
    const findings = await runRule(noOnlineChannel, {
      records: { 'xa/a': online('none') },
      national: { '1.001193': online('none') },
    });
    expect(findings.map((f) => f.records[0])).toEqual(['national/1.001193']);
  });

  it('accepts partial when no record of the group is full', async () => {
    const findings = await runRule(noOnlineChannel, {
      records: { 'xa/a': online('partial'), 'xa/b': { ...online('full'), code: '2.000635' } },
      national: { '1.001193': online('partial') },
    });
    expect(findings).toEqual([]);
  });
});
