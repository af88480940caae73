import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession } from './session.ts';

let origin: string;
let page: Page;

useBrowserSession((s) => ({ origin, page } = s));

describe('a procedure page', () => {
  it('shows the summary first, then the document checklist with the form and copies of each document', async () => {
    await page.goto(`${origin}/thu-tuc/xa/dang-ky-khai-sinh/`);
    const headings = await page.$$eval('main h2', (hs) => hs.map((h) => h.textContent));
    expect(headings.slice(0, 2)).toEqual(['Tóm tắt', 'Giấy tờ cần chuẩn bị']);
    const items = await page.$$eval('.checklist ol li', (lis) =>
      lis.map((li) => (li as HTMLElement).innerText.replace(/\s+/g, ' ')),
    );
    expect(items).toHaveLength(3);
    expect(items[1]).toContain('Giấy chứng sinh');
    expect(items[1]).toContain('Bản chính hoặc Bản điện tử · 1 bản');
    expect(items[2]).toContain('Xuất trình, không nộp');
  });

  it('says plainly when the record is illustrative data', async () => {
    await page.goto(`${origin}/thu-tuc/xa/dang-ky-khai-sinh/`);
    await expect(page.locator('.notice.demo').innerText()).resolves.toContain('Dữ liệu minh họa');
  });

  it('keeps words apart where the template breaks lines', async () => {
    await page.goto(`${origin}/thu-tuc/xa/phuong-tran-bien/dang-ky-ket-hon/`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Mã thủ tục 1.000894 · Cấp xã – Phường Trấn Biên · Hộ tịch');
    expect(text).toContain('Thấy thông tin sai? Gọi 1022 hoặc báo lỗi. Biên tập viên có thể sửa trang này.');
  });

  it('compares the versions of the same procedure and names what differs', async () => {
    await page.goto(`${origin}/thu-tuc/xa/dang-ky-ket-hon/`);
    const section = await page.locator('section[aria-labelledby="phien-ban"]').innerText();
    expect(section).toContain('Cấp xã – Phường Trấn Biên');
    expect(section).toContain('Bản quốc gia');
    expect(section).toMatch(/khác nhau về .*thời hạn giải quyết/);
  });

  it("sends a reader of a national record to the province's versions, a locality's own one only for there", async () => {
    await page.goto(`${origin}/quoc-gia/1-000894/`);
    const notice = page.locator('.notice:not(.demo)');
    const text = await notice.innerText();
    expect(text).toContain('xem bản của tỉnh: Đăng ký kết hôn (Cấp xã).');
    expect(text).toContain('Đăng ký kết hôn: bản của Phường Trấn Biên, chỉ áp dụng ở Phường Trấn Biên.');
    await expect(notice.locator('.local-version a').getAttribute('href')).resolves.toBe(
      '/thu-tuc/xa/phuong-tran-bien/dang-ky-ket-hon/',
    );
  });

  it('shows a superseded legal basis as superseded', async () => {
    await page.goto(`${origin}/thu-tuc/xa/dang-ky-ket-hon/`);
    const item = page.locator('.legal li.superseded');
    await expect(item.innerText()).resolves.toContain('158/2005/NĐ-CP');
    await expect(item.innerText()).resolves.toContain('Đã bị thay thế');
  });

  it('prints only the summary and the checklist', async () => {
    await page.goto(`${origin}/thu-tuc/xa/dang-ky-khai-sinh/`);
    await page.emulateMedia({ media: 'print' });
    const visible = await page.$$eval('main h2', (hs) =>
      hs.filter((h) => (h as HTMLElement).offsetParent !== null).map((h) => h.textContent),
    );
    await page.emulateMedia({ media: 'screen' });
    expect(visible).toEqual(['Tóm tắt', 'Giấy tờ cần chuẩn bị']);
  });

  it('renders HTML injected in a record body as inert text', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/thu-tuc/xa/xac-nhan-tinh-trang-hon-nhan/`);
    await page.locator('.prose b, .prose p').first().hover();
    const injected = await page.evaluate(() => (window as unknown as { __injected?: string }).__injected);
    expect(injected).toBeUndefined();
    expect(
      await page.locator('.prose script, .prose img, .prose iframe, .prose [onerror], .prose [onmouseover]').count(),
    ).toBe(0);
    expect(await page.locator('.prose a[href^="javascript"]').count()).toBe(0);
    await expect(page.locator('.prose').innerText()).resolves.toContain('Câu hướng dẫn sau đoạn mã.');
    expect(errors).toEqual([]);
  });

  it('fits a 360 px wide phone without sideways scrolling', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['/', '/thu-tuc/xa/dang-ky-ket-hon/', '/co-quan/mot-cua-phuong-tran-bien/']) {
      await page.goto(origin + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(360);
    }
  });
});

describe('what backs a province record', () => {
  it('calls only an official record "Tỉnh Đồng Nai công bố", with its decision, on the page and in lists', async () => {
    await page.goto(`${origin}/thu-tuc/tinh/cap-the-can-cuoc/`);
    const official = await page.locator('.provenance').innerText();
    expect(official).toContain('Tỉnh Đồng Nai công bố.');
    expect(official).toContain('Quyết định số 9999/QĐ-UBND ngày 05/01/2026');
    await page.goto(`${origin}/cap/tinh/`);
    const items = await page.$$eval('ul.entries li', (lis) =>
      lis.map((li) => (li as HTMLElement).innerText.replace(/\s+/g, ' ')),
    );
    expect(items.find((t) => t.startsWith('Cấp thẻ căn cước'))).toContain('Tỉnh Đồng Nai công bố');
    expect(items.filter((t) => t.includes('công bố'))).toHaveLength(1);
  });

  it('says in plain words when a record rests on a compilation, the national text or illustrative values', async () => {
    await page.goto(`${origin}/thu-tuc/xa/chung-thuc-ban-sao/`);
    await expect(page.locator('.provenance').innerText()).resolves.toContain('Theo bản tổng hợp không chính thức.');
    await page.goto(`${origin}/thu-tuc/xa/xac-nhan-tinh-trang-hon-nhan/`);
    await expect(page.locator('.provenance').innerText()).resolves.toContain(
      'Theo bản quốc gia, chưa có quyết định của tỉnh.',
    );
    await page.goto(`${origin}/cap/xa/`);
    const items = await page.$$eval('ul.entries li', (lis) =>
      lis.map((li) => (li as HTMLElement).innerText.replace(/\s+/g, ' ')),
    );
    const province = items.filter((t) => !t.includes('Bản quốc gia'));
    expect(province.length).toBeGreaterThan(0);
    for (const item of province) {
      expect(item).toMatch(
        /Theo bản tổng hợp không chính thức|Theo bản quốc gia, chưa có quyết định của tỉnh|Dữ liệu minh họa/u,
      );
      expect(item).not.toContain('công bố');
    }
  });
});
