import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/core/load/front-matter.ts';
import { loadContent } from '../../../src/core/load/load-content.ts';
import { BROKEN_DIR } from './fixtures.ts';

// What the fixtures' code would leave behind if it ran.
const WRITTEN = join(tmpdir(), 'tthc-kb-front-matter-ran.txt');
const pwned = () => (globalThis as { __pwned?: unknown }).__pwned;
const clean = () => {
  delete (globalThis as { __pwned?: unknown }).__pwned;
  rmSync(WRITTEN, { force: true });
};

describe('code in front matter never runs', () => {
  beforeEach(clean);
  afterEach(clean);

  it('loading records with ---js and ---javascript front matter leaves no trace', async () => {
    const { problems } = await loadContent(BROKEN_DIR);
    expect(pwned()).toBeUndefined();
    expect(existsSync(WRITTEN)).toBe(false);
    for (const file of ['procedures/xa/front-matter-js.md', 'procedures/xa/front-matter-javascript.md']) {
      expect(problems.filter((p) => p.file === file)).toEqual([expect.objectContaining({ line: 1, field: '' })]);
    }
  });

  it('a language name after spaces or in capitals is refused too', () => {
    for (const opening of ['--- js', '---  javascript ', '---JS', '---json', '---toml']) {
      const split = splitFrontMatter(`${opening}\n{ title: (globalThis.__pwned = true, "x") }\n---\n`);
      expect(split.ok, opening).toBe(false);
    }
    expect(pwned()).toBeUndefined();
  });

  it('the fixtures are real attacks: gray-matter with its default engines runs them', () => {
    // Without this, the tests above could pass on inert fixtures.
    const js = readFileSync(join(BROKEN_DIR, 'procedures/xa/front-matter-js.md'), 'utf8');
    const javascript = readFileSync(join(BROKEN_DIR, 'procedures/xa/front-matter-javascript.md'), 'utf8');
    expect(matter(js, {}).data).toEqual({ title: 'Đăng ký khai sinh' });
    expect(pwned()).toBe(true);
    clean();
    matter(javascript, {});
    expect(pwned()).toBe(true);
    expect(existsSync(WRITTEN)).toBe(true);
  });
});
