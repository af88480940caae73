import { describe, expect, it } from 'vitest';
import { feeMismatch } from '../../../../src/core/review/rules/fee-mismatch.ts';
import { runRule, which } from '../content.ts';

const fee = (name: string, amount: number | null, note?: string) =>
  note === undefined ? { name, amount } : { name, amount, note };

describe('fee-mismatch', () => {
  it('flags a fee charged in one record and free in others, saying who charges what', async () => {
    const findings = await runRule(feeMismatch, {
      records: {
        'xa/a': { localities: ['tran-bien'], fees: [fee('Lệ phí đăng ký khai sinh', 8000)] },
        'xa/b': { localities: ['phuoc-binh'], fees: [fee('Lệ phí đăng ký khai sinh', 0)] },
        'xa/c': { fees: [] },
      },
    });
    expect(which(findings)).toEqual(['xa/a xa/b xa/c']);
    expect(findings[0]).toMatchObject({ rule: 'fee-mismatch', severity: 'error', code: '1.001193', field: 'fees' });
    expect(findings[0]!.message).toContain('"Đăng ký khai sinh" (Phường Trấn Biên) thu 8.000 đ');
    expect(findings[0]!.message).toContain('"Đăng ký khai sinh" (Phường Phước Bình) miễn phí');
    expect(findings[0]!.message).not.toMatch(/xa\/|national\//);
  });

  it('flags different amounts of the same fee', async () => {
    const findings = await runRule(feeMismatch, {
      records: { 'xa/a': { fees: [fee('Lệ phí', 5000)] }, 'xa/b': { fees: [fee('Lệ phí', 8000)] } },
    });
    expect(which(findings)).toEqual(['xa/a xa/b']);
  });

  it('does not flag the same fee written differently, or an amount set elsewhere', async () => {
    const findings = await runRule(feeMismatch, {
      records: {
        'xa/a': { fees: [fee('Lệ phí đăng ký khai sinh', 8000)] },
        'xa/b': { fees: [fee('LỆ PHÍ ĐĂNG KÝ KHAI SINH.'.normalize('NFD'), 8000)] },
        'xa/c': { fees: [fee('Lệ phí', 8000)] },
        'xa/d': { fees: [fee('Lệ phí đăng ký khai sinh', null, 'Theo Nghị quyết của HĐND tỉnh')] },
      },
    });
    expect(findings).toEqual([]);
  });

  it('compares records of one code only, and needs two of them', async () => {
    const findings = await runRule(feeMismatch, {
      records: { 'xa/a': { fees: [fee('Lệ phí', 8000)] }, 'xa/b': { code: '2.000635', fees: [] } },
      national: { '1.001193': { fees: [] } },
    });
    expect(findings).toEqual([]);
  });

  it('keeps every value when records share a name (same title and level, no locality)', async () => {
    const findings = await runRule(feeMismatch, {
      records: { 'xa/a': { fees: [fee('Lệ phí đăng ký khai sinh', 8000)] }, 'xa/b': { fees: [] } },
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('8.000 đ');
    expect(findings[0]!.message).toContain('không thu khoản này');
  });
});
