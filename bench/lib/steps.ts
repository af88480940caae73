/**
 * The benchmark's steps: what each one runs, and whether the project has it yet. A step the project does not
 * have is reported as "n/a (not built yet)" rather than failing, so the benchmark runs at any stage.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { StepCommand } from './measure.ts';
import { LOCAL_SITE_URL } from '../../src/site/site-url.ts';

export const STEP_NAMES = ['floor', 'check', 'report', 'site', 'search', 'bare', 'bare-search', 'probe'] as const;
export type StepName = (typeof STEP_NAMES)[number];

export const STEP_LABELS: Record<StepName, string> = {
  floor: 'floor (read + YAML)',
  check: 'check --json',
  report: 'report',
  site: 'site: astro build',
  search: 'site: Pagefind index',
  bare: 'bare Astro build',
  'bare-search': 'bare: Pagefind index',
  probe: 'search bytes, page weight',
};

export interface StepContext {
  repo: string;
  content: string;
  /** Scratch directory of this catalogue size (outputs of report, site and bare builds). */
  work: string;
  today: string;
}

export type StepPlan =
  { available: true; command: StepCommand; note?: string; before?: string[] } | { available: false; note: string };

const NOT_BUILT = 'n/a (not built yet)';

export function astroCli(repo: string): string {
  return join(dirname(createRequire(join(repo, 'package.json')).resolve('astro/package.json')), 'bin', 'astro.mjs');
}

function pagefindCli(repo: string): string {
  // pagefind exports only its API, for `import` only; its CLI is the package's bin.
  return join(repo, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
}

export const outputs = (ctx: StepContext) => ({
  report: join(ctx.work, 'report'),
  site: join(ctx.work, 'site'),
  bare: join(ctx.work, 'bare'),
});

/** The command of a measured step; `before` lists directories to delete first (cold builds). */
export function planStep(name: Exclude<StepName, 'probe'>, ctx: StepContext): StepPlan {
  const node = process.execPath;
  const has = (path: string) => existsSync(join(ctx.repo, path));
  const out = outputs(ctx);
  // Astro's CLI turns on Node's compile cache (in the OS temp directory). A second build of the same content
  // then skips compiling the data store Astro inlines as one huge module (66 s instead of 190 s for the bare
  // reference at 20,000 records), so a repeated run would not be cold. Every build here compiles afresh, as CI does.
  const env = { ASTRO_TELEMETRY_DISABLED: '1', NODE_DISABLE_COMPILE_CACHE: '1' };
  switch (name) {
    case 'floor':
      return { available: true, command: { argv: [node, 'bench/floor.ts', ctx.content], cwd: ctx.repo } };
    case 'check':
      if (!has('scripts/check.ts')) return { available: false, note: NOT_BUILT };
      return {
        available: true,
        command: {
          argv: [node, 'scripts/check.ts', '--content', ctx.content, '--json', '--today', ctx.today],
          cwd: ctx.repo,
        },
      };
    case 'report':
      if (!has('scripts/report.ts')) return { available: false, note: NOT_BUILT };
      return {
        available: true,
        before: [out.report],
        command: {
          argv: [node, 'scripts/report.ts', '--content', ctx.content, '--out', out.report, '--today', ctx.today],
          cwd: ctx.repo,
        },
      };
    case 'site':
      if (!has('astro.config.mjs') || !has('src/pages')) return { available: false, note: NOT_BUILT };
      // The astro step alone (npm run build = astro build + index-search); CONTENT_DIR picks the content.
      // Run from the scratch directory (scripts/bench.ts puts it under the repository): with an outDir outside
      // the working directory Astro prerenders into <cwd>/.astro/.prerender, and two builds sharing it break.
      return {
        available: true,
        before: [out.site],
        command: {
          argv: [node, astroCli(ctx.repo), 'build', '--root', ctx.repo, '--outDir', out.site],
          cwd: ctx.work,
          // The astro step alone: its search-index integration is timed apart (the `search` step).
          env: { ...env, CONTENT_DIR: ctx.content, TTHC_SEARCH_INDEX: '0', SITE_URL: LOCAL_SITE_URL },
        },
      };
    case 'search':
      if (!has('scripts/index-search.ts'))
        return { available: false, note: has('scripts/build-site.ts') ? 'n/a (inside the build script)' : NOT_BUILT };
      return {
        available: true,
        command: { argv: [node, 'scripts/index-search.ts', '--site', out.site], cwd: ctx.repo },
      };
    case 'bare': {
      const root = join(ctx.repo, 'bench', 'bare-astro');
      return {
        available: true,
        // Cold: no data-store cache, no previous output.
        before: [out.bare, join(root, 'node_modules', '.astro'), join(root, '.astro')],
        command: {
          argv: [node, astroCli(ctx.repo), 'build', '--root', root, '--outDir', out.bare],
          cwd: ctx.work,
          env: { ...env, BENCH_CONTENT_DIR: ctx.content },
        },
      };
    }
    case 'bare-search':
      return { available: true, command: { argv: [node, pagefindCli(ctx.repo), '--site', out.bare], cwd: ctx.repo } };
  }
}
