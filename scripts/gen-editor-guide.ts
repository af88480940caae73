import { readFile, writeFile } from 'node:fs/promises';
import { renderFieldReference } from '../src/core/field-reference/field-reference.ts';
import { EXIT, parseCliArgs, runCli, type Command } from '../src/cli/cli.ts';

const HELP = `Usage: npm run docs:fields -- [--out FILE] [--check]

Writes the editor guide's field reference (Vietnamese), generated from the zod schemas in src/core/schema:
every key of every content file with its type, whether it is required, its description and allowed values.

Options:
  --out FILE   where to write it (default: docs/field-reference.md)
  --check      write nothing; exit 1 when FILE differs from what the schemas generate
  -h, --help   show this help`;

export const command: Command = {
  help: HELP,
  async main(argv, io) {
    const { values } = parseCliArgs(
      {
        out: { type: 'string', default: 'docs/field-reference.md' },
        check: { type: 'boolean', default: false },
      },
      argv,
      io.env,
    );
    const generated = renderFieldReference();
    if (values.check) {
      const current = await readFile(values.out, 'utf8').catch(() => '');
      if (current === generated) return EXIT.ok;
      io.stderr.write(`${values.out} is out of date with the schemas: run npm run docs:fields and commit it.\n`);
      return EXIT.problems;
    }
    await writeFile(values.out, generated);
    io.stdout.write(`Wrote ${values.out}.\n`);
    return EXIT.ok;
  },
};

if (import.meta.main) await runCli(command);
