/** npm run build's second step on its own: the Pagefind index of a built site (src/site/search-index.ts). */
import { EXIT, parseCliArgs, runCli, type Command } from '../src/cli/cli.ts';
import { buildSearchIndex, SearchIndexError } from '../src/site/search-index.ts';

const HELP = `Usage: node scripts/index-search.ts [--site DIR]

Builds the search index of a site built by astro build into DIR/pagefind/ (Pagefind). Only procedure pages are
indexed; the number indexed must match the site's procedure list (DIR/api/procedures.json).

Options:
  --site DIR   the built site (default dist)
  -h, --help   show this help`;

export const command: Command = {
  help: HELP,
  async main(argv, io) {
    const { values } = parseCliArgs({ site: { type: 'string', default: 'dist' } }, argv, io.env);
    try {
      const { pages, seconds, outputPath } = await buildSearchIndex(values.site);
      io.stdout.write(`[search] indexed ${pages} procedure pages in ${seconds.toFixed(1)} s -> ${outputPath}\n`);
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof SearchIndexError)) throw error;
      io.stderr.write(`${error.message}\n`);
      return EXIT.problems;
    }
  },
};

if (import.meta.main) await runCli(command);
