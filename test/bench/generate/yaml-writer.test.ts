import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toYaml, toYamlList } from '../../../bench/generate/yaml-writer.ts';

const readBack = (text: string) => parse(text, { schema: 'core' });

describe('toYaml', () => {
  const tricky = {
    code: '1.001193',
    title: 'Đăng ký: khai sinh # lưu động',
    answer: 'yes',
    nothing: 'null',
    digits: '1022',
    date: '2026-10-01',
    empty: '',
    spaced: ' lề ',
    quote: 'Giấy "mẫu"',
    url: 'https://dichvucong.gov.vn',
    list: ['Hộ gia đình, cá nhân', 'Tổ chức', '[x]'],
    flow: { name: 'Lệ phí, phí', amount: 0, note: 'a: b', url: 'https://dichvucong.gov.vn/x?y=1' },
    records: [
      { name: 'Tờ khai {theo mẫu}', form: ['certified_copy', 'copy_with_original'], copies: 2 },
      { name: 'Giấy chứng sinh', amount: null, nested: { online: { processing_time: '05 ngày làm việc' } } },
    ],
    none: [],
    flag: true,
  };

  it('reads back as exactly the same data, whatever the strings contain', () => {
    expect(readBack(toYaml(tricky))).toEqual(tricky);
    expect(readBack(toYaml(tricky, { blockMaps: true }))).toEqual(tricky);
  });

  it('writes what editors write: codes quoted, dates and plain words bare, maps on one line', () => {
    const text = toYaml(tricky);
    expect(text).toContain('code: "1.001193"');
    expect(text).toContain('date: 2026-10-01');
    expect(text).toContain('flag: true');
    expect(text).toContain('  - { name: "Tờ khai {theo mẫu}", form: [certified_copy, copy_with_original], copies: 2 }');
  });

  it('leaves out undefined keys', () => {
    expect(readBack(toYaml({ a: 'x', b: undefined }))).toEqual({ a: 'x' });
  });

  it('writes a top-level list', () => {
    const items = [
      { id: 'ho-tich', name: 'Hộ tịch' },
      { id: 'cu-tru', name: 'Đăng ký, quản lý cư trú' },
    ];
    expect(readBack(toYamlList(items))).toEqual(items);
  });
});
