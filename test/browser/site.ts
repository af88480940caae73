/**
 * The built fixture site the browser tests run against. vitest.browser.config.ts builds it once in its
 * global setup; a test file run by another config (a plain `vitest run`) builds and serves its own copy.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { inject } from 'vitest';
import { serveDirectory } from '../../bench/lib/static-server.ts';

export const FIXTURE_CONTENT = 'test/fixtures/site-content';
/** The bundled Đồng Nai content, for the cases the fixture is too small to show. */
export const BUNDLED_CONTENT = 'content';
const CACHE = join('node_modules', '.cache', 'tthc-browser-tests');

declare module 'vitest' {
  export interface ProvidedContext {
    siteOrigin: string;
    siteDir: string;
    bundledOrigin: string;
    bundledDir: string;
  }
}

export interface TestSite {
  origin: string;
  dir: string;
  release(): Promise<void>;
}

/** Builds content (the fixture by default; astro build + Pagefind) into a temporary directory and serves it on 127.0.0.1. */
export async function buildAndServe(content = FIXTURE_CONTENT): Promise<TestSite> {
  // Inside the project on purpose: Astro puts its prerender chunks in .astro/ of the project when outDir is
  // outside it, so two builds into /tmp at once (two test runs, or a test run and npm run build) would collide.
  await mkdir(CACHE, { recursive: true });
  const dir = await mkdtemp(join(CACHE, 'site-'));
  const output: string[] = [];
  const status = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, ['scripts/build-site.ts', '--out', dir, '--local'], {
      env: { ...process.env, CONTENT_DIR: content, SITE_TODAY: '2026-11-26' },
    });
    child.stdout.on('data', (d: Buffer) => output.push(d.toString()));
    child.stderr.on('data', (d: Buffer) => output.push(d.toString()));
    child.on('error', fail);
    child.on('close', done);
  });
  if (status !== 0) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`Building the site of ${content} failed (exit ${status}):\n${output.join('')}`);
  }
  const server = await serveDirectory(dir);
  return {
    origin: server.url,
    dir,
    release: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Time a test file's beforeAll may take when it has to build its own site. */
export const SITE_SETUP_TIMEOUT = 300_000;

/** The shared site of `content` when the global setup provided one, else a site of this file's own. */
export async function useSite(content: 'fixture' | 'bundled' = 'fixture'): Promise<TestSite> {
  const origin = inject(content === 'fixture' ? 'siteOrigin' : 'bundledOrigin');
  if (origin) return { origin, dir: inject(content === 'fixture' ? 'siteDir' : 'bundledDir'), release: async () => {} };
  return buildAndServe(content === 'fixture' ? FIXTURE_CONTENT : BUNDLED_CONTENT);
}
