import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { EXIT, parseCliArgs, runCli, UsageError, type Command } from '../src/cli/cli.ts';
import { generateCatalogue, type GeneratedFile } from '../bench/generate/generate-catalogue.ts';

const HELP = `Usage: npm run gen:catalog -- --records N --out DIR [--seed S] [--force]

Writes a synthetic but realistic content directory (every record demo: true) for scale tests and
benchmarks: site.yaml and the vocabularies, about N/10 national records (one per code) and N published
records across levels and localities, with planted differences at the rates listed in
docs/performance.md. The same N and seed always give byte-identical files.

Options:
  --records N   number of published records (procedures/**), at least 1
  --out DIR     directory to write; must be empty or absent unless --force
  --seed S      any text or number (default: 1)
  --force       write into a non-empty directory (same-named files are overwritten, others are left)
  -h, --help    show this help`;

const WRITE_CONCURRENCY = 32;

export const command: Command = {
  help: HELP,
  async main(argv, io) {
    const { values } = parseCliArgs(
      {
        records: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: '1' },
        force: { type: 'boolean', default: false },
      },
      argv,
      io.env,
    );
    const records = Number(values.records);
    if (values.records === undefined || !Number.isInteger(records) || records < 1) {
      throw new UsageError('--records must be a whole number of at least 1');
    }
    if (!values.out) throw new UsageError('--out DIR is required');
    const existing = await readdir(values.out).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    if (existing.length > 0 && !values.force) {
      throw new UsageError(`${values.out} is not empty; choose an empty directory or add --force`);
    }

    const started = performance.now();
    const { files, summary } = generateCatalogue({ records, seed: values.seed });
    const madeDirs = new Map<string, Promise<unknown>>();
    const write = async (file: GeneratedFile) => {
      const path = join(values.out!, file.path);
      const dir = dirname(path);
      let made = madeDirs.get(dir);
      if (!made) {
        made = mkdir(dir, { recursive: true });
        madeDirs.set(dir, made);
      }
      await made;
      await writeFile(path, file.content);
    };
    // Files come from a lazy generator: write them in small batches so memory stays flat at any N.
    let batch: Promise<void>[] = [];
    let count = 0;
    for (const file of files) {
      batch.push(write(file));
      count++;
      if (batch.length >= WRITE_CONCURRENCY) {
        await Promise.all(batch);
        batch = [];
      }
    }
    await Promise.all(batch);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.stdout.write(
      `Wrote ${count} files to ${values.out} in ${seconds} s: ${summary.published} published records ` +
        `(tinh ${summary.byLevel.tinh}, huyen ${summary.byLevel.huyen}, xa ${summary.byLevel.xa}) and ${summary.national} national records, seed ${summary.seed}.\n`,
    );
    return EXIT.ok;
  },
};

if (import.meta.main) await runCli(command);
