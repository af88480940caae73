import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TempRepo } from '../core/git/temp-repo.ts';
import { REPO, runScript } from './run-script.ts';

/**
 * A throwaway repository with two commits of content: the loader's valid fixture, then a change that makes
 * the birth registration charge 8.000 đ (the national record charges nothing: a new finding) and puts the
 * certification online (its "no online channel" finding goes away).
 */
let repo: TempRepo;
let first: string;

function edit(path: string, from: string, to: string) {
  const file = join(repo.dir, path);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

function prCheck(...args: string[]) {
  return runScript('pr-check', ['--content', 'content', '--today', '2026-11-26', ...args], { cwd: repo.dir });
}

beforeAll(() => {
  repo = new TempRepo();
  cpSync(join(REPO, 'test/fixtures/content-valid'), join(repo.dir, 'content'), { recursive: true });
  first = repo.commit('content as published', '2026-10-01');
  edit(
    'content/procedures/xa/dang-ky-khai-sinh.md',
    'amount: 0, note: Miễn lệ phí khi đăng ký đúng hạn',
    'amount: 8000',
  );
  edit('content/procedures/xa/chung-thuc-ban-sao.md', 'online: none', 'online: full');
  repo.commit('a fee and an online channel', '2026-11-20');
});

afterAll(() => repo.dispose());

describe('npm run pr-check', () => {
  it('reports the findings a change introduces and resolves between two commits, and the cost it adds', async () => {
    const result = await prCheck('--base', first);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const md = result.stdout;
    const introduced = section(md, '#### Phát hiện mới');
    const resolved = section(md, '#### Phát hiện không còn');
    expect(introduced).toMatch(/\| `fee-differs-from-baseline` \| national\/1\.001193, xa\/dang-ky-khai-sinh \|/);
    expect(resolved).toMatch(/\| `no-online-channel` \| xa\/chung-thuc-ban-sao \|/);
    // Nothing else moved: the other findings of the fixture are unchanged, not reported.
    expect(introduced).not.toContain('missing-information');
    expect(resolved).not.toContain('extra-document');
    expect(md).toMatch(/\| `xa\/dang-ky-khai-sinh` \| [\d.]+ đ \| [\d.]+ đ \| \+8\.000 đ \|/);
  });

  it('finds nothing introduced or resolved against the same commit', async () => {
    const md = (await prCheck('--base', 'HEAD')).stdout;
    expect(md).toMatch(/\*\*0 phát hiện mới\*\*, 0 phát hiện không còn, \d+ không đổi\./);
    expect(md).toContain('### Chi phí tuân thủ của người dân\n\nKhông thay đổi.');
  });

  it('compares the working tree, so an editor sees the summary before committing', async () => {
    edit('content/procedures/xa/chung-thuc-ban-sao.md', 'online: full', 'online: none');
    try {
      const md = (await prCheck('--base', 'HEAD')).stdout;
      expect(section(md, '#### Phát hiện mới')).toMatch(/`no-online-channel` \| xa\/chung-thuc-ban-sao/);
    } finally {
      edit('content/procedures/xa/chung-thuc-ban-sao.md', 'online: none', 'online: full');
    }
  });

  it('appends the summary to --summary FILE, as GitHub reads $GITHUB_STEP_SUMMARY', async () => {
    const summary = join(repo.dir, 'summary.md');
    writeFileSync(summary, 'earlier step\n');
    const result = await prCheck('--base', first, '--summary', summary);
    expect(readFileSync(summary, 'utf8')).toBe(`earlier step\n${result.stdout}`);
  });

  it('lists the problems and exits 1 when the content does not pass check', async () => {
    edit('content/procedures/xa/dang-ky-khai-sinh.md', 'code: "1.001193"', 'code: 1.001193');
    try {
      const result = await prCheck('--base', first);
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('| `procedures/xa/dang-ky-khai-sinh.md:3:7` | `code` | Gặp số 1.001193');
      expect(result.stdout).toContain('npm run fix');
      expect(result.stdout).not.toContain('Phát hiện mới');
    } finally {
      edit('content/procedures/xa/dang-ky-khai-sinh.md', 'code: 1.001193', 'code: "1.001193"');
    }
  });

  it('exits 2 for a base revision git does not know, saying how to fetch it', async () => {
    const result = await prCheck('--base', 'origin/main');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('git does not know the revision "origin/main"');
    expect(result.stderr).toContain('git fetch');
    expect((await prCheck()).stderr).toContain('--base is required');
  });
});

/** The table under a heading, up to the next heading. */
function section(md: string, heading: string): string {
  const start = md.indexOf(heading);
  if (start === -1) return '';
  const next = md.indexOf('\n#', start + heading.length);
  return md.slice(start, next === -1 ? undefined : next);
}
