/**
 * The one place pages get content from: loadContent on CONTENT_DIR (default
 * content/), once per build. A content directory with problems fails the
 * build with the same list `npm run check` prints: nothing half-built is published.
 */
import { relative, resolve } from 'node:path';
import { formatProblems } from '../core/load/format-problems.ts';
import { loadContent } from '../core/load/load-content.ts';
import { lastChangedDates } from '../core/git/last-changed.ts';
import { buildSiteModel, type SiteModel } from './model.ts';
import { LOCAL_SITE_URL } from './site-url.ts';

export class ContentProblemsError extends Error {}

export function contentDir(): string {
  return process.env.CONTENT_DIR ?? 'content';
}

/** Origin for absolute URLs (sitemap, JSON-LD); a build has SITE_URL (astro.config.mjs, site-url.ts). */
export function siteUrl(): string {
  return process.env.SITE_URL ?? LOCAL_SITE_URL;
}

/** The build's "today", for validity dates (a commune dissolved, a level ended). SITE_TODAY pins it. */
export function today(): string {
  return process.env.SITE_TODAY ?? new Date().toISOString().slice(0, 10);
}

let memo: Promise<SiteModel> | undefined;

export function getSiteModel(): Promise<SiteModel> {
  memo ??= load();
  return memo;
}

async function load(): Promise<SiteModel> {
  const dir = contentDir();
  const started = performance.now();
  const [{ catalogue, problems }, lastChanged] = await Promise.all([loadContent(dir), lastChangedDates(dir)]);
  if (problems.length > 0) {
    throw new ContentProblemsError(
      `The content in ${dir} has problems; the site is not built.\n${formatProblems(problems, dir)}`,
    );
  }
  const fromRoot = relative(process.cwd(), resolve(dir)).split('\\').join('/');
  const model = buildSiteModel(catalogue, {
    contentPath: fromRoot.startsWith('..') ? undefined : fromRoot,
    siteUrl: siteUrl(),
    lastChanged,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `[site] ${dir}: ${catalogue.records.length} published and ${catalogue.national.length} national records loaded in ${seconds} s`,
  );
  return model;
}
