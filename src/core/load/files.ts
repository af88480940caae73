import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { stripBom } from '../text/normalize.ts';

/** Every file below `dir` (relative paths with forward slashes, sorted); [] when `dir` does not exist. */
export async function listFiles(root: string, dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(join(root, dir), { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** UTF-8 text with a BOM removed and CRLF/CR line endings turned into LF (editors on Windows save both). */
export async function readContentText(path: string): Promise<string> {
  return toLf(stripBom(await readFile(path, 'utf8')));
}

export function toLf(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Runs `fn` over `items` with at most `limit` in flight, keeping order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
