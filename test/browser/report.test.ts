import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, type Browser } from './chromium.ts';
import { useBrowserSession } from './session.ts';

let origin: string;
let browser: Browser;
let page: Page;

useBrowserSession((s) => ({ origin, browser, page } = s));

const OVERVIEW = '/bao-cao/';
/** The fixture plants a fee of 8.000 đ/bản nationally and 10.000 đ/bản in the province's version of 2.000635. */
const PLANTED_GROUP = '/bao-cao/nhom/2-000635/';

/** Every /bao-cao/ page reachable from the overview, following report links two levels deep. */
async function reportPages(): Promise<string[]> {
  const seen = new Set<string>([OVERVIEW]);
  let frontier = [OVERVIEW];
  for (let depth = 0; depth < 2; depth++) {
    const next: string[] = [];
    for (const path of frontier) {
      const html = await (await fetch(origin + path)).text();
      for (const [, href] of html.matchAll(/href="(\/bao-cao\/[^"#?]*\/)"/g)) {
        if (!seen.has(href!)) {
          seen.add(href!);
          next.push(href!);
        }
      }
    }
    frontier = next;
  }
  return [...seen];
}

describe('the report overview', () => {
  it('draws each count as an SVG chart with a title, beside a table of the same figures', async () => {
    await page.goto(origin + OVERVIEW);
    const charts = await page.$$eval('svg.bar-chart', (svgs) =>
      svgs.map((svg) => ({
        role: svg.getAttribute('role'),
        title: svg.querySelector('title')?.textContent ?? '',
        bars: svg.querySelectorAll('rect').length,
      })),
    );
    expect(charts.map((c) => c.title)).toEqual(
      expect.arrayContaining([
        'Theo mức độ: số phát hiện',
        'Theo quy tắc: số phát hiện',
        'Theo lĩnh vực: số phát hiện',
      ]),
    );
    for (const c of charts) expect(c).toMatchObject({ role: 'img' });
    const pairs = await page.$$eval('.chart-pair', (ps) =>
      ps.map((p) => ({ svg: !!p.querySelector('svg'), rows: p.querySelectorAll('table tbody tr').length })),
    );
    expect(pairs.length).toBe(charts.length);
    for (const p of pairs) expect(p.svg && p.rows > 0).toBe(true);
    const rule = await page.locator('table.counts tr', { hasText: 'Mức phí khác bản quốc gia' }).innerText();
    expect(rule.replace(/\s+/g, ' ')).toBe('Mức phí khác bản quốc gia 1 1');
  });

  it('shows the report date (SITE_TODAY of the build) and lists the orphaned decision', async () => {
    await page.goto(origin + OVERVIEW);
    await expect(page.locator('.report-date').innerText()).resolves.toContain('26/11/2026');
    await expect(page.locator('section[aria-labelledby="quyet-dinh-mo-coi"]').innerText()).resolves.toContain(
      'fee-differs:1.001193',
    );
  });

  it('has no script and no horizontal scroll at 360 px', async () => {
    for (const path of [OVERVIEW, PLANTED_GROUP]) {
      const html = await (await fetch(origin + path)).text();
      expect(html, path).not.toMatch(/<script/);
      const narrow = await browser.context.newPage();
      await narrow.setViewportSize({ width: 360, height: 800 });
      await narrow.goto(origin + path);
      expect(await narrow.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      await narrow.close();
    }
  });
});

describe('a group view', () => {
  it('marks the planted fee difference in words, with both amounts side by side', async () => {
    await page.goto(origin + PLANTED_GROUP);
    const row = page.locator('table.comparison tr.differs[data-row="fees"]');
    const text = await row.innerText();
    expect(text).toContain('≠ Khác nhau');
    expect(text).toContain('8.000 đ/bản');
    expect(text).toContain('10.000 đ/bản');
    // The province's cell is the one marked, and says what it differs from to a screen reader.
    const marked = await row.locator('td.differs').textContent();
    expect(marked).toContain('10.000 đ/bản');
    expect(marked).toContain('khác bản quốc gia');
    const unmarked = page.locator('table.comparison tr[data-row="channels"]');
    expect((await unmarked.getAttribute('class')) ?? '').not.toContain('differs');
  });

  it('lists the group’s findings with their evidence and cost', async () => {
    await page.goto(origin + PLANTED_GROUP);
    const fee = page.locator('.finding', { hasText: 'Mức phí khác bản quốc gia' });
    await expect(fee.locator('.evidence').innerText()).resolves.toContain('10.000 đ/bản');
    await expect(fee.locator('.cost').innerText()).resolves.toMatch(
      /hiện tại [\d.]+ đ, sau đơn giản hóa [\d.]+ đ, tiết kiệm [\d.]+ đ/,
    );
  });

  it('prints without navigation, rows kept whole and the report date in the page margin', async () => {
    await page.goto(origin + PLANTED_GROUP);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      nav: getComputedStyle(document.querySelector('.report-nav')!).display,
      header: getComputedStyle(document.querySelector('.site-header')!).display,
      rowBreak: getComputedStyle(document.querySelector('table.comparison tbody tr')!).breakInside,
      margins: Array.from(document.querySelectorAll('head style'), (s) => s.textContent).join(''),
    }));
    await page.emulateMedia({ media: 'screen' });
    expect(printed).toMatchObject({ nav: 'none', header: 'none', rowBreak: 'avoid' });
    expect(printed.margins).toContain('Ngày báo cáo 26/11/2026');
  });
});

