import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { needsQuotes, stringifyYaml } from '../../../../src/core/import/national/render-yaml.ts';

describe('stringifyYaml', () => {
  it('quotes codes, bare numbers, phone-like digits, dates and YAML 1.1 booleans', () => {
    const value = {
      code: '1.001193',
      time: '1',
      phone: '02513822503',
      date: '2026-07-01',
      flag: 'no',
      label: 'On',
      text: 'Hộ tịch',
    };
    const text = stringifyYaml(value);
    expect(text).toContain('code: "1.001193"');
    expect(text).toContain('time: "1"');
    expect(text).toContain('phone: "02513822503"');
    expect(text).toContain('date: "2026-07-01"');
    expect(text).toContain('flag: "no"');
    expect(text).toContain('label: "On"');
    expect(text).toContain('text: Hộ tịch');
    // A YAML 1.1 reader would turn these into numbers, dates and booleans; quoted, they stay text.
    expect(parse(text, { version: '1.1' })).toEqual(value);
  });

  it('never folds long text and writes short lists of words on one line', () => {
    const long = 'Giấy tờ '.repeat(40).trim();
    const text = stringifyYaml({ levels: ['tinh', 'xa'], note: long });
    expect(text).toBe(`levels: [tinh, xa]\nnote: ${long}\n`);
  });

  it('leaves ordinary words unquoted', () => {
    expect(needsQuotes('163/QĐ-BTP')).toBe(false);
    expect(needsQuotes('5 Ngày làm việc')).toBe(false);
    expect(needsQuotes('0')).toBe(true);
  });
});
