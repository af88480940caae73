/** On a pull request, GitHub annotations go first to the lines the pull request changed. */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseUnifiedDiff } from '../../src/core/pr-check/changed-lines.ts';
import { tempContent } from '../fixtures/hostile/make.ts';
import { runScript } from './run-script.ts';
import { disposeAfterEach } from '../fixtures/dispose-after-each.ts';

const keep = disposeAfterEach();
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
  });
function edit(dir: string, file: string, from: string, to: string) {
  const text = readFileSync(join(dir, file), 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(dir, file), text.replace(from, to));
}

describe('annotation order', () => {
  it('a problem the pull request introduced is annotated before older ones elsewhere', async () => {
    const dir = keep(tempContent());
    // Already on the base branch: a problem in a vocabulary (sorted first otherwise).
    edit(dir, 'agencies.yaml', 'name: Sở Tư pháp tỉnh Đồng Nai', 'name: Sở Tư pháp tỉnh Đồng Nai\n  fax: "1"');
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
    git(dir, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    // The pull request's own mistake.
    edit(dir, 'procedures/xa/chung-thuc-ban-sao.md', '\ntitle:', '\ntitel:');
    const run = await runScript('check', ['--content', dir], {
      env: { GITHUB_ACTIONS: 'true', GITHUB_BASE_REF: 'main' },
    });
    expect(run.status).toBe(1);
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(annotations.length).toBeGreaterThanOrEqual(2);
    expect(annotations[0]).toContain('procedures/xa/chung-thuc-ban-sao.md');
    expect(annotations.some((a) => a.includes('agencies.yaml'))).toBe(true);

    // Without a base (a push, not a pull request) the checker's order stands: the cause first.
    const push = await runScript('check', ['--content', dir], { env: { GITHUB_ACTIONS: 'true', GITHUB_BASE_REF: '' } });
    expect(push.stdout.split('\n').find((l) => l.startsWith('::error '))).toContain('agencies.yaml');
  });

  it('reads the changed lines of a diff, a deletion counting as the line where text was removed', () => {
    const diff = [
      '+++ b/a.md',
      '@@ -3 +3 @@',
      '@@ -9,2 +10,3 @@',
      '+++ b/b.yaml',
      '@@ -5,2 +4,0 @@',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
    ].join('\n');
    const changed = parseUnifiedDiff(diff);
    expect([...changed.get('a.md')!]).toEqual([3, 10, 11, 12]);
    expect([...changed.get('b.yaml')!]).toEqual([4]);
    expect(changed.size).toBe(2);
  });
});
