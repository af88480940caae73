/**
 * Compares two builds of the site page by page (bench/lib/built-pages.ts): the proof that formatting the .astro
 * files, or any change meant to leave output alone, changes no rendered page.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { compareSites, formatComparison, sameRenderedPages } from './lib/built-pages.ts';
import { EXIT, parseCliArgs, runCli, UsageError, type Command } from '../src/cli/cli.ts';

const HELP = `Usage: node bench/compare-built-pages.ts --before DIR --after DIR [--show N]

Compares two built sites (node scripts/build-site.ts --out DIR, same SITE_URL and content) page by page.
Every HTML page is counted as identical in bytes, identical in markup once whitespace a browser does not render
is set aside (runs of whitespace as one space, none beside block-level tags), identical in visible text only,
or different; every other file (assets, search index) is compared by its bytes. Prints the counts and the first
differing line of each page whose markup or text changed.

Options:
  --before DIR the site built before the change
  --after DIR  the site built after it
  --show N     how many differing pages to print (default 20)
  -h, --help   show this help

Exit codes: 0 no page's markup or text changed, 1 some did, 2 usage error, 3 internal error.`;

export const command: Command = {
  help: HELP,
  async main(argv, io) {
    const { values } = parseCliArgs(
      { before: { type: 'string' }, after: { type: 'string' }, show: { type: 'string', default: '20' } },
      argv,
      io.env,
    );
    const { before, after } = values;
    if (!before || !after) throw new UsageError('give both built sites: --before DIR --after DIR');
    for (const dir of [before, after])
      if (!existsSync(join(dir, 'index.html'))) throw new UsageError(`no built site in ${dir}`);
    const shown = Number(values.show);
    if (!Number.isInteger(shown) || shown < 0) throw new UsageError(`--show takes a whole number, not ${values.show}`);
    const comparison = await compareSites(before, after);
    io.stdout.write(`${formatComparison(comparison, shown)}\n`);
    return sameRenderedPages(comparison) ? EXIT.ok : EXIT.problems;
  },
};

if (import.meta.main) await runCli(command);