describe('lists of findings', () => {
  it('show a decided finding with its decision and note, linked to its group and records', async () => {
    await page.goto(`${origin}/bao-cao/trang-thai/fix-planned/`);
    const item = page.locator('.finding').first();
    await expect(item.locator('.status').innerText()).resolves.toContain('Sẽ sửa — Bỏ Nghị định 158/2005/NĐ-CP');
    const links = await item.locator('.links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual([
      '/bao-cao/nhom/1-000894/',
      '/thu-tuc/xa/dang-ky-ket-hon/',
      '/thu-tuc/xa/phuong-tran-bien/dang-ky-ket-hon/',
    ]);
    for (const href of links) expect((await fetch(origin + href!)).status, href!).toBe(200);
  });
});

describe('report downloads', () => {
  it('serves every file the review writes, non-empty, the workbook and document as zip (PK) files', async () => {
    await page.goto(`${origin}/bao-cao/tai-ve/`);
    const hrefs = await page.$$eval('ul.downloads a', (as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(
      ['findings.json', 'findings.csv', 'report.xlsx', 'report.docx', 'report.md'].map((f) => `/bao-cao/tai-ve/${f}`),
    );
    for (const href of hrefs) {
      const res = await fetch(origin + href!);
      expect(res.status, href!).toBe(200);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(bytes.length, href!).toBeGreaterThan(0);
      if (/\.(xlsx|docx)$/.test(href!)) expect(String.fromCharCode(bytes[0]!, bytes[1]!), href!).toBe('PK');
    }
    const json = (await (await fetch(`${origin}/bao-cao/tai-ve/findings.json`)).json()) as {
      today: string;
      findings: { rule: string }[];
    };
    expect(json.today).toBe('2026-11-26');
    expect(json.findings.some((f) => f.rule === 'fee-differs-from-baseline')).toBe(true);
  });
});

describe('report pages and the citizen site', () => {
  it('finds no accessibility violation on the overview, a group view, a list and the downloads', async () => {
    for (const path of [OVERVIEW, PLANTED_GROUP, '/bao-cao/quy-tac/fee-differs-from-baseline/', '/bao-cao/tai-ve/']) {
      await page.goto(origin + path);
      expect(await axeViolations(page), path).toEqual([]);
    }
  });

  it('keeps every report page out of the search index', async () => {
    const pages = await reportPages();
    expect(pages).toEqual(
      expect.arrayContaining([OVERVIEW, PLANTED_GROUP, '/bao-cao/tai-ve/', '/bao-cao/cap/quoc-gia/']),
    );
    for (const path of pages) {
      const res = await fetch(origin + path);
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).not.toContain('data-pagefind-body');
    }
    // Words every report page has find nothing under /bao-cao/ in the built index.
    await page.goto(`${origin}/tim-kiem/`);
    // A string, so that the test runner's bundler leaves this import() for the browser to run.
    const urls = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const found = [];
      for (const q of ['báo cáo rà soát', 'phát hiện', 'khác nhau']) {
        const { results } = await pagefind.search(q);
        for (const r of results) found.push((await r.data()).url);
      }
      return found;
    })()`);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => u.includes('/bao-cao/'))).toEqual([]);
  });

  it('is linked from the about page', async () => {
    await page.goto(`${origin}/gioi-thieu/`);
    await expect(page.locator('main a[href="/bao-cao/"]').count()).resolves.toBe(1);
  });
});
