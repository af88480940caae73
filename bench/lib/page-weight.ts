/**
 * Gzipped weight of a built page: its HTML plus every stylesheet it links (what a first visit downloads
 * before images and scripts). Gzip level 6, the usual server default.
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  page: string;
  htmlGzipBytes: number;
  cssGzipBytes: number;
  totalGzipBytes: number;
}

const gz = (b: Buffer | string) => gzipSync(b, { level: 6 }).length;

export async function pageWeight(site: string, htmlFile: string): Promise<PageWeight> {
  const html = await readFile(htmlFile, 'utf8');
  let css = 0;
  for (const m of html.matchAll(/<link\b[^>]*rel=["']?stylesheet["']?[^>]*>/g)) {
    const href = /href=["']?([^"' >]+)/.exec(m[0])?.[1];
    if (!href || /^https?:/.test(href)) continue;
    const path = href.startsWith('/') ? join(site, href.split(/[?#]/)[0]!) : join(dirname(htmlFile), href);
    css += await readFile(path).then(gz, () => 0);
  }
  const htmlGzip = gz(html);
  return {
    page: `/${relative(site, htmlFile).split(sep).join('/')}`,
    htmlGzipBytes: htmlGzip,
    cssGzipBytes: css,
    totalGzipBytes: htmlGzip + css,
  };
}

/** The HTML files below `site/folder`, sorted. */
export async function htmlFiles(site: string, folder: string): Promise<string[]> {
  const entries = await readdir(join(site, folder), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** First, middle and last of a sorted list: three pages spread over the catalogue. */
export function spread<T>(items: readonly T[]): T[] {
  if (items.length <= 3) return [...items];
  return [items[0]!, items[Math.floor(items.length / 2)]!, items[items.length - 1]!];
}
