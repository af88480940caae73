/**
 * Builds the sites every browser test file shares, once for the run: the fixture, and the bundled content for the
 * cases only real records show (one after the other: two Astro builds at once compete for two cores).
 */
import type { TestProject } from 'vitest/node';
import { BUNDLED_CONTENT, buildAndServe } from './site.ts';

export default async function setup(project: TestProject) {
  const site = await buildAndServe();
  const bundled = await buildAndServe(BUNDLED_CONTENT);
  project.provide('siteOrigin', site.origin);
  project.provide('siteDir', site.dir);
  project.provide('bundledOrigin', bundled.origin);
  project.provide('bundledDir', bundled.dir);
  return async () => {
    await site.release();
    await bundled.release();
  };
}
