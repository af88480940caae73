import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { resultCount, search } from './chromium.ts';
import { useBrowserSession } from './session.ts';

let origin: string;
let page: Page;

interface IndexedResult {
  url: string;
  title: string;
  /** The page's whole indexed text, from which Pagefind cuts the excerpt under each result. */
  content: string;
}

/** Pagefind's own API on the search page: every result of a query with what the index holds for it. */
async function indexedResults(query: string): Promise<IndexedResult[]> {
  await page.goto(`${origin}/tim-kiem/`);
  // A string, so that the test runner's bundler leaves this import() for the browser to run.
  return page.evaluate<IndexedResult[]>(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const { results } = await pagefind.search(${JSON.stringify(query)});
    return Promise.all(results.map(async (r) => {
      const d = await r.data();
      return { url: d.url, title: d.meta.title, content: d.content };
    }));
  })()`);
}

useBrowserSession((s) => ({ origin, page } = s));

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
    await page.waitForFunction(
      (n) => Number(/\d+/.exec(document.querySelector('pagefind-summary')?.textContent ?? '')?.[0]) < n,
      before,
    );
    const after = await resultCount(page);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    await page.waitForFunction((n) => document.querySelectorAll('pagefind-results li a').length >= n, after);
    const links = await page.$$eval('pagefind-results li a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.some((href) => href.includes('/thu-tuc/tinh/'))).toBe(true);
    expect(links.some((href) => href.includes('/thu-tuc/xa/'))).toBe(false);
  });

  it('finds a procedure by a document to bring, typed without tone marks', async () => {
    const titles = await search(page, origin, 'giay chung sinh');
    expect(titles[0]).toBe('Đăng ký khai sinh');
  });

  it('finds a procedure by the paper it gives', async () => {
    const titles = await search(page, origin, 'giay chung nhan ket hon');
    expect(titles[0]).toBe('Đăng ký kết hôn');
  });

  it('finds the province versions when the query says "thủ tục" or asks how and where', async () => {
    const marriage = await indexedResults('thu tuc dang ky ket hon');
    expect(marriage.map((r) => r.url)).toEqual(
      expect.arrayContaining([
        '/thu-tuc/xa/dang-ky-ket-hon/',
        '/thu-tuc/xa/phuong-tran-bien/dang-ky-ket-hon/',
        '/quoc-gia/1-000894/',
      ]),
    );
    const birth = await indexedResults('lam giay khai sinh o dau');
    expect(birth.map((r) => r.url)).toContain('/thu-tuc/xa/dang-ky-khai-sinh/');
  });

  it("puts a commune's own version first when the commune is named", async () => {
    const results = await indexedResults('ket hon tran bien');
    expect(results[0]?.url).toBe('/thu-tuc/xa/phuong-tran-bien/dang-ky-ket-hon/');
  });

  it('indexes what people search for and leaves out steps, guidance, addresses and instructions', async () => {
    const [birth] = await indexedResults('giay chung sinh');
    expect(birth?.url).toBe('/thu-tuc/xa/dang-ky-khai-sinh/');
    // Title, sector, the summary's answers, the documents to bring.
    for (const text of [
      'Đăng ký khai sinh',
      'Hộ tịch',
      'Lệ phí đăng ký khai sinh',
      'Ủy ban nhân dân xã, phường',
      'Giấy khai sinh (bản chính)',
      'Giấy chứng sinh',
      'Giấy tờ tùy thân của người đi đăng ký',
    ]) {
      expect(birth?.content).toContain(text);
    }
    // A step, the guidance body, the checklist and print instructions, who may apply.
    for (const text of ['Sổ hộ tịch', 'Mang theo bản chính', 'Đánh dấu từng ô', 'Ctrl+P', 'Cá nhân']) {
      expect(birth?.content).not.toContain(text);
    }
    const [tranBien] = await indexedResults('ket hon tran bien');
    expect(tranBien?.content).toContain('Bộ phận Một cửa phường Trấn Biên');
    expect(tranBien?.content).not.toContain('0251');
  });

  it('finds nothing for a word only the instructions on every page use', async () => {
    // "Khi in trang này (Ctrl+P ...)" is under every checklist; it used to make every page a result.
    expect(await indexedResults('Ctrl')).toEqual([]);
  });
});

describe('search page around the results', () => {
  it('keeps the province-wide record when the query names a former ward, and links the ward and its own version', async () => {
    // Phường Bửu Long merged into Phường Trấn Biên (fixture localities.yaml `formerly`). Tall enough for the
    // three results to load (they load as they scroll into view, below the ward's box).
    await page.setViewportSize({ width: 1280, height: 1200 });
    const titles = await search(page, origin, 'dang ki ket hon Buu Long');
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(titles).toContain('Đăng ký kết hôn');
    // The box keeps what was typed, though Pagefind ran "dang ky ket hon".
    expect(await page.locator('pagefind-input input').inputValue()).toBe('dang ki ket hon Buu Long');
    const place = page.locator('#search-place');
    await expect.poll(() => place.isVisible()).toBe(true);
    expect(await place.locator('h2 a').getAttribute('href')).toBe('/dia-phuong/phuong-tran-bien/');
    expect(await place.locator('h2').innerText()).toContain('Phường Bửu Long (nay thuộc Phường Trấn Biên)');
    expect(await place.locator('ul a').getAttribute('href')).toBe('/thu-tuc/xa/phuong-tran-bien/dang-ky-ket-hon/');
  });

  it('shows the time and fee under each result', async () => {
    await search(page, origin, 'dang ky khai sinh');
    const facts = page.locator('pagefind-results li .result-facts').first();
    await expect.poll(() => facts.innerText()).toMatch(/^Thời hạn: .+ · Lệ phí: .+/);
  });

  it('keeps labels and answers apart in the excerpt', async () => {
    const [birth] = await indexedResults('giay chung sinh');
    expect(birth?.content).toMatch(/Thời hạn giải quyết: [^.:]+\. Phí, lệ phí: \S/);
  });

  it('offers help, the hotline and the national portal when nothing is found, and no empty filter box', async () => {
    await page.goto(`${origin}/tim-kiem/?q=${encodeURIComponent('xyzxyzq')}`);
    const help = page.locator('#search-help');
    await expect.poll(() => help.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await help.locator('a[href^="tel:"]').innerText()).toContain('1022');
    expect(await help.locator('a[href="https://dichvucong.gov.vn"]').count()).toBe(1);
    expect(await help.locator('a[href^="/su-kien/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-filters').isVisible()).toBe(false);
  });

  it('says which word nothing holds when Pagefind drops it, and offers help under the results', async () => {
    await page.goto(`${origin}/tim-kiem/?q=${encodeURIComponent('xyzq khai sinh')}`);
    const unknown = page.locator('#search-unknown');
    await expect.poll(() => unknown.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await unknown.locator('strong').innerText()).toBe('“xyzq”');
    expect(await page.locator('#search-help').isVisible()).toBe(true);
    expect(await resultCount(page)).toBeGreaterThan(0);
    // Every word known: once the results are read, no such line.
    await search(page, origin, 'khai sinh');
    await page.locator('#search-unknown[data-checked]').waitFor({ state: 'attached', timeout: 20_000 });
    expect(await unknown.isVisible()).toBe(false);
  });

  it('suggests the official spelling with tone marks when a search finds nothing', async () => {
    await page.goto(`${origin}/tim-kiem/?q=${encodeURIComponent('giay phep xay dung')}`);
    const spelling = page.locator('#search-spelling');
    await expect.poll(() => spelling.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await spelling.locator('a').allInnerTexts()).toContain('giấy phép xây dựng');
  });

  for (const [width, height] of [
    [360, 740],
    [1280, 800],
  ] as const) {
    it(`shows the first result above the fold and before the filters at ${width} px`, async () => {
      await page.setViewportSize({ width, height });
      try {
        await search(page, origin, 'khai sinh');
        const first = await page.locator('pagefind-results li a').first().boundingBox();
        const filters = await page.locator('#search-filters').boundingBox();
        expect(first!.y + first!.height).toBeLessThanOrEqual(height);
        if (width < 800) expect(first!.y).toBeLessThan(filters!.y);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      } finally {
        await page.setViewportSize({ width: 1280, height: 720 });
      }
    });
  }
});
