/**
 * Builds the Pagefind search index of a built site (after `astro build`), through
 * Pagefind's Node API. Only procedure pages are indexed (they carry
 * data-pagefind-body; /bao-cao/ and every other page never do). Every response's
 * `errors` array is checked: Pagefind reports problems there instead of throwing.
 *
 * Usage: node scripts/index-search.ts [--site DIR]   (default dist)
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** The part of the `pagefind` package this script uses (a fake stands in for it in tests). */
export interface PagefindApi {
  createIndex(config?: { forceLanguage?: string }): Promise<{ errors: string[]; index?: PagefindIndexApi }>;
  close(): Promise<unknown>;
}
export interface PagefindIndexApi {
  addDirectory(dir: { path: string; glob?: string }): Promise<{ errors: string[]; page_count: number }>;
  writeFiles(options: { outputPath: string }): Promise<{ errors: string[]; outputPath: string }>;
}

export class SearchIndexError extends Error {}

/** Procedure pages live under these folders (src/site/urls.ts). */
export const INDEXED_GLOB = '{thu-tuc,quoc-gia}/**/*.html';

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new SearchIndexError(`Pagefind failed to ${step}:\n  ${errors.join('\n  ')}`);
}

/**
 * Indexes `site` into `site/pagefind/`. `expectedPages` (the number of records in
 * /api/procedures.json) guards against pages silently missing from the index.
 */
export async function indexSearch(site: string, expectedPages: number, pagefind: PagefindApi): Promise<{ pages: number; seconds: number }> {
  const started = performance.now();
  try {
    // One index for the whole site: every page is Vietnamese.
    const created = await pagefind.createIndex({ forceLanguage: 'vi' });
    check('create an index', created.errors);
    if (!created.index) throw new SearchIndexError('Pagefind created no index and reported no error.');
    const added = await created.index.addDirectory({ path: site, glob: INDEXED_GLOB });
    check(`index ${site}`, added.errors);
    if (added.page_count !== expectedPages) {
      throw new SearchIndexError(
        `Pagefind indexed ${added.page_count} pages but the site has ${expectedPages} procedures; a procedure page is missing data-pagefind-body or was not built.`,
      );
    }
    const written = await created.index.writeFiles({ outputPath: join(site, 'pagefind') });
    check('write the index', written.errors);
    return { pages: added.page_count, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pagefind.close();
  }
}

/** Number of procedure pages, read from the built open-data list. */
export async function countProcedures(site: string): Promise<number> {
  const list = JSON.parse(await readFile(join(site, 'api', 'procedures.json'), 'utf8')) as { count: number };
  return list.count;
}

export async function main(args = process.argv.slice(2)): Promise<void> {
  const { values } = parseArgs({ args, options: { site: { type: 'string', default: 'dist' } } });
  const site = values.site!;
  const pagefind = (await import('pagefind')) as unknown as PagefindApi;
  const { pages, seconds } = await indexSearch(site, await countProcedures(site), pagefind);
  console.log(`[search] indexed ${pages} procedure pages in ${seconds.toFixed(1)} s -> ${join(site, 'pagefind')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
