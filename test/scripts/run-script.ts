import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCommand, type Command } from '../../src/cli/cli.ts';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `scripts/<name>.ts` as `npm run <name>` does: in this process (its exported command) from the
 * repository root, or, given another working directory, as a child Node process started there.
 * GITHUB_ACTIONS is unset unless given.
 */
export async function runScript(
  name: string,
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<ScriptRun> {
  if (options.cwd !== undefined) return runScriptProcess(name, args, options);
  return runInProcess(name, args, options);
}

/** Runs `node scripts/<name>.ts` in a child process (for what needs a real process: its own cwd, a pipe, npm). */
export function runScriptProcess(
  name: string,
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<ScriptRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(REPO, 'scripts', `${name}.ts`), ...args],
      { cwd: options.cwd ?? REPO, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', ...options.env } },
      (error, stdout, stderr) =>
        resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

/** A copy of a content fixture in a temp directory, removed by `dispose`. */
export function copyFixture(fixture: string): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'tthc-content-'));
  cpSync(join(REPO, 'test/fixtures', fixture), dir, { recursive: true });
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A stream that keeps what is written to it. */
function collector(): Writable & { text(): string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return Object.assign(stream, { text: () => chunks.join('') });
}

/**
 * Runs `scripts/<name>.ts`'s command in this process, from the repository root, as `npm run <name>` would run
 * it but without starting Node again (about a second saved per run). GITHUB_ACTIONS is unset unless given.
 */
export async function runInProcess(
  name: string,
  args: readonly string[],
  options: { env?: Record<string, string> } = {},
) {
  const { command } = (await import(join(REPO, 'scripts', `${name}.ts`))) as { command: Command };
  const stdout = collector();
  const stderr = collector();
  const env = { ...process.env, GITHUB_ACTIONS: '', ...options.env };
  const status = await runCommand(command, args, { stdout, stderr, env, cwd: REPO });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}
