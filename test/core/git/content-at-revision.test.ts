import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentAtRevision, UnknownRevisionError } from '../../../src/core/git/content-at-revision.ts';
import { TempRepo } from './temp-repo.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

function repo(): TempRepo {
  const r = new TempRepo();
  cleanups.push(() => r.dispose());
  return r;
}

function tree(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [path.slice(dir.length + 1), readFileSync(path, 'utf8')];
      }),
  );
}

describe('contentAtRevision', () => {
  it('writes the content directory as it was at a revision, leaving the working tree as it is', async () => {
    const r = repo();
    r.write({
      'content/site.yaml': 'title: một\n',
      'content/procedures/xa/đăng-ký.md': '---\ntitle: A\n---\nThân bài\n',
      'content/procedures/xa/bo-di.md': 'sẽ bị xóa\n',
      'README.md': 'outside\n',
    });
    const first = r.commit('first', '2026-01-05');
    r.write({ 'content/site.yaml': 'title: hai\n', 'content/procedures/tinh/moi.md': 'mới\n' });
    r.remove('content/procedures/xa/bo-di.md');
    r.commit('second', '2026-02-05');
    r.write({ 'content/site.yaml': 'title: chưa commit\n' });

    const snapshot = await contentAtRevision(first, join(r.dir, 'content'));
    cleanups.push(() => snapshot.dispose());
    expect(tree(snapshot.dir)).toEqual({
      'site.yaml': 'title: một\n',
      'procedures/xa/đăng-ký.md': '---\ntitle: A\n---\nThân bài\n',
      'procedures/xa/bo-di.md': 'sẽ bị xóa\n',
    });
    expect(snapshot.files).toBe(3);
    expect(readFileSync(join(r.dir, 'content/site.yaml'), 'utf8')).toBe('title: chưa commit\n');
    expect(r.git('status', '--porcelain')).toBe(' M content/site.yaml\n');

    const head = await contentAtRevision('HEAD', join(r.dir, 'content'));
    cleanups.push(() => head.dispose());
    expect(tree(head.dir)).toEqual({
      'site.yaml': 'title: hai\n',
      'procedures/xa/đăng-ký.md': '---\ntitle: A\n---\nThân bài\n',
      'procedures/tinh/moi.md': 'mới\n',
    });
  });

  it('gives an empty snapshot when the content directory did not exist yet', async () => {
    const r = repo();
    r.write({ 'README.md': 'a\n' });
    const first = r.commit('first', '2026-01-05');
    r.write({ 'content/site.yaml': 'title: a\n' });
    r.commit('second', '2026-01-06');
    const snapshot = await contentAtRevision(first, join(r.dir, 'content'));
    cleanups.push(() => snapshot.dispose());
    expect(tree(snapshot.dir)).toEqual({});
  });

  it('rejects a revision git does not know, saying how to fetch it', async () => {
    const r = repo();
    r.write({ 'content/site.yaml': 'title: a\n' });
    r.commit('first', '2026-01-05');
    await expect(contentAtRevision('origin/main', join(r.dir, 'content'))).rejects.toThrow(UnknownRevisionError);
    await expect(contentAtRevision('--output=x', join(r.dir, 'content'))).rejects.toThrow(
      /does not know the revision "--output=x"/,
    );
  });
});
