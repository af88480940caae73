import { describe, expect, it } from 'vitest';
import { alignFees, chargesDiffer, feeCharge, feeContradiction, feeValueText } from '../../../src/core/review/fees.ts';
import type { Fee } from '../../../src/core/schema/index.ts';

const fee = (name: string, amount: number | null, extra: Partial<Fee> = {}): Fee => ({ name, amount, ...extra });
const slots = (...members: Fee[][]) =>
  alignFees(members.map((fees, i) => ({ id: `r${i}`, fees }))).map((s) => [s.subject, [...s.byRecord.keys()]]);

describe('alignFees', () => {
  it('matches fees by folded name, whatever the case, spacing, NFD or tone placement', () => {
    expect(
      slots([fee('Lệ phí đăng ký khai sinh', 0)], [fee('LỆ PHÍ  đăng ký khai sinh.'.normalize('NFD'), 0)]),
    ).toEqual([['le-phi-dang-ky-khai-sinh', ['r0', 'r1']]]);
    expect(slots([fee('Phí hoà giải', 1)], [fee('Phí hòa giải', 1)])).toHaveLength(1);
  });

  it('matches a generic "Lệ phí" with the one fee of its kind, and names the slot after the first member', () => {
    expect(slots([fee('Lệ phí', 0)], [fee('Lệ phí đăng ký khai sinh', 0)])).toEqual([['le-phi', ['r0', 'r1']]]);
  });

  it('pairs a generic name with the fee of its kind, by amount when several could pair, and never with a price of another kind', () => {
    expect(
      slots(
        [fee('Phí, lệ phí', 2000, { per: 'trang' })],
        [fee('Phí chứng thực - trang 1 và 2', 2000), fee('Phí chứng thực - từ trang 3', 1000)],
      ),
    ).toEqual([
      ['phi-le-phi', ['r0', 'r1']],
      ['phi-chung-thuc-tu-trang-3', ['r1']],
    ]);
    expect(slots([fee('Lệ phí', 0)], [fee('Đơn giá cấp đổi Giấy chứng nhận', 880000)])).toHaveLength(2);
    expect(
      slots([fee('Phí, lệ phí', 0), fee('Phí, lệ phí', null, { note: '10 USD/bản' })], [fee('Phí, lệ phí', 0)]),
    ).toHaveLength(1);
  });

  it('keeps a "phí" and a "lệ phí" apart', () => {
    expect(slots([fee('Lệ phí cấp giấy chứng nhận', 1)], [fee('Phí thẩm định hồ sơ', 1)])).toHaveLength(2);
  });
});

describe('feeCharge and chargesDiffer', () => {
  const differ = (...lists: (Fee[] | undefined)[]) => chargesDiffer(lists.map((l) => feeCharge(l)!));

  it('treats an absent fee and an amount of 0 alike', () => {
    expect(differ(undefined, [fee('Lệ phí', 0)])).toBe(false);
    expect(differ(undefined, [fee('Lệ phí', 8000)])).toBe(true);
  });

  it('does not compare amounts that are unknown or contradicted by their note', () => {
    expect(feeCharge([fee('Lệ phí', null, { note: 'Theo Nghị quyết của HĐND tỉnh' })])).toBeUndefined();
    expect(feeCharge([fee('Lệ phí', 0, { note: 'Mức thu do Hội đồng nhân dân tỉnh quyết định' })])).toBeUndefined();
  });

  it('compares what an amount is charged per only when both say it, by its first word', () => {
    expect(differ([fee('Phí', 2000, { per: 'trang' })], [fee('Phí', 2000, { per: 'bản' })])).toBe(true);
    expect(differ([fee('Phí', 10000, { per: 'người/lần' })], [fee('Phí', 10000, { per: 'người' })])).toBe(false);
    expect(differ([fee('Phí', 20000, { per: 'lần đăng ký' })], [fee('Phí', 20000)])).toBe(false);
  });
});

describe('feeValueText', () => {
  it('words what a record charges', () => {
    expect(feeValueText([fee('Lệ phí', 8000)])).toBe('thu 8.000 đ');
    expect(feeValueText([fee('Lệ phí', 0)])).toBe('miễn phí');
    expect(feeValueText(undefined)).toBe('không thu khoản này');
    expect(feeValueText([fee('Lệ phí', 0), fee('Lệ phí', 8000, { note: 'Đăng ký quá hạn' })])).toBe(
      'miễn phí hoặc thu 8.000 đ',
    );
  });
});

describe('feeContradiction', () => {
  it('flags a free fee whose note states an amount or defers to the People’s Council', () => {
    expect(feeContradiction(fee('Lệ phí', 0, { note: 'Mức thu 50.000 đồng/lần' }))).toEqual({
      amounts: [50000],
      council: false,
    });
    expect(feeContradiction(fee('Lệ phí', 0, { note: 'Do HĐND tỉnh quy định' }))?.council).toBe(true);
  });

  it('accepts an exemption note and a charged fee', () => {
    expect(feeContradiction(fee('Lệ phí', 0, { note: 'Miễn lệ phí khi đăng ký đúng hạn' }))).toBeUndefined();
    expect(feeContradiction(fee('Lệ phí', 8000, { note: '8.000 đồng' }))).toBeUndefined();
  });
});
