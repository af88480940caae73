/**
 * npm run build: the static site (astro build) then its search index (Pagefind, src/site/search-index.ts).
 * CONTENT_DIR chooses the content directory (default content/); a content directory with problems stops the
 * build with the checker's list.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { EXIT, parseCliArgs, runCli } from '../src/cli/cli.ts';
import { buildSearchIndex, SearchIndexError } from '../src/site/search-index.ts';

const HELP = `Usage: npm run build -- [--out DIR]

Builds the site (astro build) and its search index (Pagefind) into DIR. The content comes from CONTENT_DIR
(default content/); content with problems stops the build with the same list npm run check prints.

Options:
  --out DIR    where the site is written (default dist)
  -h, --help   show this help`;

await runCli(HELP, async () => {
  const { values } = parseCliArgs({ out: { type: 'string', default: 'dist' } });
  const out = values.out;
  // astro exports only its package.json; its CLI sits next to it.
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
  const started = performance.now();
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build', '--outDir', out], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    child.on('error', reject);
    child.on('exit', (c) => resolve(c ?? 1));
  });
  if (code !== 0) {
    console.error(`[build] astro build failed (exit ${code}); no search index written.`);
    return code;
  }
  try {
    const { pages, seconds, outputPath } = await buildSearchIndex(out);
    console.log(`[search] indexed ${pages} procedure pages in ${seconds.toFixed(1)} s -> ${outputPath}`);
  } catch (error) {
    if (!(error instanceof SearchIndexError)) throw error;
    console.error(error.message);
    return EXIT.problems;
  }
  console.log(`[build] site and search index in ${out}/ after ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return EXIT.ok;
});
