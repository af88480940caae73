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
    expect(findings[0]!.message).toBe('"Đăng ký khai sinh" (cấp xã): "Lệ phí" thu 8.000 đ, bản quốc gia miễn phí.');
    expect(findings[0]!.message).not.toMatch(/xa\/a|national\//);
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
      records: {
        'xa/a': { fees: [{ name: 'Lệ phí', amount: 8000 }] },
        'xa/b': { code: '2.000635', fees: [{ name: 'Lệ phí', amount: 15000 }] },
      },
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

  // Real rows: the Đồng Nai land list of July 2025 against national 1.012784 and 1.013979.
  it('leaves fees the baseline defers to local rules, and service prices, to the province', async () => {
    const findings = await runRule(feeDiffersFromBaseline, {
      records: {
        'tinh/a': {
          level: 'tinh',
          fees: [
            {
              name: 'Đơn giá đăng ký, cấp Giấy chứng nhận (hộ gia đình, cá nhân) - về quyền sử dụng đất',
              amount: 810000,
              per: 'Giấy chứng nhận',
            },
            { name: 'Mỗi Giấy chứng nhận cấp thêm', amount: 251000, per: 'Giấy chứng nhận' },
            { name: 'Lệ phí cấp Giấy chứng nhận', amount: 100000, per: 'giấy' },
          ],
        },
      },
      national: {
        '1.001193': {
          fees: [
            {
              name: 'Lệ phí',
              amount: 0,
              note: 'Theo quy định của Luật phí và lệ phí và các văn bản quy phạm pháp luật hướng dẫn Luật phí và lệ phí',
            },
          ],
        },
      },
    });
    expect(findings).toEqual([]);
  });

  it('never compares with a service price, even where the baseline states no local rule', async () => {
    const findings = await runRule(feeDiffersFromBaseline, {
      records: {
        'xa/a': { fees: [{ name: 'Đơn giá cấp đổi Giấy chứng nhận (tổ chức) - cả đất và tài sản', amount: 1250000 }] },
      },
      national: { '1.001193': { fees: [{ name: 'Lệ phí', amount: 0 }] } },
    });
    expect(findings).toEqual([]);
  });

  it('gives one finding per record listing every row that differs', async () => {
    const findings = await runRule(feeDiffersFromBaseline, {
      records: {
        'xa/a': {
          fees: [
            { name: 'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất - tại xã', amount: 12000, per: 'giấy' },
            {
              name: 'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất và tài sản gắn liền với đất - tại xã',
              amount: 30000,
              per: 'giấy',
            },
          ],
        },
      },
      national: { '1.001193': { fees: [{ name: 'Lệ phí', amount: 0 }] } },
    });
    expect(which(findings)).toEqual(['national/1.001193 xa/a']);
    expect(findings[0]!.message).toContain('12.000 đ/giấy');
    expect(findings[0]!.message).toContain('30.000 đ/giấy');
    expect(findings[0]!.subject).toBeUndefined();
  });

  it('does not compare with a national amount under 1.000 đ (thousands lost in the import)', async () => {
    const findings = await runRule(feeDiffersFromBaseline, {
      records: { 'xa/a': { fees: [{ name: 'Lệ phí', amount: 500000 }] } },
      national: { '1.001193': { fees: [{ name: 'Lệ phí', amount: 500 }] } },
    });
    expect(findings).toEqual([]);
  });
});
