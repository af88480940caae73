import { writeFile } from 'node:fs/promises';
import { listFiles, mapLimit, readContentFile } from '../load/files.ts';
import type { Problem } from '../load/problem.ts';
import { contentFileKind, DATA_FILE_NAMES } from './content-schemas.ts';
import { fixContentFile, type FileFix } from './fix-file.ts';

export interface FixResult {
  /** The files that changed (or would), with what changed. */
  fixed: FileFix[];
  /**
   * Files left exactly as they are because fix could not read them losslessly or safely: not UTF-8 nor UTF-16
   * (an "ANSI" file), not a regular file inside the content directory, too large. Each says why and what to do.
   */
  skipped: Problem[];
}

/**
 * Rewrites every file the loader reads (records and data files) into canonical form; returns the files that
 * changed, with what changed. With `dryRun` nothing is written. A file is written only when it was read
 * through readContentFile (a regular file inside `root`, decoded without loss), and only at its real path
 * inside `root`: fix never writes a file it could not decode, and never writes outside the content directory.
 */
export async function fixContent(root: string, options: { dryRun?: boolean } = {}): Promise<FixResult> {
  const records = [...(await listFiles(root, 'procedures')), ...(await listFiles(root, 'national'))];
  const files = [...DATA_FILE_NAMES, ...records].filter((f) => contentFileKind(f) !== undefined);
  const skipped: Problem[] = [];
  const results = await mapLimit(files, 32, async (file) => {
    const read = await readContentFile(root, file);
    if (!read.ok) {
      if (!read.missing) skipped.push(read.problem);
      return undefined;
    }
    const fixed = fixContentFile(file, read.raw);
    if (read.encoding !== 'utf-8') fixed.changes.unshift({ kind: 'utf8', was: read.encoding });
    else if (fixed.text === read.raw) return undefined;
    if (fixed.changes.length === 0) fixed.changes.push({ kind: 'whitespace' });
    if (!options.dryRun) await writeFile(read.path, fixed.text);
    return fixed;
  });
  return {
    fixed: results.filter((r): r is FileFix => r !== undefined),
    skipped: skipped.sort((a, b) => a.file.localeCompare(b.file)),
  };
}
