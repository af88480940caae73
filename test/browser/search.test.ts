import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, resultCount, search, type Browser } from './chromium.ts';
import { SITE_SETUP_TIMEOUT, useSite, type TestSite } from './site.ts';

let site: TestSite;
let origin: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  site = await useSite();
  origin = site.origin;
  browser = await openBrowser();
  page = await browser.context.newPage();
}, SITE_SETUP_TIMEOUT);
afterAll(async () => {
  await browser?.close();
  await site?.release();
});

describe('search', () => {
  it('finds "Đăng ký khai sinh" when typed without tone marks and with d for đ', async () => {
    const titles = await search(page, origin, 'dang ky khai sinh');
    expect(titles[0]).toBe('Đăng ký khai sinh');
  });

  it('lists the province version before the national record of the same procedure', async () => {
    const titles = await search(page, origin, 'dang ky ket hon');
    expect(titles.indexOf('Đăng ký kết hôn')).toBeLessThan(titles.indexOf('Thủ tục đăng ký kết hôn'));
  });

  it('finds a procedure by its everyday abbreviation (CCCD)', async () => {
    const titles = await search(page, origin, 'CCCD');
    expect(titles).toContain('Cấp thẻ căn cước cho công dân từ đủ 14 tuổi trở lên');
  });

  it('narrows the results when a filter is ticked', async () => {
    await search(page, origin, 'khai sinh');
    const before = await resultCount(page);
    await page.locator('details.pf-filter-group[data-filter-name="Cấp"] summary').click();
    await page.getByRole('checkbox', { name: /Cấp tỉnh/ }).check();
    await page.waitForFunction((n) => Number(/\d+/.exec(document.querySelector('pagefind-summary')?.textContent ?? '')?.[0]) < n, before);
    const after = await resultCount(page);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    await page.waitForFunction((n) => document.querySelectorAll('pagefind-results li a').length >= n, after);
    const links = await page.$$eval('pagefind-results li a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.some((href) => href.includes('/thu-tuc/tinh/'))).toBe(true);
    expect(links.some((href) => href.includes('/thu-tuc/xa/'))).toBe(false);
  });
});
