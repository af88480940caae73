import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatScores, measurePages, pageKinds } from '../bench/lib/lighthouse.ts';
import { findChromium } from '../bench/lib/search-bytes.ts';
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
    const only = values.only;
    const pages = (await pageKinds(values.site)).filter(([kind]) => !only || kind.includes(only));
    const scores = await measurePages(values.site, pages, {
      chromium,
      version: values.lighthouse,
      env: io.env,
      measured: (s) => io.stderr.write(`  ${s.kind}: ${s.performance}\n`),
    });
    io.stdout.write(`${formatScores(scores)}\n`);
    return EXIT.ok;
  },
};

if (import.meta.main) await runCli(command);
