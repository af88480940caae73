/**
 * Problems worded in Vietnamese (what editors meet first: unreadable files, YAML that loses text, syntax errors,
 * limits) carry their English wording, and --lang en prints it: a corpus with one of each kind checks both.
 */
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/load/load-content.ts';
import { localize, problemMessage, VIETNAMESE_CODES, type Problem } from '../../../src/core/load/problem.ts';
import { encodeWindows1258, HOSTILE, makeFifo, tempContent } from '../../fixtures/hostile/make.ts';
import { runScript } from '../../scripts/run-script.ts';
import { BROKEN_DATA_DIR, BROKEN_DIR } from './fixtures.ts';

const RECORD = 'procedures/xa/dang-ky-khai-sinh.md';
let dir: string;
let dispose: () => void;
let problems: Problem[];

/** One mistake per file, each of a kind worded in Vietnamese. */
beforeAll(async () => {
  ({ dir, dispose } = tempContent());
  const text = readFileSync(join(dir, RECORD), 'utf8');
  const record = (name: string, from: string | RegExp, to: string) => {
    const changed = text.replace(from, to);
    expect(changed).not.toBe(text);
    writeFileSync(join(dir, 'procedures/xa', name), changed);
  };
  writeFileSync(join(dir, 'procedures/xa/ansi.md'), encodeWindows1258(text));
  writeFileSync(join(dir, 'procedures/xa/binary.md'), Buffer.from('---\n\u0000\u0000\n---\n'));
  symlinkSync('/etc/hostname', join(dir, 'procedures/xa/outside.md'));
  symlinkSync('loop.md', join(dir, 'procedures/xa/loop.md'));
  symlinkSync('nowhere.md', join(dir, 'procedures/xa/dangling.md'));
  makeFifo(join(dir, 'procedures/xa/fifo.md'));
  writeFileSync(join(dir, 'procedures/xa/huge.md'), `${text}${'x'.repeat(3 * 1024 * 1024)}`);
  record('long-field.md', /^title: .*$/m, `title: "${'a'.repeat(20_001)}"`);
  record('long-body.md', /\n## Lưu ý/, `\n${'Lưu ý. '.repeat(30_000)}\n## Lưu ý`);
  record('deep-body.md', /\n## Lưu ý/, `\n${'>'.repeat(500)} sâu\n## Lưu ý`);
  record('syntax.md', 'result: Giấy khai sinh (bản chính)', 'result: Giấy khai sinh: bản chính');
  record('unclosed.md', 'result: Giấy khai sinh (bản chính)', 'result: "Giấy khai sinh');
  record('comment.md', 'result: Giấy khai sinh (bản chính)', 'result: Giấy khai sinh #1');
  record('parentheses.md', 'subjects: [Cá nhân]', 'subjects: [Cá nhân, Tổ chức (doanh nghiệp, HTX)]');
  record('group.md', '{ name: Giấy chứng sinh,', '{ name: Giấy chứng sinh, bản chính,');
  record('colon.md', '  - Người đi đăng ký nộp hồ sơ tại Bộ phận Một cửa hoặc trực tuyến.', '  - Bước 1: Nộp hồ sơ.');
  record('date.md', 'reviewed_at: 2026-10-01', 'reviewed_at: 26/11/2026');
  record('notes-heading.md', /\n## Lưu ý/, '\n## Nguon va ghi chu\n## Lưu ý');
  record('notes-twice.md', /\n## Lưu ý/, '\n## Nguồn và ghi chú\n\n## Nguồn và ghi chú\n## Lưu ý');
  copyFileSync(join(dir, RECORD), join(dir, 'procedures/xa/Đăng ký khai sinh.md'));
  mkdirSync(join(dir, 'guides'));
  writeFileSync(
    join(dir, 'guides/sinh-con.mdx'),
    'import x from "y"\n\n{1}\n\n<b>x</b>\n\n<Buoc la="x" thuTuc="9.999999" />\n\n<Buoc />\n\nCâu <Buoc ten="x" /> giữa.\n\n<Hoac>\n  <Buoc ten="một" />\n</Hoac>\n',
  );
  writeFileSync(join(dir, 'guides/ket-hon.mdx'), '---\ntitle: x\n---\n\nLời.\n');
  writeFileSync(join(dir, 'guides/loi-cu-phap.mdx'), '<Buoc ten="x">\n');
  writeFileSync(join(dir, 'guides/ghi-chu.txt'), 'x\n');
  copyFileSync(join(HOSTILE, 'alias-bomb.yaml'), join(dir, 'sectors.yaml'));
  copyFileSync(join(HOSTILE, 'deep-flow.yaml'), join(dir, 'legal.yaml'));
  ({ problems } = await loadContent(dir));
});
afterAll(() => dispose());

/** Text of a message outside quotations (quoted values are the editor's own words, in any language). */
const unquoted = (s: string) => s.replace(/“[^”]*”|"[^"]*"/g, '');
const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

describe('--lang', () => {
  it('the corpus has every kind worded in Vietnamese that a file can produce', () => {
    const codes = new Set(problems.map((p) => p.code));
    for (const code of VIETNAMESE_CODES) if (code !== 'unreadable') expect(codes, code).toContain(code);
  });

  it('each problem worded in Vietnamese prints "Gặp …, cần …" and has an English wording free of Vietnamese', () => {
    const vietnamese = problems.filter((p) => VIETNAMESE_CODES.has(p.code ?? ''));
    expect(vietnamese.length).toBeGreaterThan(15);
    for (const p of vietnamese) {
      expect(problemMessage(p), p.code).toMatch(/^Gặp .+, cần .+$/);
      const en = localize(p, 'en');
      expect(problemMessage(en), p.code).toMatch(/^Unexpected .+, expected .+$/);
      for (const words of [en.found, en.expected, en.hint ?? ''])
        expect(unquoted(words), `${p.code}: ${words}`).not.toMatch(VIETNAMESE_LETTERS);
    }
  });

  it('check --lang en prints every line in English; an unknown language is a usage error', async () => {
    const en = await runScript('check', ['--content', dir, '--lang', 'en']);
    expect(en.status).toBe(1);
    const lines = en.stdout
      .slice(en.stdout.indexOf(`\n${dir}/`))
      .split('\n')
      .filter((l) => l.startsWith('  '));
    expect(lines.length).toBeGreaterThan(30);
    for (const line of lines)
      expect(unquoted(line.replace(/^\s+\S+\s+\S+\s+/, '')), line).not.toMatch(/^Gặp |\bcần\b|Đặt |Cách sửa/);
    const vi = await runScript('check', ['--content', dir]);
    expect(vi.stdout).toContain('Gặp một tệp không phải UTF-8');
    const wrong = await runScript('check', ['--content', dir, '--lang', 'fr']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--lang must be vi or en');
  });
});

describe('every problem has both wordings', () => {
  it('in the broken fixtures and the hostile corpus, each problem prints in Vietnamese by default and in English with --lang en', async () => {
    const all = [
      ...problems,
      ...(await loadContent(BROKEN_DIR)).problems,
      ...(await loadContent(BROKEN_DATA_DIR)).problems,
    ];
    expect(all.length).toBeGreaterThan(60);
    for (const p of all) {
      const vi = localize(p, 'vi');
      const en = localize(p, 'en');
      expect(vi.lang, `${p.file}:${p.line} ${p.code}`).toBe('vi');
      expect(en.lang, `${p.file}:${p.line} ${p.code}`).toBe('en');
      expect(problemMessage(vi)).toMatch(/^Gặp .+, cần .+$/);
      expect(problemMessage(en)).toMatch(/^Unexpected .+, expected .+$/);
      expect(vi.found === en.found && vi.expected === en.expected, `${p.code}: same words in both`).toBe(false);
    }
  });
});
