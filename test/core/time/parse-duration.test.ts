import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../src/core/time/parse-duration.ts';
import { anyText } from '../text/arbitraries.ts';

const read = (s: string) => {
  const r = parseDuration(s);
  return r.ok ? { value: r.value, unit: r.unit } : r.reason;
};

describe('parseDuration', () => {
  // Time cells of `cach_thuc_thuc_hien` in the national records (record codes in comments).
  it.each([
    ['5 Ngày làm việc', 5, 'working_days'],
    ['20 Ngày', 20, 'days'],
    ['8 Giờ', 8, 'hours'], // 1.013065
    ['6 Tháng', 6, 'months'], // 1.001010
    ['1.5 Ngày làm việc', 1.5, 'working_days'], // 1.013097
    ['20 Ngày làm việcKhông có thông tin', 20, 'working_days'], // 1.014208: cells run together
    ['1 GiờKhông có thông tin', 1, 'hours'], // 1.010047
  ] as const)('reads the portal cell %j', (text, value, unit) => {
    expect(read(text)).toEqual({ value, unit });
  });

  it.each([
    ['05 ngày làm việc', 5, 'working_days'],
    ['15 ngày', 15, 'days'],
    ['03 tháng', 3, 'months'],
    ['8 giờ', 8, 'hours'],
    ['08 giờ làm việc', 8, 'hours'],
    ['Không quá 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ', 10, 'working_days'],
    ['Tối đa 30 ngày', 30, 'days'],
    ['1,5 ngày', 1.5, 'days'],
    ['mười lăm ngày', 15, 'days'],
    ['hai mươi mốt ngày làm việc', 21, 'working_days'],
    // Descriptions in the national records spell the digits out in brackets.
    ['05 (năm) ngày làm việc kể từ ngày nhận hồ sơ hợp lệ', 5, 'working_days'], // 1.002373
    ['15 (mười lăm) ngày kể từ ngày nhận được hồ sơ', 15, 'days'], // 1.010719
    ['Trong thời hạn 60 ngày kể từ ngày Ủy ban Chứng khoán Nhà nước có văn bản', 60, 'days'],
    ['2 tuần', 14, 'days'],
  ] as const)('reads %j', (text, value, unit) => {
    expect(read(text)).toEqual({ value, unit });
  });

  it.each([
    'Trong ngày',
    'Ngay trong ngày',
    'trong ngày làm việc',
    'Ngay trong ngày tiếp nhận hồ sơ',
    'Giải quyết ngay',
  ])('reads %j as the same day', (text) => {
    expect(read(text)).toEqual({ value: 0, unit: 'same_day' });
  });

  it('reads "trong ngày làm việc tiếp theo" as one working day', () => {
    expect(read('Trả kết quả trong ngày làm việc tiếp theo')).toEqual({ value: 1, unit: 'working_days' });
  });

  it('takes the first duration as the rule and lists the others as alternatives', () => {
    const r = parseDuration(
      '05 ngày làm việc; trường hợp cần xác minh thì không quá 10 ngày làm việc, hoặc 10 ngày làm việc',
    );
    expect(r).toMatchObject({
      ok: true,
      value: 5,
      unit: 'working_days',
      alternatives: [{ value: 10, unit: 'working_days' }],
    });
  });

  it('says why a time cannot be used', () => {
    expect(read('1')).toBe('no_unit');
    expect(read('5')).toBe('no_unit');
    expect(read('Không có thông tin')).toBe('no_information');
    expect(read('')).toBe('empty');
    expect(read(' \u200B\n')).toBe('empty');
    expect(read('Theo quy định của pháp luật')).toBe('unreadable');
  });

  it('does not read dates and legal citations as durations', () => {
    expect(read('kể từ ngày 14 tháng 11 năm 2016')).toBe('unreadable');
    expect(read('Thông tư số 47/2019/TT-BTC ngày 5/6/2019')).toBe('unreadable');
    expect(read('từ thứ hai ngày 5')).toBe('unreadable');
  });

  it('is robust to NFD, zero-width characters and odd spacing', () => {
    expect(read('05\u00A0\u200BNgày  làm\nviệc'.normalize('NFD'))).toEqual({ value: 5, unit: 'working_days' });
    expect(read('Ngay tro\u200Bng ngày'.normalize('NFD'))).toEqual({ value: 0, unit: 'same_day' });
  });

  it('keeps the normalised input as text', () => {
    expect(parseDuration('  05\u00A0ngày\r\nlàm việc ').text).toBe('05 ngày làm việc');
  });

  it('never throws and gives the same result for NFC and NFD input', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(parseDuration(s.normalize('NFD'))).toEqual(parseDuration(s.normalize('NFC')));
      }),
    );
  });
});
