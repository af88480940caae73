/**
 * Lighthouse (mobile, simulated throttling) on one page of every kind of a built site (npm run bench:lighthouse).
 * Lighthouse runs through npx from the npm registry; it is not a dependency of the project.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serveDirectory } from './static-server.ts';

/** The first page under `dir` of the site, as a path ("/linh-vuc/ho-tich/"), or undefined. */
async function firstPage(site: string, dir: string): Promise<string | undefined> {
  const entries = (await readdir(join(site, dir), { withFileTypes: true })).filter((e) => e.isDirectory());
  const first = entries.map((e) => e.name).sort()[0];
  return first ? `/${dir}/${first}/` : undefined;
}

/** A page of every kind the site has; a kind the site lacks is left out. */
export async function pageKinds(site: string): Promise<[string, string][]> {
  const kinds: [string, string | undefined][] = [
    ['home', '/'],
    ['search with a query', '/tim-kiem/?q=dang+ky+khai+sinh'],
    ['search, an everyday name', '/tim-kiem/?q=so+do'],
    ['search, a former ward', '/tim-kiem/?q=ket+hon+phuong+Tan+Phu'],
    ['search, nothing found', '/tim-kiem/?q=xyzxyz'],
    ['province record', await firstPage(site, 'thu-tuc/xa/ho-tich').catch(() => undefined)],
    ['national record', await firstPage(site, 'quoc-gia').catch(() => undefined)],
    ['sectors', '/linh-vuc/'],
    ['a sector', await firstPage(site, 'linh-vuc').catch(() => undefined)],
    ['a level', '/cap/xa/'],
    ['communes', '/dia-phuong/'],
    ['a commune', await firstPage(site, 'dia-phuong').catch(() => undefined)],
    ['offices', '/co-quan/'],
    ['an office', await firstPage(site, 'co-quan').catch(() => undefined)],
    ['a life event', await firstPage(site, 'su-kien').catch(() => undefined)],
    ['a guide', await firstPage(site, 'huong-dan').catch(() => undefined)],
    ['report', '/bao-cao/'],
    ['about', '/gioi-thieu/'],
    ['404', '/404.html'],
  ];
  return kinds.filter((k): k is [string, string] => {
    if (k[1] === undefined) return false;
    const path = k[1].split('?')[0]!;
    return existsSync(join(site, path.endsWith('/') ? `${path}index.html` : path));
  });
}

interface LighthouseReport {
  categories: Record<string, { score: number }>;
  audits: Record<string, { numericValue: number }>;
}

export interface PageScore {
  kind: string;
  path: string;
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  kb: number;
}

export interface LighthouseOptions {
  chromium: string;
  /** The Lighthouse version npx runs. */
  version: string;
  env: NodeJS.ProcessEnv;
  /** Called after each page, for progress. */
  measured?: (score: PageScore) => void;
}

/** Serves `site` and runs Lighthouse on each of `pages` ([kind, path]), one after the other. */
export async function measurePages(
  site: string,
  pages: readonly [string, string][],
  options: LighthouseOptions,
): Promise<PageScore[]> {
  const server = await serveDirectory(site);
  const work = await mkdtemp(join(tmpdir(), 'tthc-lighthouse-'));
  const scores: PageScore[] = [];
  try {
    for (const [kind, path] of pages) {
      const out = join(work, `${scores.length}.json`);
      const flags = `--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=${join(work, `profile-${scores.length}`)}`;
      await promisify(execFile)(
        'npx',
        [
          '--yes',
          `lighthouse@${options.version}`,
          `${server.url}${path}`,
          '--only-categories=performance,accessibility',
          '--form-factor=mobile',
          '--output=json',
          `--output-path=${out}`,
          '--quiet',
          `--chrome-flags=${flags}`,
        ],
        { env: { ...options.env, CHROME_PATH: options.chromium }, maxBuffer: 1 << 26 },
      );
      const r = JSON.parse(await readFile(out, 'utf8')) as LighthouseReport;
      const a = (id: string) => r.audits[id]!.numericValue;
      const score: PageScore = {
        kind,
        path,
        performance: Math.round(r.categories.performance!.score * 100),
        accessibility: Math.round(r.categories.accessibility!.score * 100),
        fcpMs: Math.round(a('first-contentful-paint')),
        lcpMs: Math.round(a('largest-contentful-paint')),
        tbtMs: Math.round(a('total-blocking-time')),
        cls: a('cumulative-layout-shift'),
        kb: Math.round(a('total-byte-weight') / 1024),
      };
      scores.push(score);
      options.measured?.(score);
    }
  } finally {
    await server.close();
    await rm(work, { recursive: true, force: true });
  }
  return scores;
}

/** The scores as a text table, columns padded. */
export function formatScores(scores: readonly PageScore[]): string {
  const rows = [
    ['page', 'path', 'perf', 'a11y', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'KB'],
    ...scores.map((s) => [
      s.kind,
      s.path,
      String(s.performance),
      String(s.accessibility),
      String(s.fcpMs),
      String(s.lcpMs),
      String(s.tbtMs),
      s.cls.toFixed(3),
      String(s.kb),
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
}
