/**
 * npm run build: the static site and its search index (astro build, whose integration runs Pagefind:
 * src/site/pagefind-integration.ts).
 * CONTENT_DIR chooses the content directory (default content/); a content directory with problems stops the
 * build with the checker's list.
 */
import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT, parseCliArgs, runCli, UsageError, type Command } from '../src/cli/cli.ts';
import { LOCAL_SITE_URL, readSiteUrl } from '../src/site/site-url.ts';

const HELP = `Usage: npm run build -- [--out DIR] [--local]

Builds the site (astro build) and its search index (Pagefind) into DIR. The content comes from CONTENT_DIR
(default content/); content with problems stops the build with the same list npm run check prints. SITE_URL,
the site's public address, is required: canonical links and the sitemap are written with it.

Options:
  --local      a build to look at on this machine (npm run build:local): without SITE_URL, links point to
               ${LOCAL_SITE_URL}, where npm run serve serves it
  --out DIR    where the site is written (default dist); anywhere, inside the project or not, as long as it
               is not the project itself, one of its source folders or the content, and holds nothing but a
               previous build
  -h, --help   show this help

Runs from any working directory: DIR and CONTENT_DIR are read relative to it.
Exit codes: 0 built, 1 content problems or a failed build, 2 usage error (a refused --out), 3 internal error.`;

const PROJECT = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]+$/, '');
/** Folders of the project a build must never be written into (Astro empties its output directory). */
const SOURCES = [
  'src',
  'content',
  'public',
  'scripts',
  'test',
  'docs',
  'bench',
  'bin',
  '.git',
  'node_modules',
  '.tools',
];

/**
 * The top-level names a build of this site writes: its pages (src/pages), the files of public/, Astro's assets
 * and Pagefind's index. A directory is taken for a previous build only when it holds index.html and nothing
 * else: one stray name (a package folder that happens to be called "pagefind", a document) and it is refused,
 * because Astro empties its output directory.
 */
async function builtNames(): Promise<Set<string>> {
  const names = new Set(['_astro', 'pagefind']);
  for (const entry of await readdir(join(PROJECT, 'src', 'pages'))) {
    const page = entry.replace(/\.(?:astro|ts|js|md|mdx)$/, '');
    if (page === 'index' || page === '404') names.add(`${page}.html`);
    else names.add(page.replace(/^\[.*\]$/, ''));
  }
  for (const entry of await readdir(join(PROJECT, 'public')).catch(() => [])) names.add(entry);
  return names;
}

const inside = (path: string, dir: string) => path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);

/** A refused output directory, with the reason; undefined when `out` may be written. */
async function refuseOutput(out: string, content: string): Promise<string | undefined> {
  if (inside(PROJECT, out))
    return `--out ${out} is the project or a folder holding it; the build would replace it. Choose a new directory, e.g. --out dist.`;
  // node_modules/.cache is where tools keep what they rebuild (the browser tests build there): not a source.
  const cache = join(PROJECT, 'node_modules', '.cache');
  const source = SOURCES.map((s) => join(PROJECT, s)).find(
    (s) => inside(out, s) && !(inside(out, cache) && out !== cache),
  );
  if (source)
    return `--out ${out} is inside the project's ${relative(PROJECT, source)}/ folder; the build would overwrite it. Choose another directory, e.g. --out dist.`;
  if (inside(out, content) || inside(content, out))
    return `--out ${out} overlaps the content directory ${content}; choose another directory.`;
  const info = await stat(out).catch(() => undefined);
  if (!info) return undefined;
  if (!info.isDirectory()) return `--out ${out} exists and is not a directory.`;
  const names = await readdir(out);
  if (names.length === 0) return undefined;
  const built = await builtNames();
  const foreign = names.filter((n) => !built.has(n));
  if (!names.includes('index.html') || foreign.length > 0) {
    const shown = (foreign.length > 0 ? foreign : names).slice(0, 3);
    return `--out ${out} holds files that are not a built site (${shown.join(', ')}${names.length > 3 ? ', …' : ''}); the build would delete them. Choose a new or empty directory, or a previous build's.`;
  }
  return undefined;
}

export const command: Command = {
  help: HELP,
  async main(argv, io) {
    const { values } = parseCliArgs(
      { out: { type: 'string', default: 'dist' }, local: { type: 'boolean', default: false } },
      argv,
      io.env,
    );
    // Both relative to where the command was typed; Astro itself runs in the project (its root and config).
    const out = resolve(values.out);
    const content = resolve(io.env.CONTENT_DIR ?? join(PROJECT, 'content'));
    const refused = await refuseOutput(out, content);
    if (refused) throw new UsageError(refused);
    const local = values.local && !io.env.SITE_URL;
    const siteUrl = local ? { url: LOCAL_SITE_URL } : readSiteUrl(io.env.SITE_URL);
    if ('error' in siteUrl) {
      io.stderr.write(`[build] ${siteUrl.error}\n`);
      return EXIT.usage;
    }
    if (local)
      io.stdout.write(
        `[build] local build: links point to ${LOCAL_SITE_URL} (npm run serve), not to a public address.\n`,
      );
    // astro exports only its package.json; its CLI sits next to it.
    const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
    const started = performance.now();
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, [astro, 'build', '--outDir', out], {
        cwd: PROJECT,
        stdio: 'inherit',
        env: { ...io.env, CONTENT_DIR: content, SITE_URL: siteUrl.url, ASTRO_TELEMETRY_DISABLED: '1' },
      });
      child.on('error', reject);
      child.on('exit', (c) => resolve(c ?? 1));
    });
    if (code !== 0) {
      io.stderr.write(`[build] astro build failed (exit ${code}).\n`);
      return code;
    }
    io.stdout.write(
      `[build] site and search index in ${out}/ after ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
    return EXIT.ok;
  },
};

if (import.meta.main) await runCli(command);
