import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, search, type Browser } from './chromium.ts';

const origin = inject('siteOrigin');
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(() => browser.close());

describe('network', () => {
  it('makes no request to another site, on pages or while searching', async () => {
    const page = await browser.context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    for (const path of ['/', '/thu-tuc/xa/dang-ky-khai-sinh/', '/co-quan/mot-cua-phuong-tran-bien/']) await page.goto(origin + path);
    await search(page, origin, 'dang ky khai sinh');
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
  });
});
