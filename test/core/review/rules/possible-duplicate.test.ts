import { describe, expect, it } from 'vitest';
import { possibleDuplicate } from '../../../../src/core/review/rules/possible-duplicate.ts';
import { runRule, which } from '../content.ts';

const docs = (...names: string[]) => names.map((name) => ({ name, form: 'original' }));
const khaiSinh = docs('Tờ khai đăng ký khai sinh', 'Giấy chứng sinh');

describe('possible-duplicate', () => {
  it('flags a record without code that looks like a coded procedure at the same level, once per procedure', async () => {
    const findings = await runRule(possibleDuplicate, {
      records: {
        'xa/a': { title: 'Đăng ký khai sinh', documents: khaiSinh },
        'xa/a2': { title: 'Đăng ký khai sinh', documents: khaiSinh, localities: ['tran-bien'] },
        'xa/b': {
          code: undefined,
          title: 'Thủ tục đăng ký khai sinh cho trẻ em',
          documents: docs('Tờ khai đăng ký khai sinh (theo mẫu)', 'Giấy chứng sinh'),
        },
      },
      national: { '1.001193': { title: 'Thủ tục đăng ký khai sinh', levels: ['xa'], documents: khaiSinh } },
    });
    expect(which(findings)).toEqual(['national/1.001193 xa/b']);
    expect(findings[0]).toMatchObject({ code: '1.001193', severity: 'info' });
  });

  it('matches through the first published record when the national record does not list the level, and pairs of uncoded records', async () => {
    const findings = await runRule(possibleDuplicate, {
      records: {
        'xa/a': { title: 'Đăng ký khai sinh', documents: khaiSinh },
        'xa/b': { code: undefined, title: 'Đăng ký khai sinh', documents: khaiSinh },
        'xa/c': { code: undefined, title: 'Đăng ký khai sinh cho trẻ', documents: khaiSinh },
      },
      national: { '1.001193': { levels: ['tinh'] } },
    });
    expect(which(findings).sort()).toEqual(['xa/a xa/b', 'xa/a xa/c', 'xa/b xa/c']);
  });

  it('does not flag pairs at different levels, with different documents, or with two codes', async () => {
    const findings = await runRule(possibleDuplicate, {
      records: {
        'tinh/a': {
          code: undefined,
          level: 'tinh',
          agency: 'so-tu-phap',
          title: 'Đăng ký khai sinh',
          documents: khaiSinh,
        },
        'xa/b': {
          code: undefined,
          title: 'Đăng ký khai tử',
          documents: docs('Tờ khai đăng ký khai tử', 'Giấy báo tử'),
        },
        'xa/c': {
          code: undefined,
          title: 'Đăng ký khai tử lưu động',
          documents: docs('Giấy đề nghị khai tử lưu động', 'Biên bản xác minh'),
        },
        'xa/d': { code: '1.000656', title: 'Đăng ký khai sinh', documents: khaiSinh },
        'xa/e': { code: '1.001193', title: 'Đăng ký khai sinh', documents: khaiSinh },
      },
    });
    expect(findings).toEqual([]);
  });
});
