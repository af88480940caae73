import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_SETUP_TIMEOUT, useSite, type TestSite } from './site.ts';

let site: TestSite;
let origin: string;
let dir: string;

beforeAll(async () => {
  site = await useSite();
  ({ origin, dir } = site);
}, SITE_SETUP_TIMEOUT);
afterAll(() => site?.release());

interface ListItem {
  id: string;
  url: string;
  api_url: string;
  title: string;
}

async function list(): Promise<ListItem[]> {
  const res = await fetch(`${origin}/api/procedures.json`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { procedures: ListItem[] }).procedures;
}

describe('open data and the built pages', () => {
  it('publishes a page and a JSON file for every record in /api/procedures.json', async () => {
    const items = await list();
    expect(items.length).toBe(11);
    for (const item of items) {
      const page = await fetch(origin + item.url);
      expect(page.status, item.url).toBe(200);
      expect(await page.text(), item.url).toContain(`<h1`);
      const json = await fetch(origin + item.api_url);
      expect(json.status, item.api_url).toBe(200);
      expect(((await json.json()) as { id: string }).id).toBe(item.id);
    }
  });

  it('lists every procedure page in sitemap.xml', async () => {
    const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text();
    for (const item of await list()) expect(sitemap).toContain(`${item.url}</loc>`);
  });

  it('marks only procedure pages and locality pages for the search index', async () => {
    const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text();
    const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1]!);
    for (const path of paths) {
      const html = await (await fetch(origin + path)).text();
      expect(html.includes('data-pagefind-body'), path).toBe(/^\/(thu-tuc|quoc-gia|dia-phuong\/[^/]+)\//.test(path));
    }
  });

  it('gives a GovernmentService description on a procedure page', async () => {
    const html = await (await fetch(`${origin}/thu-tuc/xa/dang-ky-khai-sinh/`)).text();
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
    expect(JSON.parse(json ?? '{}')).toMatchObject({
      '@type': 'GovernmentService',
      name: 'Đăng ký khai sinh',
      identifier: '1.001193',
    });
  });

  it('keeps a procedure page within 30 KB of gzipped HTML and CSS', async () => {
    for (const path of ['thu-tuc/xa/dang-ky-khai-sinh', 'thu-tuc/xa/dang-ky-ket-hon', 'quoc-gia/1-001193']) {
      const html = await readFile(join(dir, path, 'index.html'), 'utf8');
      const css = await Promise.all(
        [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFile(join(dir, m[1]!))),
      );
      const bytes = gzipSync(html).length + css.reduce((n, c) => n + gzipSync(c).length, 0);
      expect(bytes, path).toBeLessThanOrEqual(30 * 1024);
    }
  });

  it('has no script on a procedure page other than its JSON-LD', async () => {
    const html = await (await fetch(`${origin}/thu-tuc/xa/dang-ky-khai-sinh/`)).text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toEqual(['<script type="application/ld+json">']);
  });
});
