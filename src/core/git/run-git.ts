import { execFile } from 'node:child_process';

export interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/**
 * Runs git in `cwd` and never throws: a machine without git, or a directory outside a repository, is an
 * ordinary situation for a content tool (a downloaded zip, a fresh container), not a crash.
 */
export function runGit(args: readonly string[], cwd: string): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-c', 'core.quotePath=false', ...args],
      { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } },
      (error, stdout, stderr) => resolve({ ok: error === null, stdout, stderr }),
    );
  });
}
