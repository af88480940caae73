import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  generateCatalogue,
  type GeneratedFile,
  type GenerationSummary,
} from '../../../bench/generate/generate-catalogue.ts';

/** Generates a catalogue in memory. */
export function generate(
  records: number,
  seed: string | number,
): { files: GeneratedFile[]; summary: GenerationSummary } {
  const { files, summary } = generateCatalogue({ records, seed });
  return { files: [...files], summary };
}

/** Writes generated files into a new temporary directory and returns it. */
export async function writeCatalogue(files: readonly GeneratedFile[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tthc-gen-test-'));
  for (const file of files) {
    const path = join(dir, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.content);
  }
  return dir;
}
