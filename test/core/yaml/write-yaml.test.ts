import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseYamlSource } from '../../../src/core/load/yaml-source.ts';
import {
  commentAbove,
  commentAfter,
  doubleQuoted,
  EDITED_RECORD,
  IMPORTED_LIST,
  IMPORTED_RECORD,
  needsQuotes,
  toYaml,
  writeYaml,
  yamlDocument,
  type YamlLayout,
} from '../../../src/core/yaml/write-yaml.ts';

/** Strings that YAML, or an editor reading the file, could take for something else. */
const TRICKY = [
  'no',
  'No',
  'on',
  'OFF',
  'yes',
  'y',
  'n',
  '~',
  'null',
  'true',
  '1.000656',
  '1.001230',
  '02513822503',
  '0251 3822 503',
  '0',
  '1',
  '-1',
  '+84',
  '10:30',
  '1:30:00',
  '1.1.',
  '1,5',
  '2026-07-01',
  '2026-7-1 10:30',
  '0b101',
  '0x1F',
  '+0x1F',
  '0x_1F',
  '1_0e3',
  'E1',
  '<<',
  '0o17',
  '1e3',
  '.5',
  '.inf',
  '-.Inf',
  '.NaN',
  '1_000',
  'Điều 5: hồ sơ gồm',
  'Mức thu #2 theo NQ',
  '#1 trong danh sách',
  'Tổ chức (doanh nghiệp, HTX)',
  'Hộ gia đình, cá nhân',
  '- gạch đầu dòng',
  '? hỏi',
  '[x]',
  '{y}',
  'Giấy "mẫu"',
  "Giấy 'mẫu'",
  ' lề ',
  '',
  '@tên',
  '`mã`',
  '%20',
  '!quan trọng',
  '&neo',
  '*sao',
  '| dòng',
  '> dòng',
  'dòng một\ndòng hai',
  'Hồ sơ gồm:\nTờ khai',
  '-\nTờ khai',
  ' \n',
  'cột\tmột',
  'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193',
  'Đăng ký khai sinh',
];

/**
 * Values besides text that a layout could drop or turn into something else: a null (a blank `key:` in a drafted
 * record, which an item of a one-line list cannot be), empty lists and maps, numbers and booleans, and lists and
 * maps holding a null.
 */
const OTHER = [null, [], {}, 0, -1.5, true, false, ['x', null], [null, 'x'], [null, null], { a: null, b: 'x' }];
const VALUES = [...TRICKY, ...OTHER];

/**
 * Every value at the top level and as a value of a block map, a block list item, a one-line list item (alone, and
 * after and before another item), and a one-line map value; every tricky string as a key of a block map and of a
 * one-line map.
 */
const SAMPLE = {
  empty: null,
  values: Object.fromEntries(VALUES.map((s, i) => [`k${i}`, s])),
  block: VALUES,
  short: VALUES.map((s) => [s]),
  after: VALUES.map((s) => ['x', s]),
  before: VALUES.map((s) => [s, 'x']),
  maps: VALUES.map((s) => ({ name: s })),
  keys: Object.fromEntries(TRICKY.map((s) => [s, 'x'])),
  keyed: TRICKY.map((s) => ({ [s]: 'x' })),
};

const LAYOUTS: [string, YamlLayout][] = [
  ['imported record', IMPORTED_RECORD],
  ['imported list', IMPORTED_LIST],
  ['edited record', EDITED_RECORD],
];

