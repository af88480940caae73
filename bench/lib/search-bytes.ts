/**
 * Bytes a browser downloads from a site's Pagefind index for one query, cold cache: a fresh browser context
 * per query loads a probe page that runs Pagefind's JS API (search, then the data of the first five results,
 * as a results page shows them). Bytes are read from our own server's log, which also sees the Web Worker.
 */
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { readQuery, type SearchVocabulary } from '../../src/site/search-query.ts';
import { serveDirectory, type ServedRequest } from './static-server.ts';

export interface QueryBytes {
  query: string;
  /** What the search page hands to Pagefind for `query` (search-query.ts), when the site has that page. */
  sent?: string;
  results: number;
  /** Everything under /pagefind/ for this query with a cold cache. */
  totalBytes: number;
  /** pagefind.js, worker, wasm, entry and meta: paid once per visit. */
  runtimeBytes: number;
  filterBytes: number;
  /** Index chunks and the fragments of the first five results: paid by every new query. */
  indexBytes: number;
  fragmentBytes: number;
}

const PROBE = '__bench-search-probe.html';
const PROBE_HTML = `<!doctype html><meta charset="utf-8"><title>probe</title>
<script type="module">
window.runSearch = async (q, options) => {
  const pagefind = await import('/pagefind/pagefind.js');
  await pagefind.options(options);
  const search = await pagefind.search(q);
  await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
  return search.results.length;
};
window.probeReady = true;
</script>`;

/** A Chromium binary: CHROMIUM_PATH, or the first chromium/chrome on PATH. */
export function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
      if (existsSync(join(dir, name))) return join(dir, name);
    }
  }
  return undefined;
}

function classify(requests: ServedRequest[]): Omit<QueryBytes, 'query' | 'results'> {
  const sum = (test: (p: string) => boolean) => requests.filter((r) => test(r.path)).reduce((s, r) => s + r.bytes, 0);
  const inPagefind = (p: string) => p.startsWith('/pagefind/');
  return {
    totalBytes: sum(inPagefind),
    filterBytes: sum((p) => p.startsWith('/pagefind/filter/')),
    indexBytes: sum((p) => p.startsWith('/pagefind/index/')),
    fragmentBytes: sum((p) => p.startsWith('/pagefind/fragment/')),
    runtimeBytes: sum((p) => inPagefind(p) && !/^\/pagefind\/(filter|index|fragment)\//.test(p)),
  };
}

/** Pagefind options the search page sets as attributes of <pagefind-config> that change what is downloaded. */
const OPTION_ATTRIBUTES = { 'no-worker': 'noWorker', 'exact-diacritics': 'exactDiacritics' } as const;

/**
 * How the search page uses Pagefind, from its built page: its reading of a query (place out, everyday names,
 * i/y) and the options its <pagefind-config> sets. Without such a page, queries go as typed with default options.
 */
async function pageSearch(site: string): Promise<{ read?: (q: string) => string; options: Record<string, boolean> }> {
  const html = await readFile(join(site, 'tim-kiem', 'index.html'), 'utf8').catch(() => undefined);
  const config = html && /<pagefind-config\b([^>]*)>/.exec(html)?.[1];
  const options: Record<string, boolean> = {};
  for (const [attribute, option] of Object.entries(OPTION_ATTRIBUTES)) {
    if (config && new RegExp(`\\s${attribute}(\\s|=|$)`).test(config)) options[option] = true;
  }
  const json = html && /<script type="application\/json" id="search-data">(.*?)<\/script>/s.exec(html)?.[1];
  if (!json) return { options };
  const { vocabulary } = JSON.parse(json) as { vocabulary: SearchVocabulary };
  return { read: (q) => readQuery(q, vocabulary).query, options };
}

export async function measureSearchBytes(
  site: string,
  queries: readonly string[],
  chromium: string,
): Promise<QueryBytes[]> {
  const { chromium: launcher } = await import('playwright-core');
  await writeFile(join(site, PROBE), PROBE_HTML);
  const { read, options } = await pageSearch(site);
  const server = await serveDirectory(site);
  const browser = await launcher.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const out: QueryBytes[] = [];
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/${PROBE}`);
      await page.waitForFunction(() => (window as unknown as { probeReady?: boolean }).probeReady === true);
      const from = server.log.length;
      const results = await page.evaluate(
        ([q, o]) => (window as unknown as { runSearch: (q: string, o: object) => Promise<number> }).runSearch(q, o),
        [read ? read(query) : query, options] as const,
      );
      await page.waitForTimeout(300);
      out.push({ query, ...(read ? { sent: read(query) } : {}), results, ...classify(server.log.slice(from)) });
      await context.close();
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
    await rm(join(site, PROBE), { force: true });
  }
}
