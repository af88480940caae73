/**
 * Search on the bundled Đồng Nai content (1,600 records): the way people type, measured where the noise is
 * (prefix matches such as "ki" -> "kinh", words that fold alike such as "hồng"/"hỏng"). The bundled content's
 * site is built once for the run (global-setup.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { search } from './chromium.ts';
import { useBrowserSession } from './session.ts';

let origin: string;
let page: Page;

useBrowserSession((s) => ({ origin, page } = s), 'bundled');

describe('search on the bundled content', () => {
  it.each([
    ['đăng kí tạm trú', /^Đăng ký tạm trú$/],
    ['chứng thực chữ kí', /^Chứng thực chữ ký/],
    ['lí lịch tư pháp', /^Cấp Phiếu Lý lịch tư pháp/i],
  ])('finds the right procedure first for the i spelling "%s"', async (query, title) => {
    expect((await search(page, origin, query))[0]).toMatch(title);
  });

  it.each([
    ['sổ hồng', /Giấy chứng nhận/i],
    ['bằng lái xe', /giấy phép lái xe/i],
    ['hộ khẩu', /^Đăng ký thường trú$/],
    ['làm giấy khai sinh', /^Đăng ký khai sinh$/],
    ['giấy phép kinh doanh hộ', /hộ kinh doanh/],
  ])('reads the everyday name "%s" as the official one', async (query, title) => {
    expect((await search(page, origin, query))[0]).toMatch(title);
  });

  it.each([360, 1280])('keeps the province-wide record for a former ward (Phường Tân Phú) at %i px', async (width) => {
    // Tall enough for three results to load below the ward's box (results load as they scroll into view).
    await page.setViewportSize({ width, height: 1600 });
    expect((await search(page, origin, 'kết hôn phường Tân Phú'))[0]).toBe('Đăng ký kết hôn');
    expect(await page.locator('#search-place h2 a').getAttribute('href')).toBe('/dia-phuong/phuong-binh-phuoc/');
  });
});
