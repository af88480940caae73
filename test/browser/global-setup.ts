/** Builds the fixture site once and serves it for every browser test file. */
import type { TestProject } from 'vitest/node';
import { buildAndServe } from './site.ts';

export default async function setup(project: TestProject) {
  const site = await buildAndServe();
  project.provide('siteOrigin', site.origin);
  project.provide('siteDir', site.dir);
  return () => site.release();
}
