import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { fixContentFile } from '../../../src/core/fix/fix-file.ts';
import { readRecordFile } from '../../../src/core/load/read-record.ts';
import { readYamlFile } from '../../../src/core/load/read-yaml-file.ts';
import { agenciesSchema, publishedRecordSchema } from '../../../src/core/schema/index.ts';

const RECORD = `---
# Ghi chú của biên tập viên: giữ nguyên.
code: "1.001193"
title: Đăng ký khai sinh
level: xa
sector: ho-tich
agency: ubnd-xa
subjects: [Cá nhân]
processing_time: { value: 0, unit: same_day, text: "Ngay trong ngày tiếp nhận hồ sơ" }
fees:
  - { name: Lệ phí đăng ký khai sinh, amount: 0, note: Miễn lệ phí khi đăng ký đúng hạn }
documents:
  - { name: Giấy chứng sinh, form: original }
steps:
  - Nộp hồ sơ tại Bộ phận Một cửa.
channels: { in_person: true, postal: true, online: full }
result: Giấy khai sinh
conditions:
  - |
    Đăng ký trong 60 ngày.
legal_basis: []
annual_volume: 1200
reviewed_at: 2026-10-01
demo: true
provenance: { kind: demo, basis: Dữ liệu kiểm thử. }
---
Dữ liệu minh họa.

## Lưu ý

Mang theo bản chính
Giấy chứng sinh.

\`\`\`
mã ví dụ
\`\`\`
`;

function fix(file: string, text: string) {
  return fixContentFile(file, text);
}

/** The Markdown tree without positions: equal trees render to the same page. */
function mdTree(body: string): unknown {
  const strip = (node: Record<string, unknown>): unknown => {
    const { position: _p, children, ...rest } = node;
    return Array.isArray(children)
      ? { ...rest, children: children.map((c) => strip(c as Record<string, unknown>)) }
      : rest;
  };
  return strip(unified().use(remarkParse).use(remarkGfm).parse(body) as unknown as Record<string, unknown>);
}

function trimStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(trimStrings);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, trimStrings(v)]));
  return value;
}

function load(text: string) {
  const result = readRecordFile(text, 'procedures/xa/a.md', publishedRecordSchema);
  expect(result.problems).toEqual([]);
  return result.record!;
}

