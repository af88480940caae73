/**
 * The shared setup of a browser test file: the fixture site, or the bundled content's (each built once for the run
 * by global-setup.ts), and
 * one Chromium page, opened before the file's tests and closed after them. `ready` receives them.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type Browser } from './chromium.ts';
import { SITE_SETUP_TIMEOUT, useSite, type TestSite } from './site.ts';

export interface BrowserSession {
  site: TestSite;
  origin: string;
  browser: Browser;
  page: Page;
}

export function useBrowserSession(
  ready: (session: BrowserSession) => void,
  content: 'fixture' | 'bundled' = 'fixture',
): void {
  let site: TestSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await useSite(content);
    browser = await openBrowser();
    ready({ site, origin: site.origin, browser, page: await browser.context.newPage() });
  }, SITE_SETUP_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await site?.release();
  });
}
