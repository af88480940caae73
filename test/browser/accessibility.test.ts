import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, search } from './chromium.ts';
import { useBrowserSession } from './session.ts';

let origin: string;
let page: Page;

useBrowserSession((s) => ({ origin, page } = s));

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  for (const [name, path] of [
    ['the home page', '/'],
    ['a procedure page', '/thu-tuc/xa/dang-ky-ket-hon/'],
    ['a national record page', '/quoc-gia/1-001193/'],
    ['an agency page', '/co-quan/mot-cua-phuong-tran-bien/'],
    ['a locality page', '/dia-phuong/phuong-tran-bien/'],
    ['the about page', '/gioi-thieu/'],
  ] as const) {
    it(`finds no violation on ${name}`, async () => {
      await page.goto(origin + path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('finds no violation on search results', async () => {
    const titles = await search(page, origin, 'khai sinh');
    expect(titles.length).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lets a keyboard user skip to the main content', async () => {
    await page.goto(`${origin}/thu-tuc/xa/dang-ky-khai-sinh/`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Bỏ qua, đến nội dung chính');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('noi-dung');
  });
});
