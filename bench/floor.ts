/**
 * The floor of `check`: read every file of a content directory and parse its YAML (front matter of each .md,
 * whole .yaml files) with the same `yaml` package, with the loader's read concurrency, and nothing else.
 * No schema, no positions, no references. Whatever check spends beyond this is the cost of checking.
 *
 * Usage: node bench/floor.ts DIR   (prints one JSON line: files, yaml documents, seconds)
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';

const CONCURRENCY = 64;

const root = process.argv[2];
if (!root) {
  process.stderr.write('Usage: node bench/floor.ts DIR\n');
  process.exit(2);
}

const started = performance.now();
const entries = await readdir(root, { recursive: true, withFileTypes: true });
const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));

let documents = 0;
async function parseFile(path: string): Promise<void> {
  const text = await readFile(path, 'utf8');
  if (path.endsWith('.yaml') || path.endsWith('.yml')) {
    parse(text, { schema: 'core' });
    documents++;
  } else if (path.endsWith('.md') && text.startsWith('---')) {
    const end = text.indexOf('\n---', 3);
    if (end > 0) {
      parse(text.slice(text.indexOf('\n') + 1, end), { schema: 'core' });
      documents++;
    }
  }
}

let next = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < files.length) await parseFile(files[next++]!);
  }),
);
process.stdout.write(
  `${JSON.stringify({ files: files.length, documents, seconds: (performance.now() - started) / 1000 })}\n`,
);
