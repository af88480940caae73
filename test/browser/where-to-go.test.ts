/**
 * Where to go, for my commune: the summary's "Nơi nộp hồ sơ" and its commune chooser, the online filing link and
 * the forms link to the procedure's own page on the national portal, the commune pages with the national
 * procedures they handle, and former ward names leading to the commune of today. At phone and desktop widths.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession } from './session.ts';

let origin: string;
let page: Page;

useBrowserSession((s) => ({ origin, page } = s));

const KHAI_SINH_ON_PORTAL = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7';

async function open(path: string): Promise<void> {
  await page.goto(origin + path);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
}

// A summary label ends with a colon only search and screen readers get ("Cách nộp:").
const summaryRow = (label: string) =>
  page.locator('.summary dl > div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}:?$`) }) });

describe.each([360, 1280])('at %i px', (width) => {
  it('says where to submit a commune procedure, plainly that its address is unknown, and links the commune chooser', async () => {
    await page.setViewportSize({ width, height: 800 });
    await open('/quoc-gia/1-000656/');
    const where = summaryRow('Nơi nộp hồ sơ');
    const text = (await where.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Trung tâm Phục vụ hành chính công xã, phường');
    expect(text).toContain('Chưa có địa chỉ đã kiểm chứng; gọi 1022');
    await where.getByRole('link', { name: 'Chọn xã, phường của bạn để xem địa chỉ' }).click();
    await page.waitForURL(/\/dia-phuong\/$/);
    await page.locator('.cards').getByRole('link', { name: 'Phường Trấn Biên', exact: true }).click();
    await page.waitForURL(/\/dia-phuong\/phuong-tran-bien\/$/);
    const desks = (await page.locator('section[aria-labelledby="noi-nop"]').innerText()).replace(/\s+/g, ' ');
    expect(desks).toContain('Bộ phận Một cửa phường Trấn Biên Địa chỉ: Số 1 đường Thử Nghiệm');
    expect(desks).toContain('Trung tâm Phục vụ hành chính công xã, phường của Phường Trấn Biên');
  });

  it("opens online filing and the forms on the procedure's own page of the national portal", async () => {
    await page.setViewportSize({ width, height: 800 });
    // The province's record gives only the portal's home page; the national record of its code gives the page.
    await open('/thu-tuc/xa/dang-ky-khai-sinh/');
    const online = summaryRow('Cách nộp').getByRole('link', {
      name: 'nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia',
    });
    await expect(online.getAttribute('href')).resolves.toBe(KHAI_SINH_ON_PORTAL);
    const forms = page.locator('section[aria-labelledby="mau-don"]');
    await expect(forms.innerText()).resolves.toContain('Tờ khai đăng ký khai sinh');
    const download = forms.getByRole('link', { name: 'Tải mẫu tại trang thủ tục trên Cổng Dịch vụ công quốc gia' });
    await expect(download.getAttribute('href')).resolves.toBe(KHAI_SINH_ON_PORTAL);
    const hrefs = await page.$$eval('main a', (as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.filter((h) => /^https:\/\/dichvucong\.(dongnai\.)?gov\.vn\/?$/.test(h ?? ''))).toEqual([]);
  });

  it('says so instead of linking the home page when no page of the procedure is known', async () => {
    await page.setViewportSize({ width, height: 800 });
    await open('/thu-tuc/xa/dang-ky-ket-hon/');
    const how = summaryRow('Cách nộp');
    await expect(how.innerText()).resolves.toContain(
      'Chưa có đường dẫn đến trang của thủ tục này trên Cổng Dịch vụ công quốc gia; tìm theo mã 1.000894.',
    );
    await expect(how.getByRole('link').count()).resolves.toBe(0);
  });

  it('lists on a commune page the national procedures the commune handles, by sector, and no customs or tax ones', async () => {
    await page.setViewportSize({ width, height: 800 });
    await open('/dia-phuong/phuong-tam-hiep/');
    const section = page.locator('section[aria-labelledby="cap-xa"]');
    await expect(section.locator('h2').innerText()).resolves.toBe('Thủ tục cấp xã ở Phường Tam Hiệp (6)');
    const groups = await section.locator('details summary').allInnerTexts();
    expect(groups).toEqual(['Chứng thực (1)', 'Hộ tịch (5)']);
    await section.locator('details summary', { hasText: 'Hộ tịch' }).click();
    const national = section.getByRole('link', { name: 'Đăng ký khai tử' });
    await expect(national.isVisible()).resolves.toBe(true);
    await expect(national.getAttribute('href')).resolves.toBe('/quoc-gia/1-000656/');
    // The province's version replaces the national record of the same code.
    await expect(section.getByRole('link', { name: 'Thủ tục đăng ký kết hôn' }).count()).resolves.toBe(0);
  });

  it('leads from a former ward name to the commune of today, in the list and in search', async () => {
    await page.setViewportSize({ width, height: 800 });
    await open('/dia-phuong/');
    const item = page.locator('.former-names li', { hasText: 'Phường Tân Phong' });
    await expect(item.innerText()).resolves.toBe('Phường Tân Phong → Phường Tân Triều');
    await item.getByRole('link').click();
    await page.waitForURL(/\/dia-phuong\/phuong-tan-trieu\/$/);
    await expect(page.locator('main').innerText()).resolves.toContain(
      'gồm các đơn vị cũ: Phường Tân Phong và Xã Tân Bình',
    );
    // Typed without tone marks in search, the old name is read as a place: the box above the results links the
    // page of the commune it is part of today.
    await page.goto(`${origin}/tim-kiem/?q=${encodeURIComponent('tan phong')}`);
    const place = page.locator('#search-place');
    await expect.poll(() => place.isVisible()).toBe(true);
    expect(await place.locator('h2 a').getAttribute('href')).toBe('/dia-phuong/phuong-tan-trieu/');
    expect(await place.locator('h2').innerText()).toContain('(nay thuộc Phường Tân Triều)');
    await open('/dia-phuong/phuong-tan-phong/');
    await page.locator('.notice').getByRole('link', { name: 'Phường Tân Triều' }).click();
    await page.waitForURL(/\/dia-phuong\/phuong-tan-trieu\/$/);
  });
});
