import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { comparePage, compareSites, sameRenderedPages } from '../../bench/lib/built-pages.ts';

const page = (body: string) =>
  `<!doctype html><html lang="vi"><head><title>T</title></head><body>${body}</body></html>`;
const verdict = (before: string, after: string) => comparePage('p.html', page(before), page(after)).verdict;

describe('comparing one page of two builds', () => {
  it('catches the space that formatting put before punctuation (the reason .astro files were left unformatted)', () => {
    const result = comparePage(
      'p.html',
      page('<p>Thời hạn: <strong>5 ngày</strong><span>.</span></p>'),
      page('<p>Thời hạn: <strong>5 ngày</strong>\n  <span>.</span></p>'),
    );
    expect(result.verdict).toBe('different');
    expect(result.first).toEqual(['Thời hạn: 5 ngày.', 'Thời hạn: 5 ngày .']);
  });

  it('catches two words glued together where a line break between inline elements was dropped', () => {
    expect(verdict('<p><a href="/">Đăng</a> <b>ký</b></p>', '<p><a href="/">Đăng</a><b>ký</b></p>')).toBe('different');
  });

  it('sets aside indentation, line breaks beside block-level tags and a space turned into a line break', () => {
    const before = '<ul><li><a href="/x">Tìm thủ tục</a> hoặc xem <a href="/y">báo lỗi</a>.</li></ul>';
    const after =
      '<ul>\n  <li>\n    <a href="/x">Tìm thủ tục</a> hoặc\n    xem <a href="/y">báo lỗi</a>.\n  </li>\n</ul>\n';
    expect(verdict(before, after)).toBe('markup');
  });

  it('counts whitespace inside <pre> and inside an attribute value as a change of markup', () => {
    expect(verdict('<pre>a  b</pre>', '<pre>a b</pre>')).not.toMatch(/bytes|markup/);
    expect(verdict('<img alt="Sơ đồ">', '<img alt="Sơ\n  đồ">')).toBe('text');
  });

  it('reads the visible text only: the head and scripts draw none', () => {
    expect(verdict('<p>Xin chào</p><script>let a = 1;</script>', '<p>Xin chào</p><script>let a  =  1;</script>')).toBe(
      'text',
    );
  });
});

describe('comparing two built sites', () => {
  const made: string[] = [];
  afterEach(async () => {
    for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
  });
  async function site(files: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'tthc-built-pages-'));
    made.push(dir);
    for (const [name, text] of Object.entries(files)) {
      await mkdir(dirname(join(dir, name)), { recursive: true });
      await writeFile(join(dir, name), text);
    }
    return dir;
  }

  it('counts every page by the strictest comparison that holds and compares other files by their bytes', async () => {
    const before = await site({
      'index.html': page('<p>A</p>'),
      'a/index.html': page('<p>B</p>'),
      'b/index.html': page('<p><b>C</b>.</p>'),
      '_astro/x.css': 'p{}',
    });
    const after = await site({
      'index.html': page('<p>A</p>'),
      'a/index.html': page('<p>\n  B\n</p>'),
      'b/index.html': page('<p><b>C</b> .</p>'),
      '_astro/x.css': 'p{ }',
    });
    const comparison = await compareSites(before, after);
    expect(comparison.pages).toBe(3);
    expect(comparison.counts).toEqual({ bytes: 1, markup: 1, text: 0, different: 1 });
    expect(comparison.differences.map((d) => d.page)).toEqual([join('b', 'index.html')]);
    expect(comparison.otherFiles.differing).toEqual([join('_astro', 'x.css')]);
    expect(sameRenderedPages(comparison)).toBe(false);
  });

  it('fails when a page vanished even though every remaining page is the same', async () => {
    const before = await site({ 'index.html': page('<p>A</p>'), 'a/index.html': page('<p>B</p>') });
    const after = await site({ 'index.html': page('<p>A</p>') });
    const comparison = await compareSites(before, after);
    expect(comparison.onlyBefore).toEqual([join('a', 'index.html')]);
    expect(sameRenderedPages(comparison)).toBe(false);
  });
});
