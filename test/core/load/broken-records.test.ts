import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type LoadResult } from '../../../src/core/load/load-content.ts';
import type { Problem } from '../../../src/core/load/problem.ts';
import { BROKEN_DIR, closingLine, filesUnder, positionOf } from './fixtures.ts';

/**
 * One row per broken record of test/fixtures/content-broken: where the editor is sent (file, line, field,
 * and the column when the problem is a value) and the words that make the fix obvious.
 */
interface Case {
  file: string;
  field: string;
  /** Text the report must point at (line and column); "|" marks the column inside it. */
  at?: string;
  /** Text on the reported line, when only the line matters (YAML syntax errors). */
  onLine?: string;
  /** A fixed line (problems with the whole file). */
  line?: number;
  /** The problem is a missing field: any line inside the front matter will do. */
  inFrontMatter?: true;
  found?: string;
  expected?: string;
  hint?: string;
  /** Problems the file gets in all; 1 unless one mistake honestly causes more. */
  count?: number;
}

const CASES: Case[] = [
  {
    file: 'xa/yaml-syntax-error.md',
    field: '',
    onLine: 'title: Đăng ký: khai sinh',
    found: 'dấu “: ” (hai chấm và dấu cách) bên trong một giá trị không có dấu nháy',
    hint: 'Đặt cả giá trị trong dấu nháy kép: title: "Đăng ký: khai sinh"',
  },
  { file: 'xa/missing-title.md', field: 'title', inFrontMatter: true, found: 'missing', hint: 'Add the field "title"' },
  { file: 'xa/empty-title.md', field: 'title', at: 'title: |""', found: 'empty text', expected: 'a non-empty text' },
  // A typo in a key both adds an unknown key and leaves the real one missing: the editor sees both.
  {
    file: 'xa/unknown-key.md',
    field: 'titel',
    at: 'titel:',
    found: 'key "titel"',
    hint: 'Did you mean "title"?',
    count: 2,
  },
  {
    file: 'xa/wrong-type-subjects.md',
    field: 'subjects',
    at: 'subjects: |"Cá nhân"',
    found: 'text "Cá nhân"',
    expected: 'a list',
  },
  {
    file: 'xa/wrong-enum-online.md',
    field: 'channels.online',
    at: 'online: |yes',
    found: '"yes"',
    expected: '"none", "partial", "full"',
  },
  {
    file: 'xa/unresolved-sector.md',
    field: 'sector',
    at: 'sector: |ho-tic',
    found: 'sector id "ho-tic"',
    expected: 'sectors.yaml',
    hint: 'Did you mean "ho-tich"?',
  },
  {
    file: 'xa/unresolved-agency.md',
    field: 'agency',
    at: 'agency: |ubnd-huyen-cu',
    found: '"ubnd-huyen-cu"',
    expected: 'agencies.yaml',
    hint: 'Add an entry with id "ubnd-huyen-cu" to agencies.yaml',
  },
  {
    file: 'xa/unresolved-locality.md',
    field: 'localities.1',
    at: 'phuong-tran-bien, |phuong-khong-co-that',
    found: '"phuong-khong-co-that"',
    expected: 'localities.yaml',
  },
  {
    file: 'xa/unresolved-document.md',
    field: 'documents.1.doc',
    at: 'doc: |giay-chung-sinh-goc',
    found: '"giay-chung-sinh-goc"',
    expected: 'documents.yaml',
    hint: 'Did you mean "giay-chung-sinh"?',
  },
  {
    file: 'xa/unresolved-legal.md',
    field: 'legal_basis.1',
    at: 'nd-999-2099',
    found: '"nd-999-2099"',
    expected: 'legal.yaml',
  },
  {
    file: 'xa/unresolved-life-event.md',
    field: 'life_events.0',
    at: 'mua-nha-o',
    found: '"mua-nha-o"',
    expected: 'life-events.yaml',
  },
  {
    file: 'xa/level-mismatch.md',
    field: 'level',
    at: 'level: |tinh',
    found: 'procedures/xa/',
    hint: 'procedures/tinh/',
  },
  {
    file: 'huyen/level-not-enabled.md',
    field: 'level',
    at: 'level: |huyen',
    found: '"huyen"',
    expected: 'site.yaml (tinh, xa)',
  },
  {
    file: 'xa/bad-code-format.md',
    field: 'code',
    at: 'code: |"99.001"',
    found: '"99.001"',
    expected: 'one digit, a dot, six digits',
  },
  // YAML reads 1.001230 as the number 1.00123: the editor must see what they wrote, and the quoted form.
  { file: 'xa/unquoted-code.md', field: 'code', at: 'code: |1.001230', found: '1.001230', hint: 'code: "1.001230"' },
  {
    file: 'xa/impossible-date.md',
    field: 'reviewed_at',
    at: 'reviewed_at: |2026-13-45',
    found: '2026-13-45',
    expected: 'exists in the calendar',
  },
  {
    file: 'xa/date-feb-30.md',
    field: 'reviewed_at',
    at: 'reviewed_at: |2025-02-30',
    found: '2025-02-30',
    expected: 'exists in the calendar',
  },
  {
    file: 'xa/negative-fee.md',
    field: 'fees.0.amount',
    at: 'amount: |-50000',
    found: '-50000',
    expected: 'zero or more',
  },
  // "50.000" is how Vietnamese writes fifty thousand; YAML reads the number 50. An editor must be told.
  { file: 'xa/fee-amount-with-dots.md', field: 'fees.0.amount', at: 'amount: |50.000', found: '50.000', hint: '50000' },
  {
    file: 'xa/fee-amount-with-commas.md',
    field: 'fees.0.amount',
    at: 'amount: |50,000',
    found: '"50,000"',
    hint: 'without separators (50000)',
  },
  {
    file: 'xa/zero-copies.md',
    field: 'documents.1.copies',
    at: 'copies: |0',
    found: 'number 0',
    expected: 'at least 1 copy',
  },
  {
    file: 'xa/unreadable-time.md',
    field: 'processing_time',
    at: 'processing_time: |"sớm nhất có thể"',
    found: 'sớm nhất có thể',
    hint: 'unit: working_days',
  },
  {
    file: 'xa/unreadable-by-channel-time.md',
    field: 'by_channel.online.processing_time',
    at: '"tùy theo hồ sơ"',
    found: 'tùy theo hồ sơ',
    hint: 'object form',
  },
  {
    file: 'xa/unknown-time-unit.md',
    field: 'processing_time.unit',
    at: 'unit: |ngay',
    found: '"ngay"',
    expected: '"working_days"',
  },
  {
    file: 'xa/missing-sources.md',
    field: 'sources',
    inFrontMatter: true,
    expected: 'at least one source (or demo: true',
    hint: 'Add at least one source',
  },
  {
    file: 'xa/null-amount-without-note.md',
    field: 'fees.0.note',
    at: '{ name: Lệ phí đăng ký khai sinh, amount: null }',
    expected: 'a note explaining the fee',
  },
  {
    file: 'xa/duplicate-key.md',
    field: '',
    onLine: 'title: Đăng ký khai sinh (bản cũ)',
    found: 'trường “title” được viết hai lần',
  },
  {
    file: 'xa/wrong-document-form.md',
    field: 'documents.0.form',
    at: 'form: |ban-chinh',
    found: '"ban-chinh"',
    expected: '"copy_with_original"',
  },
  {
    file: 'xa/bad-online-url.md',
    field: 'channels.online_url',
    at: 'online_url: |dichvucong.gov.vn',
    expected: 'https://',
  },
  { file: 'xa/empty-file.md', field: '', line: 1, found: 'empty file' },
  {
    file: 'xa/no-front-matter.md',
    field: '',
    line: 1,
    found: '# Đăng ký khai sinh',
    expected: 'the first line to be "---"',
  },
  { file: 'xa/unclosed-front-matter.md', field: '', line: 1, found: 'never closed', hint: 'Add a line "---"' },
  { file: 'xa/front-matter-js.md', field: '', line: 1, found: 'language "js"', hint: 'YAML only' },
  { file: 'xa/front-matter-javascript.md', field: '', line: 1, found: 'language "javascript"', hint: 'YAML only' },
  { file: 'xa/front-matter-coffee.md', field: '', line: 1, found: 'language "coffee"', hint: 'YAML only' },
  { file: 'xa/mdx-record.mdx', field: '', line: 1, found: '.mdx', hint: 'rename it to .md' },
];

