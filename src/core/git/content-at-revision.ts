import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runGit } from './run-git.ts';

const WRITE_BATCH = 64;

/** A revision that git cannot resolve to a commit (a typo, or a branch not fetched). */
export class UnknownRevisionError extends Error {}

export interface ContentSnapshot {
  /** A temporary directory holding the content directory as it was at the revision. */
  dir: string;
  /** Files written (paths relative to `dir`). */
  files: number;
  dispose(): Promise<void>;
}

/** The full commit id of `rev`, or UnknownRevisionError. */
export async function resolveRevision(rev: string, cwd: string): Promise<string> {
  const result = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], cwd);
  if (!result.ok) {
    throw new UnknownRevisionError(
      `git does not know the revision "${rev}" here (in a shallow clone or without the branch fetched, run: git fetch origin <branch>)`,
    );
  }
  return result.stdout.trim();
}

/**
 * Writes the content directory as it was at `rev` into a temporary directory, reading blobs straight from the
 * object store (`git ls-tree` then one `git cat-file --batch`): the working tree, the index and the checked-out
 * branch are never touched, so it is safe while an editor has uncommitted changes. A directory that did not
 * exist at `rev` gives an empty snapshot.
 */
export async function contentAtRevision(rev: string, contentDir: string): Promise<ContentSnapshot> {
  const prefix = await runGit(['rev-parse', '--show-prefix'], contentDir);
  if (!prefix.ok)
    throw new UnknownRevisionError(`${contentDir} is not inside a git repository, so it has no revision "${rev}"`);
  const commit = await resolveRevision(rev, contentDir);
  const dir = await mkdtemp(join(tmpdir(), 'tthc-content-at-'));
  const dispose = () => rm(dir, { recursive: true, force: true });
  try {
    // `<commit>:<prefix>` is the content directory's tree; --full-tree stops git from also narrowing the listing
    // to the current directory's path inside that tree (we run from the content directory).
    const tree = await runGit(['ls-tree', '--full-tree', '-r', '-z', `${commit}:${prefix.stdout.trim()}`], contentDir);
    const blobs = tree.ok ? parseTree(tree.stdout) : [];
    const contents = await catFiles(
      blobs.map((b) => b.id),
      contentDir,
    );
    const folders = [...new Set(blobs.map((b) => dirname(join(dir, b.path))))];
    await Promise.all(folders.map((folder) => mkdir(folder, { recursive: true })));
    for (let i = 0; i < blobs.length; i += WRITE_BATCH) {
      await Promise.all(blobs.slice(i, i + WRITE_BATCH).map((b, j) => writeFile(join(dir, b.path), contents[i + j]!)));
    }
    return { dir, files: blobs.length, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/** Regular files of `git ls-tree -r -z` output ("<mode> blob <id>\t<path>\0"); links and submodules skipped. */
function parseTree(output: string): { id: string; path: string }[] {
  return output
    .split('\0')
    .filter((entry) => entry !== '')
    .map((entry) => {
      const tab = entry.indexOf('\t');
      const [mode, type, id] = entry.slice(0, tab).split(' ');
      return { mode, type, id: id!, path: entry.slice(tab + 1) };
    })
    .filter((e) => e.type === 'blob' && (e.mode === '100644' || e.mode === '100755'))
    .map(({ id, path }) => ({ id, path }));
}

/** The bytes of each object, in order, from one `git cat-file --batch` process. */
function catFiles(ids: readonly string[], cwd: string): Promise<Buffer[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file failed: ${stderr.trim()}`));
      const out = Buffer.concat(chunks);
      const result: Buffer[] = [];
      let at = 0;
      for (const id of ids) {
        const eol = out.indexOf(0x0a, at);
        const header = out.subarray(at, eol).toString();
        const [gotId, type, size] = header.split(' ');
        if (gotId !== id || type !== 'blob') return reject(new Error(`git cat-file: unexpected "${header}" for ${id}`));
        const start = eol + 1;
        result.push(out.subarray(start, start + Number(size)));
        at = start + Number(size) + 1;
      }
      resolve(result);
    });
    child.stdin.end(`${ids.join('\n')}\n`);
  });
}
