import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/review/finding.ts';
import { evidenceLines, valueWords } from '../../../src/site/report/evidence.ts';

const base = { key: 'k', severity: 'warning', field: 'x', message: '', status: 'open', scope: 'province' } as const;
const LABELS: Readonly<Record<string, string>> = {
  'national/1.000894': 'Bản quốc gia',
  'xa/a': 'Xã A',
  'xa/b': 'Xã B',
};
const texts = (finding: Finding) => evidenceLines(finding, (id) => LABELS[id]).map((l) => [l.label, l.text]);

describe('evidence in words', () => {
  it('writes a processing time as given, in its own unit, never as a converted fraction of working days', () => {
    const finding: Finding = {
      ...base,
      rule: 'time-mismatch',
      records: ['xa/a', 'xa/b'],
      evidence: {
        'xa/a': { value: 0, unit: 'same_day', text: 'Ngay trong ngày' },
        'xa/b': { value: 15, unit: 'days', text: '' },
      },
    };
    expect(texts(finding)).toEqual([
      ['Xã A', 'Ngay trong ngày'],
      ['Xã B', '15 ngày'],
    ]);
  });

  it('writes a baseline time it could not read as its text', () => {
    const finding: Finding = {
      ...base,
      rule: 'time-differs-from-baseline',
      records: ['national/1.000894', 'xa/a'],
      evidence: {
        'xa/a': { value: 5, unit: 'working_days', text: '05 ngày làm việc' },
        'national/1.000894': [{ text: '1' }],
      },
    };
    expect(texts(finding)).toEqual([
      ['Bản quốc gia', 'ghi: 1'],
      ['Xã A', '05 ngày làm việc'],
    ]);
  });

  it('writes fees with their amount and unit', () => {
    const finding: Finding = {
      ...base,
      rule: 'fee-mismatch',
      records: ['xa/a', 'xa/b'],
      evidence: {
        'xa/a': [{ name: 'Phí cấp bản sao', amount: 10000, per: 'bản' }],
        'xa/b': [{ name: 'Lệ phí', amount: 0, note: 'Miễn phí' }],
      },
    };
    expect(texts(finding)).toEqual([
      ['Xã A', 'Phí cấp bản sao: 10.000 đ/bản'],
      ['Xã B', 'Lệ phí: miễn phí (Miễn phí)'],
    ]);
  });

  it('writes documents with their form and copies, and "không có" where a record does not list one', () => {
    const finding: Finding = {
      ...base,
      rule: 'documents-mismatch',
      records: ['national/1.000894', 'xa/a', 'xa/b'],
      evidence: {
        'national/1.000894': [{ name: 'Giấy tờ tùy thân', form: 'present', copies: 2 }],
        'xa/a': [{ name: 'Giấy chứng sinh', form: ['original', 'electronic'], copies: 1 }],
        'xa/b': null,
      },
    };
    expect(texts(finding)).toEqual([
      ['Bản quốc gia', 'Giấy tờ tùy thân (xuất trình, không nộp, 2 bản)'],
      ['Xã A', 'Giấy chứng sinh (bản chính hoặc bản điện tử)'],
      ['Xã B', 'không có'],
    ]);
  });

  it('names the fields of other evidence in Vietnamese, and a missing value "không có"', () => {
    const finding: Finding = {
      ...base,
      rule: 'agency-contact-missing',
      records: ['xa/a'],
      evidence: { agency: { id: 'ubnd-xa', name: 'UBND xã A', address: null, phone: null } },
    };
    expect(texts(finding)).toEqual([
      ['cơ quan', 'id: ubnd-xa; tên: UBND xã A; địa chỉ: không có; điện thoại: không có'],
    ]);
    expect(valueWords('partial')).toBe('một phần');
    expect(valueWords([])).toBe('không có');
  });

  it('gives one line per record in the finding’s order, then the evidence’s other keys', () => {
    const finding: Finding = {
      ...base,
      rule: 'no-online-channel',
      records: ['xa/b'],
      evidence: { full: ['national/1.000894'], 'xa/b': 'partial' },
    };
    expect(texts(finding)).toEqual([
      ['Xã B', 'một phần'],
      ['trực tuyến toàn trình', 'national/1.000894'],
    ]);
  });
});
