/** Builds the fixture site once (astro build + Pagefind) and serves it for every browser test file. */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDirectory } from './static-server.ts';

export const FIXTURE_CONTENT = 'test/fixtures/site-content';

declare module 'vitest' {
  export interface ProvidedContext {
    siteOrigin: string;
    siteDir: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), 'tthc-site-'));
  const built = spawnSync(process.execPath, ['scripts/build-site.ts', '--out', dir], {
    env: { ...process.env, CONTENT_DIR: FIXTURE_CONTENT, SITE_TODAY: '2026-11-26' },
    encoding: 'utf8',
  });
  if (built.status !== 0) {
    throw new Error(`Building the fixture site failed (exit ${built.status}):\n${built.stdout}\n${built.stderr}`);
  }
  const server = await serveDirectory(dir);
  project.provide('siteOrigin', server.origin);
  project.provide('siteDir', dir);
  return async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  };
}
