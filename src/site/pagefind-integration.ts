/**
 * The search index as part of `astro build`: once the pages are written, Pagefind indexes the procedure pages
 * (src/site/search-index.ts), so that a plain `astro build` gives a searchable site. TTHC_SEARCH_INDEX=0 skips it
 * (the benchmark times Pagefind apart with scripts/index-search.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from './search-index.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'tthc-kb:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.TTHC_SEARCH_INDEX === '0') {
          logger.info('search index skipped (TTHC_SEARCH_INDEX=0)');
          return;
        }
        const { pages, seconds, outputPath } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`indexed ${pages} procedure and locality pages in ${seconds.toFixed(1)} s -> ${outputPath}`);
      },
    },
  };
}
