import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { lastChangedDates } from '../../../src/core/git/last-changed.ts';
import { TempRepo } from './temp-repo.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

function repo(): TempRepo {
  const r = new TempRepo();
  cleanups.push(() => r.dispose());
  return r;
}

describe('lastChangedDates', () => {
  it('gives each content file the date of the last commit that touched it, relative to the content dir', async () => {
    const r = repo();
    r.write({
      'content/site.yaml': 'title: a\n',
      'content/procedures/xa/dang-ky-khai-sinh.md': '---\ntitle: a\n---\n',
      'content/procedures/xa/chung-thuc.md': '---\ntitle: a\n---\n',
      'README.md': 'outside the content\n',
    });
    r.commit('first', '2026-01-05');
    r.write({ 'content/procedures/xa/dang-ky-khai-sinh.md': '---\ntitle: b\n---\n', 'README.md': 'changed\n' });
    r.commit('second', '2026-03-10');
    r.write({ 'content/procedures/tinh/đăng-ký.md': '---\ntitle: c\n---\n' });
    r.commit('third, a non-ASCII file name', '2026-04-01');

    const dates = await lastChangedDates(join(r.dir, 'content'));
    expect(Object.fromEntries(dates)).toEqual({
      'site.yaml': '2026-01-05',
      'procedures/xa/dang-ky-khai-sinh.md': '2026-03-10',
      'procedures/xa/chung-thuc.md': '2026-01-05',
      'procedures/tinh/đăng-ký.md': '2026-04-01',
    });
  });

  it('returns an empty map outside a git repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-nogit-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'site.yaml'), 'title: a\n');
    expect((await lastChangedDates(dir)).size).toBe(0);
  });

  it('returns an empty map for a shallow clone, whose single commit would date every file wrongly', async () => {
    const r = repo();
    r.write({ 'content/a.md': 'a\n' });
    r.commit('first', '2026-01-05');
    r.write({ 'content/b.md': 'b\n' });
    r.commit('second', '2026-02-05');
    const clone = mkdtempSync(join(tmpdir(), 'tthc-shallow-'));
    cleanups.push(() => rmSync(clone, { recursive: true, force: true }));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${r.dir}`, clone]);
    expect((await lastChangedDates(join(clone, 'content'))).size).toBe(0);
    // The full history dates both files.
    expect((await lastChangedDates(join(r.dir, 'content'))).get('a.md')).toBe('2026-01-05');
  });

  it('returns an empty map for a repository with no commit yet', async () => {
    const r = repo();
    r.write({ 'content/a.md': 'a\n' });
    expect((await lastChangedDates(join(r.dir, 'content'))).size).toBe(0);
  });
});
