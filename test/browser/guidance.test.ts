/** Guidance apart from editors' notes, local versions said to be local, printouts and list descriptions (fixture site). */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession } from './session.ts';

let origin: string;
let page: Page;

useBrowserSession((s) => ({ origin, page } = s));

const VIEWPORTS = [
  ['a phone', { width: 360, height: 740 }],
  ['a desktop', { width: 1280, height: 900 }],
] as const;

describe.each(VIEWPORTS)('on %s', (_, viewport) => {
  it("keeps the editors' notes out of the guidance, folded under 'Nguồn và ghi chú' until opened", async () => {
    await page.setViewportSize(viewport);
    await page.goto(`${origin}/thu-tuc/xa/dang-ky-khai-sinh/`);
    const guidance = await page.locator('section[aria-labelledby="huong-dan"]').innerText();
    expect(guidance).toContain('Mang theo bản chính Giấy chứng sinh.');
    expect(guidance).not.toContain('Ghi chú kiểm thử');
    const notes = page.locator('details.notes');
    await expect(notes.locator('summary').innerText()).resolves.toBe('Nguồn và ghi chú');
    const note = notes.getByText('Ghi chú kiểm thử: thời hạn 20 ngày');
    await expect(note.isVisible()).resolves.toBe(false);
    await notes.locator('summary').click();
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(notes.getByText('Căn cứ của bản ghi: Dữ liệu kiểm thử.').isVisible()).resolves.toBe(true);
  });

  it("says a locality's own version applies only there and sends everyone else to the general one", async () => {
    await page.setViewportSize(viewport);
    await page.goto(`${origin}/su-kien/ket-hon/`);
    const local = page.locator('ul.entries li', { hasText: 'Phường Trấn Biên' });
    await expect(local.innerText()).resolves.toMatch(
      /bản của Phường Trấn Biên, chỉ áp dụng ở Phường Trấn Biên.*Nơi khác trong tỉnh: Cấp xã/s,
    );
    await expect(local.getByRole('link', { name: 'Cấp xã' }).getAttribute('href')).resolves.toBe(
      '/thu-tuc/xa/dang-ky-ket-hon/',
    );
    await page.goto(`${origin}/thu-tuc/xa/phuong-tran-bien/dang-ky-ket-hon/`);
    await expect(page.locator('.notice.local').innerText()).resolves.toContain(
      'Đây là bản của Phường Trấn Biên, chỉ áp dụng ở Phường Trấn Biên. Nơi khác trong tỉnh: Đăng ký kết hôn (Cấp xã).',
    );
  });
});

describe('a printout', () => {
  it('ends with the page address, the date the data changed and the source', async () => {
    await page.setViewportSize({ width: 800, height: 1100 });
    await page.goto(`${origin}/thu-tuc/xa/dang-ky-khai-sinh/`);
    const line = page.locator('.print-only');
    await expect(line.isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'print' });
    try {
      await expect(line.isVisible()).resolves.toBe(true);
      const text = await line.innerText();
      expect(text).toContain('/thu-tuc/xa/dang-ky-khai-sinh/');
      expect(text).toMatch(/(Cập nhật|Dữ liệu) ngày \d{2}\/\d{2}\/\d{4}/);
      expect(text).toContain('Nguồn: Dữ liệu minh họa. Dữ liệu kiểm thử.');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

describe('list pages', () => {
  it.each([
    ['/', /^Tra cứu \d+ thủ tục hành chính của tỉnh .+ theo tên, theo \d+ việc cần làm/],
    ['/linh-vuc/', /^Danh sách lĩnh vực thủ tục hành chính: \d+ lĩnh vực có thủ tục của tỉnh/],
    ['/linh-vuc/ho-tich/', /^\d+ thủ tục của tỉnh .+ thuộc lĩnh vực Hộ tịch/],
    ['/cap/xa/', /^\d+ thủ tục của tỉnh .+ ở cấp xã/],
    ['/dia-phuong/', /^\d+ xã, phường của tỉnh .+: chọn nơi sống/],
    ['/dia-phuong/phuong-tran-bien/', /^\d+ thủ tục áp dụng ở Phường Trấn Biên, trong đó 1 thủ tục có quy định riêng/],
    ['/co-quan/', /^\d+ bộ phận một cửa và \d+ cơ quan giải quyết thủ tục hành chính/],
    ['/su-kien/ket-hon/', /^Thủ tục cho việc “Kết hôn”: 2 thủ tục của tỉnh/],
  ])('%s has a meta description saying what it lists', async (path, description) => {
    await page.goto(`${origin}${path}`);
    await expect(page.locator('meta[name="description"]').getAttribute('content')).resolves.toMatch(description);
  });
});
