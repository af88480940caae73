import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnknownRevisionError } from '../../../src/core/git/content-at-revision.ts';
import { loadContent } from '../../../src/core/load/load-content.ts';
import { findingsBetween, findingsSince, loadContentAt } from '../../../src/core/review/since.ts';

const FIXTURE = join(import.meta.dirname, '../../fixtures/review/basic');
const TRAN_BIEN = 'content/procedures/xa/phuong-tran-bien/dang-ky-khai-sinh.md';
let repo: string;

const git = (...args: string[]) =>
  execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args],
    { cwd: repo, stdio: 'pipe' },
  );

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'tthc-since-'));
  await cp(FIXTURE, join(repo, 'content'), { recursive: true });
  git('init', '--quiet');
  git('add', '.');
  git('commit', '--quiet', '-m', 'before');
  // The second commit drops sổ hộ khẩu from one record and makes its time differ from the group's.
  const file = join(repo, TRAN_BIEN);
  const text = (await readFile(file, 'utf8'))
    .replace('  - name: Sổ hộ khẩu\n    form: original\n', '')
    .replace('value: 3', 'value: 5');
  await writeFile(file, text);
  git('commit', '--quiet', '-am', 'after');
});

afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe('findingsSince', () => {
  it('returns the findings a change introduces and resolves, by key, and those it keeps', async () => {
    const since = await findingsSince('HEAD~1', join(repo, 'content'), '2026-11-30');
    expect(since.introduced.map((f) => f.key)).toEqual(['time-mismatch:1.001193:processing_time']);
    expect(since.resolved.map((f) => f.key).sort()).toEqual([
      'documents-mismatch:1.001193:documents:so-ho-khau',
      'extra-document:national/1.001193+xa/phuong-tran-bien/dang-ky-khai-sinh:documents:so-ho-khau',
      'obsolete-document:xa/phuong-tran-bien/dang-ky-khai-sinh:documents:so-ho-khau',
    ]);
    expect(since.unchanged.map((f) => f.key)).toContain('fee-mismatch:1.001193:fees:le-phi');
    // The decision of the current content applies to the introduced finding.
    expect(since.introduced[0]!.status).toBe('fix_planned');
  });

  it('compares content already loaded, for a caller that also needs each version for something else', async () => {
    const then = await loadContentAt('HEAD~1', join(repo, 'content'));
    const now = await loadContent(join(repo, 'content'));
    // The version at HEAD~1 still asks for sổ hộ khẩu; the working tree no longer does.
    const names = (r: (typeof then.catalogue.records)[number] | undefined) => r?.data.documents.map((d) => d.name);
    expect(names(then.catalogue.records.find((r) => r.id === 'xa/phuong-tran-bien/dang-ky-khai-sinh'))).toContain(
      'Sổ hộ khẩu',
    );
    expect(names(now.catalogue.records.find((r) => r.id === 'xa/phuong-tran-bien/dang-ky-khai-sinh'))).not.toContain(
      'Sổ hộ khẩu',
    );
    const between = findingsBetween(then, now, '2026-11-30');
    const since = await findingsSince('HEAD~1', join(repo, 'content'), '2026-11-30');
    expect(between.introduced.map((f) => f.key)).toEqual(['time-mismatch:1.001193:processing_time']);
    expect(between).toEqual(since);
  });

  it('finds nothing introduced or resolved against the current commit', async () => {
    const since = await findingsSince('HEAD', join(repo, 'content'), '2026-11-30');
    expect([since.introduced, since.resolved]).toEqual([[], []]);
  });

  it('rejects a revision that is an option or unknown to git', async () => {
    await expect(findingsSince('--output=/tmp/x', join(repo, 'content'), '2026-11-30')).rejects.toThrow(
      UnknownRevisionError,
    );
    await expect(findingsSince('no-such-branch', join(repo, 'content'), '2026-11-30')).rejects.toThrow(
      UnknownRevisionError,
    );
    await expect(loadContentAt('HEAD:content', join(repo, 'content'))).rejects.toThrow(UnknownRevisionError);
  });
});
