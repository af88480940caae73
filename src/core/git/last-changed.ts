import { runGit } from './run-git.ts';

const DATE_MARK = '\u0000';

/**
 * The date (YYYY-MM-DD, committer date) of the last commit touching each file below `contentDir`, keyed by the
 * path relative to `contentDir` with forward slashes (`procedures/xa/dang-ky-khai-sinh.md`), as the loader
 * names files. One `git log` pass over the directory, not one call per file: the content has thousands of files.
 *
 * Returns an empty map when git is missing, `contentDir` is not in a repository, or the clone is shallow
 * (a depth-1 checkout would date every file to its one commit, which is wrong, so no date is better).
 * Files never committed are absent from the map.
 */
export async function lastChangedDates(contentDir: string): Promise<Map<string, string>> {
  const dates = new Map<string, string>();
  const shallow = await runGit(['rev-parse', '--is-shallow-repository'], contentDir);
  if (!shallow.ok || shallow.stdout.trim() !== 'false') return dates;
  // --relative: paths relative to contentDir, and only changes inside it. Newest commit first.
  const log = await runGit(['log', '--relative', '--name-only', `--format=${'%x00'}%cs`, '--', '.'], contentDir);
  if (!log.ok) return dates;
  let date: string | undefined;
  for (const line of log.stdout.split('\n')) {
    if (line.startsWith(DATE_MARK)) date = line.slice(1).trim();
    else if (line !== '' && date !== undefined && !dates.has(line)) dates.set(line, date);
  }
  return dates;
}
