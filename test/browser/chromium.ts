/** Headless Chromium for the tests: Debian's package (or CHROMIUM_PATH), a fresh profile, no background traffic. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import axe from 'axe-core';

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function openBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'tthc-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Runs axe-core on the page (WCAG 2.0-2.2 A and AA rules) and returns the violations, summarised. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const result = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  );
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Number of results Pagefind's summary announces ("4 kết quả cho khai sinh"). */
export async function resultCount(page: Page): Promise<number> {
  const text = (await page.locator('pagefind-summary').innerText()).trim();
  return Number(/^(\d+)/.exec(text)?.[1] ?? 0);
}

/** Opens the search page with a query; resolves with the titles of the results once Pagefind has shown them. */
export async function search(page: Page, origin: string, query: string): Promise<string[]> {
  await page.goto(`${origin}/tim-kiem/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    () => /^\s*\d/.test(document.querySelector('pagefind-summary')?.textContent ?? ''),
    undefined,
    { timeout: 20_000 },
  );
  const count = await resultCount(page);
  // Results load their data lazily as they scroll into view; the first ones are enough.
  const shown = Math.min(count, 3);
  await page.waitForFunction((n) => document.querySelectorAll('pagefind-results li a').length >= n, shown, {
    timeout: 20_000,
  });
  return page.$$eval('pagefind-results li a', (links) => links.map((a) => a.textContent?.trim() ?? ''));
}
