import { readFile, writeFile } from 'node:fs/promises';
import { EXIT, parseCliArgs, runCli, UsageError, type Command } from '../src/cli/cli.ts';
import { withEvidenceCatalogue } from '../src/core/review/evidence-catalogue.ts';
import { withRulesCatalogue } from '../src/core/review/rules-catalogue.ts';

const HELP = `Usage: npm run docs:rules -- [--file FILE] [--check]

Writes the rule catalogue of the review documentation, generated from the rules in src/core/review/rules/
(id, default severity, label, what each finds, what the proposal recommends), between its two marker lines,
and the table of each rule's evidence (the evidence type its file exports) between its own two marker lines.

Options:
  --file FILE  the document holding the markers (default: docs/review-rules.md)
  --check      write nothing; exit 1 when FILE differs from what the rules generate
  -h, --help   show this help`;

export const command: Command = {
  help: HELP,
  async main(argv, io) {
    const { values } = parseCliArgs(
      {
        file: { type: 'string', default: 'docs/review-rules.md' },
        check: { type: 'boolean', default: false },
      },
      argv,
      io.env,
    );
    const current = await readFile(values.file, 'utf8').catch(() => {
      throw new UsageError(`${values.file} cannot be read`);
    });
    const catalogue = withRulesCatalogue(current);
    if (catalogue === undefined)
      throw new UsageError(
        `${values.file} has no rule catalogue markers (<!-- rules-catalogue:start … --> and <!-- rules-catalogue:end -->)`,
      );
    const generated = withEvidenceCatalogue(catalogue);
    if (generated === undefined)
      throw new UsageError(
        `${values.file} has no evidence table markers (<!-- rules-evidence:start … --> and <!-- rules-evidence:end -->)`,
      );
    if (values.check) {
      if (generated === current) return EXIT.ok;
      io.stderr.write(
        `${values.file}: the rule catalogue is out of date with the rules: run npm run docs:rules and commit it.\n`,
      );
      return EXIT.problems;
    }
    await writeFile(values.file, generated);
    io.stdout.write(`Wrote the rule catalogue of ${values.file}.\n`);
    return EXIT.ok;
  },
};

if (import.meta.main) await runCli(command);
