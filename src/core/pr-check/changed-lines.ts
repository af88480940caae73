/**
 * The lines a pull request changed in the content directory, so that GitHub annotations go first to the lines
 * the editor touched (GitHub shows only the first few annotations of a step on the pull request's diff).
 */
import { runGit } from '../git/run-git.ts';
import type { Problem } from '../load/problem.ts';

/** Content file (relative to the content directory) -> the new-side line numbers changed in it. */
export type ChangedLines = Map<string, Set<number>>;

/** Changed lines from `git diff --unified=0` output (paths relative to the content directory with --relative). */
export function parseUnifiedDiff(diff: string): ChangedLines {
  const changed: ChangedLines = new Map();
  let lines: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const path = line.slice(4);
      lines = path === '/dev/null' ? undefined : new Set();
      if (lines) changed.set(path.replace(/^b\//, ''), lines);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && lines) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      // A pure deletion (count 0) changed the line where the text was removed.
      if (count === 0) lines.add(Math.max(start, 1));
      for (let l = start; l < start + count; l++) lines.add(l);
    }
  }
  return changed;
}

/**
 * What changed in `contentDir` since the merge base with `base` (committed or not); undefined when git cannot
 * tell (no repository, base not fetched): the annotations then keep the checker's order.
 */
export async function changedLinesSince(base: string, contentDir: string): Promise<ChangedLines | undefined> {
  const diff = await runGit(
    ['diff', '--no-color', '--no-ext-diff', '--unified=0', '--relative', '--merge-base', base, '--', '.'],
    contentDir,
  );
  return diff.ok ? parseUnifiedDiff(diff.stdout) : undefined;
}

/** Problems on changed lines first, then problems in changed files, then the rest; each group in its order. */
export function changedFirst(problems: readonly Problem[], changed: ChangedLines | undefined): Problem[] {
  if (!changed || changed.size === 0) return [...problems];
  const rank = (p: Problem) => (changed.get(p.file)?.has(p.line) ? 0 : changed.has(p.file) ? 1 : 2);
  return problems
    .map((p, i) => ({ p, i, r: rank(p) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.p);
}
