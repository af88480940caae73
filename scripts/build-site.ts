/**
 * npm run build: the static site (astro build) then its search index (Pagefind).
 * CONTENT_DIR chooses the content directory (default content/); a content
 * directory with problems stops the build with the checker's list.
 *
 * Usage: node scripts/build-site.ts [--out DIR]   (default dist)
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { main as indexSearch } from './index-search.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const out = values.out!;
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
  process.exit(code);
}
await indexSearch(['--site', out]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
console.log(`[build] site and search index in ${out}/ after ${((performance.now() - started) / 1000).toFixed(1)} s`);