describe('the YAML writer', () => {
  it.each(LAYOUTS)(
    'writes tricky text that the loader reads back unchanged, with no trap and no error (%s)',
    (_, layout) => {
      const text = toYaml(SAMPLE, layout);
      const source = parseYamlSource(text);
      expect(source.syntaxErrors).toEqual([]);
      expect(source.traps).toEqual([]);
      expect(source.data).toEqual(SAMPLE);
    },
  );

  it.each(LAYOUTS)('writes text that a YAML 1.1 reader reads as the same text too (%s)', (_, layout) => {
    expect(parse(toYaml(SAMPLE, layout), { version: '1.1' })).toEqual(SAMPLE);
  });

  it('quotes codes, bare numbers, phone-like digits, times, dates and YAML 1.1 booleans', () => {
    const value = {
      code: '1.001193',
      time: '1',
      phone: '02513822503',
      opens: '10:30',
      date: '2026-07-01',
      flag: 'no',
      label: 'On',
      text: 'Hộ tịch',
    };
    for (const [, layout] of LAYOUTS) {
      const text = toYaml(value, layout);
      expect(text).toContain('code: "1.001193"');
      expect(text).toContain('time: "1"');
      expect(text).toContain('phone: "02513822503"');
      expect(text).toContain('opens: "10:30"');
      expect(text).toContain('date: "2026-07-01"');
      expect(text).toContain('flag: "no"');
      expect(text).toContain('label: "On"');
      expect(text).toContain('text: Hộ tịch');
    }
  });

  it('leaves ordinary words unquoted', () => {
    expect(needsQuotes('163/QĐ-BTP')).toBe(false);
    expect(needsQuotes('5 Ngày làm việc')).toBe(false);
    expect(needsQuotes('KQ.G15.000033')).toBe(false);
    expect(needsQuotes('v.v.')).toBe(false);
    expect(needsQuotes('e-Cabinet')).toBe(false);
    expect(needsQuotes('0')).toBe(true);
    expect(needsQuotes('E1')).toBe(true);
    expect(needsQuotes('0x_1F')).toBe(true);
    // A dot alone is a float (NaN) to a YAML 1.1 reader.
    expect(needsQuotes('.')).toBe(true);
    expect(needsQuotes('-.')).toBe(true);
  });

  it('never folds long text and writes short lists of words on one line', () => {
    const long = 'Giấy tờ '.repeat(40).trim();
    expect(toYaml({ levels: ['tinh', 'xa'], note: long }, IMPORTED_RECORD)).toBe(`levels: [tinh, xa]\nnote: ${long}\n`);
  });

  it('writes imported lists one entry a line, and edited records as the bundled ones: `[a, b]`, `{ a: 1 }`', () => {
    const sectors = [
      { id: 'ho-tich', name: 'Hộ tịch' },
      { id: 'cu-tru', name: 'Đăng ký, quản lý cư trú' },
    ];
    expect(toYaml(sectors, IMPORTED_LIST)).toBe(
      '- {id: ho-tich, name: Hộ tịch}\n- {id: cu-tru, name: "Đăng ký, quản lý cư trú"}\n',
    );
    const record = {
      provenance: { kind: 'demo', basis: 'Dữ liệu minh họa.' },
      documents: [{ name: 'Tờ khai', form: ['original', 'copy'], alternatives: [{ name: 'Bản sao' }] }],
      subjects: ['Cá nhân', 'Tổ chức'],
      fees: [
        { name: 'Lệ phí', amount: 0 },
        { name: 'Phí '.repeat(40).trim(), amount: 8000 },
      ],
      by_channel: { online: { processing_time: '05 ngày làm việc' } },
      reviewed_at: null,
      code: '1.001193',
    };
    expect(toYaml(record, EDITED_RECORD)).toBe(
      [
        'code: "1.001193"',
        'subjects: [Cá nhân, Tổ chức]',
        'fees:',
        '  - { name: Lệ phí, amount: 0 }',
        `  - name: ${'Phí '.repeat(40).trim()}`,
        '    amount: 8000',
        'documents:',
        '  - { name: Tờ khai, form: [original, copy], alternatives: [{ name: Bản sao }] }',
        'by_channel:',
        '  online:',
        '    processing_time: 05 ngày làm việc',
        'reviewed_at:',
        'provenance: { kind: demo, basis: Dữ liệu minh họa. }',
        '',
      ].join('\n'),
    );
  });

  it('writes a null in a one-line list as `null`, and as a blank after a key in a drafted record', () => {
    const record = { subjects: ['Cá nhân', null], fees: [{ name: 'Lệ phí', amount: null }], reviewed_at: null };
    expect(toYaml(record, EDITED_RECORD)).toBe(
      ['subjects: [Cá nhân, null]', 'fees:', '  - { name: Lệ phí, amount: }', 'reviewed_at:', ''].join('\n'),
    );
  });

  it('puts comments after a value on its line, above a key, and above a collection it cannot follow', () => {
    const doc = yamlDocument({ code: '1.001193', agency: null, fees: [{ name: 'Lệ phí', amount: 0 }] }, EDITED_RECORD);
    commentAfter(doc, ['agency'], ' TODO: mã cơ quan');
    commentAbove(doc, 'code', ' Bản nháp');
    commentAfter(doc, ['fees'], ' TODO: các khoản phí');
    expect(writeYaml(doc, EDITED_RECORD)).toBe(
      [
        '# Bản nháp',
        'code: "1.001193"',
        'agency: # TODO: mã cơ quan',
        '# TODO: các khoản phí',
        'fees:',
        '  - { name: Lệ phí, amount: 0 }',
        '',
      ].join('\n'),
    );
  });

  it('writes a number meant as text in double quotes, keeping every character', () => {
    expect(doubleQuoted('1.001230')).toBe('"1.001230"');
    expect(doubleQuoted('02513822555')).toBe('"02513822555"');
    expect(parse(`a: ${doubleQuoted('Giấy "mẫu" \\ số 1')}`)).toEqual({ a: 'Giấy "mẫu" \\ số 1' });
  });
});
