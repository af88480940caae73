/** npm run build's second step on its own: the Pagefind index of a built site (src/site/search-index.ts). */
import { EXIT, parseCliArgs, runCli } from '../src/cli/cli.ts';
import { buildSearchIndex, SearchIndexError } from '../src/site/search-index.ts';

const HELP = `Usage: node scripts/index-search.ts [--site DIR]

Builds the search index of a site built by astro build into DIR/pagefind/ (Pagefind). Only procedure pages are
indexed; the number indexed must match the site's procedure list (DIR/api/procedures.json).

Options:
  --site DIR   the built site (default dist)
  -h, --help   show this help`;

await runCli(HELP, async () => {
  const { values } = parseCliArgs({ site: { type: 'string', default: 'dist' } });
  try {
    const { pages, seconds, outputPath } = await buildSearchIndex(values.site);
    console.log(`[search] indexed ${pages} procedure pages in ${seconds.toFixed(1)} s -> ${outputPath}`);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof SearchIndexError)) throw error;
    console.error(error.message);
    return EXIT.problems;
  }
});
