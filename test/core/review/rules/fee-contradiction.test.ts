import { describe, expect, it } from 'vitest';
import { feeContradictionRule } from '../../../../src/core/review/rules/fee-contradiction.ts';
import { runRule } from '../content.ts';

describe('fee-contradiction', () => {
  it('flags "free" beside a note that states an amount or defers to the People’s Council, national records included', async () => {
    const findings = await runRule(feeContradictionRule, {
      records: { 'xa/a': { fees: [{ name: 'Lệ phí', amount: 0, note: 'Thu 50.000 đồng/lần' }] } },
      national: {
        '1.004873': { fees: [{ name: 'Lệ phí', amount: 0, note: 'Mức lệ phí do Hội đồng nhân dân tỉnh quyết định' }] },
      },
    });
    expect(findings.map((f) => [f.records[0], f.field])).toEqual([
      ['national/1.004873', 'fees'],
      ['xa/a', 'fees'],
    ]);
    expect(findings[0]!.message).toBe(
      '"Đăng ký khai sinh" (bản quốc gia mã 1.004873): "Lệ phí" ghi miễn phí nhưng ghi chú nói HĐND tỉnh quyết định mức thu.',
    );
    expect(findings[0]!.message).not.toMatch(/xa\/|national\//);
    expect(findings[1]!.message).toContain('nêu 50.000 đ');
  });

  it('checks per-channel fees', async () => {
    const findings = await runRule(feeContradictionRule, {
      records: {
        'xa/a': {
          by_channel: { online: { fees: [{ name: 'Lệ phí', amount: 0, note: 'Theo Nghị quyết HĐND tỉnh quy định' }] } },
        },
      },
    });
    expect(findings.map((f) => f.field)).toEqual(['by_channel.online.fees']);
  });

  it('accepts an exemption note, and a charged amount repeated in its note', async () => {
    const findings = await runRule(feeContradictionRule, {
      records: {
        'xa/a': { fees: [{ name: 'Lệ phí', amount: 0, note: 'Miễn lệ phí khi đăng ký đúng hạn' }] },
        'xa/b': { fees: [{ name: 'Lệ phí', amount: 8000, note: '8.000 đồng/lần' }] },
      },
    });
    expect(findings).toEqual([]);
  });
});
