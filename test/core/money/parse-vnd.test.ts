import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMoneyAmounts, parseVndAmounts } from '../../../src/core/money/parse-vnd.ts';
import { anyText } from '../text/arbitraries.ts';

const amounts = (s: string) =>
  parseVndAmounts(s).map(({ amount, per }) => (per === undefined ? amount : `${amount}/${per}`));

describe('parseVndAmounts', () => {
  // Fee cells and notes of the national records (record codes in comments).
  it.each([
    ['10,000 Việt Nam Đồng(10.000 đồng/khẩu-chiếc.)', [10000, '10000/khẩu-chiếc']], // 1.013431
    ['2,000 Việt Nam Đồng(/trang)', ['2000/trang']], // 2.000815
    ['Phí : 0 Đồng', [0]], // 1.010026
    ['70,000 VNĐ(70.000 đồng/Giấy chứng nhận)', [70000, '70000/Giấy chứng nhận']], // 1.003930
    ['50,000 Việt Nam Đồng(- 50.000đ/tem “AB” (Thông tư số 25/2021/TT-BTC', [50000, '50000/tem']], // 1.014899
    ['+ 02 triệu đồng/lần cấp)', ['2000000/lần cấp']], // 1.009809
    ['Lệ phí cấp giấy chứng nhận: 40.000 đồng/01 Giấy chứng nhận; riêng đối với ô tô', ['40000/Giấy chứng nhận']],
    ['6.000.000 đồng/01 cơ sở/lần', ['6000000/cơ sở']],
    ['Phí: 400.000 đ/lần Đồng (Sát hạch bổ sung năng định)', ['400000/lần']],
    ['150,000 Việt Nam Đồng', [150000]],
    ['1.000.000 VNĐ', [1000000]],
    ['2.000 đ/trang', ['2000/trang']],
    ['50.000đ', [50000]],
    ['1,5 triệu đồng', [1500000]],
  ] as const)('reads %j', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });

  it('returns nothing where no amount is stated', () => {
    expect(amounts('Miễn phí')).toEqual([]);
    expect(amounts('Phí : Đồng (Từ ngày 01/7/2025 đến hết ngày 31/12/2026')).toEqual([]);
    expect(amounts('Thông tư số 281/2016/TT-BTC ngày 14/11/2016')).toEqual([]);
    expect(amounts('Trụ sở: số 5 Đồng Khởi, Đồng Nai')).toEqual([]);
    expect(amounts('Cho 5 đơn vị')).toEqual([]);
  });

  it('leaves out USD amounts, which parseMoneyAmounts reports as USD', () => {
    const text = '10 USD(10USD/giấy)'; // 1.000807
    expect(amounts(text)).toEqual([]);
    expect(parseMoneyAmounts(text)).toEqual([
      { amount: 10, currency: 'USD', text: '10 USD' },
      { amount: 10, currency: 'USD', per: 'giấy', text: '10USD' },
    ]);
  });

  it('skips numbers whose grouping cannot be read', () => {
    // A time cell glued to a fee ("1" + "100,000 VNĐ") must not become 1,100,000 đồng.
    expect(amounts('1100,000 VNĐ')).toEqual([]);
  });

  it('reads NFD text with invisible characters', () => {
    expect(amounts('10.000\u200B đồng/khẩu'.normalize('NFD'))).toEqual(['10000/khẩu']);
  });

  it('never throws and yields safe non-negative integers', () => {
    fc.assert(
      fc.property(anyText, (s) => parseMoneyAmounts(s).every((a) => Number.isSafeInteger(a.amount) && a.amount >= 0)),
    );
  });
});
