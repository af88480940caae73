import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, search, type Browser } from './chromium.ts';
import { SITE_SETUP_TIMEOUT, useSite, type TestSite } from './site.ts';

let site: TestSite;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  site = await useSite();
  origin = site.origin;
  browser = await openBrowser();
}, SITE_SETUP_TIMEOUT);
afterAll(async () => {
  await browser?.close();
  await site?.release();
});

describe('network', () => {
  it('makes no request to another site, on pages or while searching', async () => {
    const page = await browser.context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    for (const path of ['/', '/thu-tuc/xa/dang-ky-khai-sinh/', '/co-quan/mot-cua-phuong-tran-bien/'])
      await page.goto(origin + path);
    await search(page, origin, 'dang ky khai sinh');
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
  });
});
