import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles, mapLimit } from '../load/files.ts';
import { contentFileKind, DATA_FILE_NAMES } from './content-schemas.ts';
import { fixContentFile, type FileFix } from './fix-file.ts';

/**
 * Rewrites every file the loader reads (records and data files) into canonical form; returns the files that
 * changed, with what changed. With `dryRun` nothing is written.
 */
export async function fixContent(root: string, options: { dryRun?: boolean } = {}): Promise<FileFix[]> {
  const records = [...(await listFiles(root, 'procedures')), ...(await listFiles(root, 'national'))];
  const files = [...DATA_FILE_NAMES, ...records].filter((f) => contentFileKind(f) !== undefined);
  const results = await mapLimit(files, 32, async (file) => {
    let input: string;
    try {
      input = await readFile(join(root, file), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const fixed = fixContentFile(file, input);
    if (fixed.text === input) return undefined;
    if (fixed.changes.length === 0) fixed.changes.push('whitespace normalised');
    if (!options.dryRun) await writeFile(join(root, file), fixed.text);
    return fixed;
  });
  return results.filter((r): r is FileFix => r !== undefined);
}
