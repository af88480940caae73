import { describe, expect, it } from 'vitest';
import { channelMismatch } from '../../../../src/core/review/rules/channel-mismatch.ts';
import { runRule } from '../content.ts';

describe('channel-mismatch', () => {
  it('flags a different online level and postal availability as two findings', async () => {
    const findings = await runRule(channelMismatch, {
      records: {
        'xa/a': { localities: ['tran-bien'], channels: { in_person: true, postal: true, online: 'full' } },
        'xa/b': { localities: ['phuoc-binh'], channels: { in_person: true, postal: false, online: 'partial' } },
      },
    });
    expect(findings.map((f) => [f.field, f.records.join(' '), f.severity])).toEqual([
      ['channels.online', 'xa/a xa/b', 'info'],
      ['channels.postal', 'xa/a xa/b', 'info'],
    ]);
    expect(findings[0]!.message).toContain('"Đăng ký khai sinh" (Phường Phước Bình) trực tuyến một phần');
    expect(findings[0]!.message).not.toMatch(/xa\/|national\//);
  });

  it('does not flag records with the same channels, or records of different codes', async () => {
    const findings = await runRule(channelMismatch, {
      records: {
        'xa/a': {},
        'xa/b': {},
        'xa/c': { code: '2.000635', channels: { in_person: true, postal: false, online: 'none' } },
      },
    });
    expect(findings).toEqual([]);
  });
});