describe('fixContentFile', () => {
  it('leaves a canonical record exactly as it is', () => {
    expect(fix('procedures/xa/a.md', RECORD)).toEqual({ file: 'procedures/xa/a.md', text: RECORD, changes: [] });
  });

  it('quotes a code written without quotes from its written characters, keeping comments and layout', () => {
    const input = RECORD.replace('code: "1.001193"', 'code: 1.001230');
    expect(readRecordFile(input, 'procedures/xa/a.md', publishedRecordSchema).problems[0]?.found).toBe(
      'number 1.001230 (read as 1.00123)',
    );
    const out = fix('procedures/xa/a.md', input);
    expect(out.text).toBe(RECORD.replace('code: "1.001193"', 'code: "1.001230"'));
    expect(out.changes).toEqual([{ kind: 'quoted', line: 3, field: 'code', written: '1.001230' }]);
    expect(load(out.text).data.code).toBe('1.001230');
  });

  it('quotes phone numbers and unit codes with their leading zeros, but not amounts, counts or booleans', () => {
    const input = `# Cơ quan
- id: ubnd-xa
  name: UBND xã
  phone: 02513822555 # tổng đài
  one_stop: true
`;
    const out = fix('agencies.yaml', input);
    expect(out.text).toBe(input.replace('phone: 02513822555', 'phone: "02513822555"'));
    const read = readYamlFile(out.text, 'agencies.yaml', agenciesSchema);
    expect(read.problems).toEqual([]);
    expect(read.data![0]!.phone).toBe('02513822555');

    const numbers = RECORD.replace('amount: 0', 'amount: 50000');
    expect(fix('procedures/xa/a.md', numbers).text).toBe(numbers);
  });

  it('quotes inside flow collections and list items where the schema wants text', () => {
    const input = RECORD.replace('[Cá nhân]', '[Cá nhân, 2024]').replace('title: Đăng ký khai sinh', 'title: 115');
    const out = fix('procedures/xa/a.md', input);
    expect(out.text).toBe(input.replace('[Cá nhân, 2024]', '[Cá nhân, "2024"]').replace('title: 115', 'title: "115"'));
  });

  it('removes a BOM, CRLF, zero-width characters and decomposed letters without changing the loaded record', () => {
    const messy = `\uFEFF${RECORD.replace('Đăng ký khai sinh', 'Đa\u0306ng ky\u0301 khai\u200B sinh')}`.replace(
      /\n/g,
      '\r\n',
    );
    const out = fix('procedures/xa/a.md', messy);
    expect(out.text).toBe(RECORD);
    expect(out.changes).toEqual([
      { kind: 'bom' },
      { kind: 'line-endings', lines: RECORD.split('\n').length - 1 },
      { kind: 'unicode', lines: 1 },
    ]);
  });

  it('keeps Markdown line breaks made of two spaces as a backslash break and leaves code blocks alone', () => {
    const body = 'Dòng một  \ndòng hai.\n\n## Tiêu đề  \n\n```\ncode  \n```\n';
    const withBody = `${RECORD.slice(0, RECORD.indexOf('---\n', 4) + 4)}${body}`;
    const out = fix('procedures/xa/a.md', withBody);
    const fixedBody = out.text.slice(out.text.indexOf('---\n', 4) + 4);
    expect(fixedBody).toBe('Dòng một\\\ndòng hai.\n\n## Tiêu đề\n\n```\ncode  \n```\n');
    expect(mdTree(fixedBody)).toEqual(mdTree(body));
  });

  it('trims YAML lines but keeps the spaces that are part of a block scalar', () => {
    const input = RECORD.replace('level: xa', 'level: xa   ').replace(
      '    Đăng ký trong 60 ngày.',
      '    Đăng ký trong 60 ngày.  ',
    );
    const out = fix('procedures/xa/a.md', input);
    expect(out.text).toBe(RECORD.replace('    Đăng ký trong 60 ngày.', '    Đăng ký trong 60 ngày.  '));
    expect(out.changes).toEqual([{ kind: 'yaml-trailing-space', lines: 1 }]);
  });

  it('leaves YAML it cannot parse to the checker, fixing only the Unicode', () => {
    const input = 'title: [unclosed   \nx: 1\u200B\n';
    expect(fix('site.yaml', input).text).toBe('title: [unclosed   \nx: 1\n');
  });

  it('is idempotent and never changes what the loader reads or how the text renders', () => {
    // Invisible or trailing characters at line ends: the record must load to the same data after fixing.
    const junk = fc.constantFrom('\u200B', '\u00A0', ' ', '  ', '\t', '\u2060');
    const lines = RECORD.split('\n');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(lines.length - 1), junk), { maxLength: 12 }),
        fc.boolean(),
        (insertions, crlf) => {
          const messy = lines.map((l) => l);
          for (const [i, j] of insertions) {
            if (messy[i] === '---') continue;
            messy[i] = `${messy[i]}${j}`;
          }
          let text = messy.join('\n');
          if (crlf) text = text.replace(/\n/g, '\r\n');
          const once = fix('procedures/xa/a.md', text);
          const twice = fix('procedures/xa/a.md', once.text);
          expect(twice).toEqual({ file: 'procedures/xa/a.md', text: once.text, changes: [] });
          const before = readRecordFile(text.replace(/\r\n/g, '\n'), 'procedures/xa/a.md', publishedRecordSchema);
          if (before.problems.length > 0) return;
          const after = load(once.text);
          // A no-break space at a line end loads as a trailing space that fixing drops: the same text to a reader.
          expect(trimStrings(after.data)).toEqual(trimStrings(before.record!.data));
          expect(mdTree(after.body)).toEqual(mdTree(before.record!.body));
        },
      ),
      { numRuns: 200 },
    );
  });
});
