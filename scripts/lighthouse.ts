import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findChromium } from '../bench/lib/search-bytes.ts';
import { serveDirectory } from '../bench/lib/static-server.ts';
import { EXIT, parseCliArgs, runCli, UsageError, type Command } from '../src/cli/cli.ts';

const HELP = `Usage: npm run bench:lighthouse -- --site DIR [--lighthouse VERSION] [--only WORD]

Serves a built site (npm run build:local, or npm run build) from DIR on 127.0.0.1, gzipped like any static
host, and runs Lighthouse (mobile, simulated throttling) on one page of every kind: home, search (a query, an
everyday name, a former ward, nothing found),
a province record, a national record, lists of sectors, levels, communes and offices and one of each, a life
event, a guide, the report, the about page and 404. Prints performance and accessibility scores, FCP, LCP, TBT,
CLS and bytes per page. Lighthouse is run with npx from the npm registry (not a dependency of the project);
Chromium from CHROMIUM_PATH or the PATH.

Options:
  --site DIR            the built site (default dist)
  --lighthouse VERSION  the Lighthouse version npx runs (default 12)
  --only WORD           only the page kinds whose name holds WORD (e.g. search)
  -h, --help            show this help`;

/** The first page under `dir` of the site, as a path ("/linh-vuc/ho-tich/"), or undefined. */
async function firstPage(site: string, dir: string): Promise<string | undefined> {
  const entries = (await readdir(join(site, dir), { withFileTypes: true })).filter((e) => e.isDirectory());
  const first = entries.map((e) => e.name).sort()[0];
  return first ? `/${dir}/${first}/` : undefined;
}

/** A page of every kind the site has; a kind the site lacks is left out. */
async function pageKinds(site: string): Promise<[string, string][]> {
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

export const command: Command = {
  help: HELP,
  async main(argv, io) {
    const { values } = parseCliArgs(
      {
        site: { type: 'string', default: 'dist' },
        lighthouse: { type: 'string', default: '12' },
        only: { type: 'string' },
      },
      argv,
      io.env,
    );
    if (!existsSync(join(values.site, 'index.html'))) throw new UsageError(`no built site in ${values.site}`);
    const chromium = io.env.CHROMIUM_PATH ?? findChromium();
    if (!chromium) throw new UsageError('no Chromium found: install chromium or set CHROMIUM_PATH');
    const server = await serveDirectory(values.site);
    const work = await mkdtemp(join(tmpdir(), 'tthc-lighthouse-'));
    const rows: string[][] = [['page', 'path', 'perf', 'a11y', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'KB']];
    try {
      const only = values.only;
      for (const [kind, path] of (await pageKinds(values.site)).filter(([k]) => !only || k.includes(only))) {
        const out = join(work, `${rows.length}.json`);
        const flags = `--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=${join(work, `profile-${rows.length}`)}`;
        await promisify(execFile)(
          'npx',
          [
            '--yes',
            `lighthouse@${values.lighthouse}`,
            `${server.url}${path}`,
            '--only-categories=performance,accessibility',
            '--form-factor=mobile',
            '--output=json',
            `--output-path=${out}`,
            '--quiet',
            `--chrome-flags=${flags}`,
          ],
          { env: { ...io.env, CHROME_PATH: chromium }, maxBuffer: 1 << 26 },
        );
        const r = JSON.parse(await readFile(out, 'utf8')) as LighthouseReport;
        const a = (id: string) => r.audits[id]!.numericValue;
        rows.push([
          kind,
          path,
          String(Math.round(r.categories.performance!.score * 100)),
          String(Math.round(r.categories.accessibility!.score * 100)),
          String(Math.round(a('first-contentful-paint'))),
          String(Math.round(a('largest-contentful-paint'))),
          String(Math.round(a('total-blocking-time'))),
          a('cumulative-layout-shift').toFixed(3),
          String(Math.round(a('total-byte-weight') / 1024)),
        ]);
        io.stderr.write(`  ${kind}: ${rows.at(-1)![2]}\n`);
      }
    } finally {
      await server.close();
      await rm(work, { recursive: true, force: true });
    }
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    io.stdout.write(`${rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n')}\n`);
    return EXIT.ok;
  },
};

if (import.meta.main) await runCli(command);
