import { describe, expect, it } from 'vitest';
import { evidenceLines, valueWords } from '../../../src/site/report/evidence.ts';

describe('evidence in words', () => {
  it('writes a processing time as given, in its own unit, never as a converted fraction of working days', () => {
    expect(valueWords({ value: 0, unit: 'same_day', text: 'Ngay trong ngày', working_days: 0 })).toBe(
      'Ngay trong ngày',
    );
    expect(valueWords({ value: 15, unit: 'days', text: '', working_days: 10.714 })).toBe('15 ngày');
  });

  it('writes fees with their amount and unit, and documents with their form and copies', () => {
    expect(valueWords([{ name: 'Phí cấp bản sao', amount: 10000, per: 'bản' }])).toBe('Phí cấp bản sao: 10.000 đ/bản');
    expect(valueWords([{ name: 'Lệ phí', amount: 0, note: 'Miễn phí' }])).toBe('Lệ phí: miễn phí (Miễn phí)');
    expect(valueWords([{ name: 'Giấy tờ tùy thân', form: 'present', copies: 2 }])).toBe(
      'Giấy tờ tùy thân (xuất trình, không nộp, 2 bản)',
    );
    expect(valueWords([{ name: 'Giấy chứng sinh', form: ['original', 'electronic'] }])).toBe(
      'Giấy chứng sinh (bản chính hoặc bản điện tử)',
    );
  });

  it('says "không có" for a missing value and names other fields in Vietnamese', () => {
    expect(valueWords(null)).toBe('không có');
    expect(valueWords([])).toBe('không có');
    expect(valueWords({ agency: 'ubnd-xa', address: null, phone: null })).toBe(
      'cơ quan: ubnd-xa; địa chỉ: không có; điện thoại: không có',
    );
    expect(valueWords('partial')).toBe('một phần');
  });

  it('gives one line per record in the finding’s order, then the evidence’s other keys', () => {
    const lines = evidenceLines(
      { full: ['national/1.000894'], 'xa/b': 'partial', 'national/1.000894': 'full' },
      ['national/1.000894', 'xa/b'],
      (id) => ({ 'national/1.000894': 'Bản quốc gia', 'xa/b': 'Cấp xã' })[id],
    );
    expect(lines.map((l) => [l.label, l.text])).toEqual([
      ['Bản quốc gia', 'toàn trình'],
      ['Cấp xã', 'một phần'],
      ['trực tuyến toàn trình', 'national/1.000894'],
    ]);
  });
});
