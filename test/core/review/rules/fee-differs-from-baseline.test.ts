import { describe, expect, it } from 'vitest';
import { feeDiffersFromBaseline } from '../../../../src/core/review/rules/fee-differs-from-baseline.ts';
import { runRule, which } from '../content.ts';

describe('fee-differs-from-baseline', () => {
  it('flags a record charging where its baseline is free, and a different amount', async () => {
    const findings = await runRule(feeDiffersFromBaseline, {
      records: {
        'xa/a': { fees: [{ name: 'Lệ phí đăng ký khai sinh', amount: 8000 }] },
        'xa/b': { fees: [{ name: 'Lệ phí đăng ký khai sinh', amount: 0 }] },
      },
      national: { '1.001193': { fees: [{ name: 'Lệ phí', amount: 0 }] } },
    });
    expect(which(findings)).toEqual(['national/1.001193 xa/a']);
    expect(findings[0]!.message).toBe('Phí, lệ phí "Lệ phí": xa/a thu 8.000 đ, bản quốc gia national/1.001193 miễn phí.');
  });

  it('flags a fee absent from a baseline that charges nothing', async () => {
    const findings = await runRule(feeDiffersFromBaseline, {
      records: { 'xa/a': { fees: [{ name: 'Phí cấp bản sao', amount: 3000 }] } },
      national: { '1.001193': { fees: [] } },
    });
    expect(which(findings)).toEqual(['national/1.001193 xa/a']);
  });

  it('does not compare with a baseline amount that is unknown or contradicted by its note', async () => {
    const findings = await runRule(feeDiffersFromBaseline, {
      records: { 'xa/a': { fees: [{ name: 'Lệ phí', amount: 8000 }] }, 'xa/b': { code: '2.000635', fees: [{ name: 'Lệ phí', amount: 15000 }] } },
      national: {
        '1.001193': { fees: [{ name: 'Lệ phí', amount: 0, note: 'Mức lệ phí do Hội đồng nhân dân tỉnh quyết định' }] },
        '2.000635': { fees: [{ name: 'Lệ phí', amount: null, note: 'Theo Nghị quyết của HĐND tỉnh' }] },
      },
    });
    expect(findings).toEqual([]);
  });

  it('does not flag the same amount under a more specific name', async () => {
    const findings = await runRule(feeDiffersFromBaseline, {
      records: { 'xa/a': { fees: [{ name: 'Lệ phí đăng ký khai sinh', amount: 8000 }] } },
      national: { '1.001193': { fees: [{ name: 'Lệ phí', amount: 8000 }] } },
    });
    expect(findings).toEqual([]);
  });
});
