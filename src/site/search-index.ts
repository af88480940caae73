/**
 * The site's Pagefind search index, built after `astro build` through Pagefind's Node API. Only procedure pages
 * and the heading of locality pages are indexed (they carry data-pagefind-body; /bao-cao/ and every other page
 * never do). Every response's
 * `errors` array is checked: Pagefind reports problems there instead of throwing.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The part of the `pagefind` package this module uses (a fake stands in for it in tests). */
export interface PagefindApi {
  createIndex(config?: { forceLanguage?: string }): Promise<{ errors: string[]; index?: PagefindIndexApi }>;
  close(): Promise<unknown>;
}
export interface PagefindIndexApi {
  addDirectory(dir: { path: string; glob?: string }): Promise<{ errors: string[]; page_count: number }>;
  writeFiles(options: { outputPath: string }): Promise<{ errors: string[]; outputPath: string }>;
}

export class SearchIndexError extends Error {}

/**
 * Procedure pages live under these folders (src/site/urls.ts); "where I live" pages too, of which only the
 * name and the former units' names are indexed, so that an old ward's name finds the commune of today.
 */
export const INDEXED_GLOB = '{thu-tuc,quoc-gia,dia-phuong/*}/**/*.html';

function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new SearchIndexError(`Pagefind failed to ${step}:\n  ${errors.join('\n  ')}`);
}

/**
 * Indexes `site` into `site/pagefind/`. `expectedPages` (the number of records in
 * /api/procedures.json and of locality pages) guards against pages silently missing from the index.
 */
export async function indexSearch(
  site: string,
  expectedPages: number,
  pagefind: PagefindApi,
): Promise<{ pages: number; seconds: number }> {
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
        `Pagefind indexed ${added.page_count} pages but the site has ${expectedPages} procedure and locality pages; a page is missing data-pagefind-body or was not built.`,
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
  const file = join(site, 'api', 'procedures.json');
  const text = await readFile(file, 'utf8').catch(() => {
    throw new SearchIndexError(`No built site in ${site}: ${file} is missing. Build the site first (npm run build).`);
  });
  return (JSON.parse(text) as { count: number }).count;
}

/** Number of "where I live" pages (`dia-phuong/<id>/index.html`; the list page itself is not indexed). */
export async function countLocalityPages(site: string): Promise<number> {
  const entries = await readdir(join(site, 'dia-phuong'), { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory()).length;
}

/**
 * Indexes a built site with the installed Pagefind; the page count must match the site's procedure list plus
 * its locality pages.
 */
export async function buildSearchIndex(site: string): Promise<{ pages: number; seconds: number; outputPath: string }> {
  const pagefind = (await import('pagefind')) as unknown as PagefindApi;
  const expected = (await countProcedures(site)) + (await countLocalityPages(site));
  const result = await indexSearch(site, expected, pagefind);
  return { ...result, outputPath: join(site, 'pagefind') };
}