let result: LoadResult;
const problemsOf = (file: string): Problem[] => result.problems.filter((p) => p.file === file);

beforeAll(async () => {
  result = await loadContent(BROKEN_DIR);
});

describe('each broken record is reported where the editor must look, with a fix', () => {
  it.each(CASES)('$file: $field', (c) => {
    const file = `procedures/${c.file}`;
    const problems = problemsOf(file);
    expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(c.count ?? 1);
    const problem = problems.find((p) => p.field === c.field);
    expect(problem, `no problem on field "${c.field}" in ${JSON.stringify(problems, null, 2)}`).toBeDefined();
    const p = problem!;

    if (c.at) expect({ line: p.line, column: p.column }).toEqual(positionOf(BROKEN_DIR, file, c.at));
    if (c.onLine) expect(p.line).toBe(positionOf(BROKEN_DIR, file, c.onLine).line);
    if (c.line) expect(p.line).toBe(c.line);
    if (c.inFrontMatter) {
      expect(p.line).toBeGreaterThan(1);
      expect(p.line).toBeLessThan(closingLine(BROKEN_DIR, file));
    }
    if (c.found) expect(p.found).toContain(c.found);
    if (c.expected) expect(p.expected).toContain(c.expected);
    if (c.hint) expect(p.hint).toContain(c.hint);
    expect(p.hint, 'every problem says how to fix it').toMatch(/\S/);
    expect(p.column).toBeGreaterThanOrEqual(1);
  });

  it('has a row for every broken record of the fixture, so none goes unchecked', () => {
    const broken = filesUnder(BROKEN_DIR, 'procedures').filter((f) => !/\/valid-[^/]*$/.test(f));
    expect(CASES.map((c) => `procedures/${c.file}`).sort()).toEqual(broken);
  });
});
