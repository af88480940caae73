import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `node scripts/<name>.ts` with the current Node, like `npm run <name>` does. */
export function runScript(
  name: string,
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
) {
  const result = spawnSync(process.execPath, [join(REPO, 'scripts', `${name}.ts`), ...args], {
    cwd: options.cwd ?? REPO,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of a content fixture in a temp directory, removed by `dispose`. */
export function copyFixture(fixture: string): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-content-'));
  cpSync(join(REPO, 'test/fixtures', fixture), dir, { recursive: true });
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
