import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './chromium.ts';
import { useBrowserSession } from './session.ts';
import { buildAndServe, FIXTURE_CONTENT, SITE_SETUP_TIMEOUT, type TestSite } from './site.ts';

let origin: string;
let page: Page;

useBrowserSession((s) => ({ origin, page } = s));

const GUIDE = '/huong-dan/ket-hon/';

/** The text of the guide's step `n` (1-based), as a person reads it. */
async function stepText(at: string, n: number): Promise<string> {
  await page.goto(`${at}${GUIDE}`);
  return (await page.locator(`#buoc-${n}`).innerText()).replace(/\s+/g, ' ');
}

describe('a life-event guide', () => {
  for (const width of [360, 1280]) {
    it(`shows each step's time, fee and place from the record, numbered, at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 800 });
      const step = await stepText(origin, 2);
      expect(step).toContain('Chọn một trong các cách sau.');
      expect(step).toMatch(
        /Đăng ký kết hôn Thủ tục: Đăng ký kết hôn · mã 1.000894 Thời hạn giải quyết 3 ngày làm việc Phí, lệ phí Lệ phí đăng ký kết hôn: Miễn phí Nơi nộp hồ sơ Trung tâm/,
      );
      expect(step).toContain('hoặc');
      expect(step).toContain('Bản riêng của địa phương hoặc cấp khác: Phường Trấn Biên');
      await expect(page.locator('.guide-number').allInnerTexts()).resolves.toEqual(['1', '2']);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  it('is linked from its life-event page and passes axe', async () => {
    await page.goto(`${origin}/su-kien/ket-hon/`);
    await page.getByRole('link', { name: 'Xem hướng dẫn từng bước' }).click();
    expect(new URL(page.url()).pathname).toBe(GUIDE);
    await expect(axeViolations(page)).resolves.toEqual([]);
  });
});

describe('a guide after the record changes', () => {
  let changed: TestSite;
  let content: string;
  beforeAll(async () => {
    content = mkdtempSync(join(tmpdir(), 'tthc-guide-'));
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    const file = join(content, 'procedures/xa/dang-ky-ket-hon.md');
    const record = readFileSync(file, 'utf8')
      .replace('processing_time: { value: 3, unit: working_days }', 'processing_time: { value: 9, unit: working_days }')
      .replace('{ name: Lệ phí đăng ký kết hôn, amount: 0 }', '{ name: Lệ phí đăng ký kết hôn, amount: 75000 }');
    writeFileSync(file, record);
    changed = await buildAndServe(content);
  }, SITE_SETUP_TIMEOUT);
  afterAll(async () => {
    await changed?.release();
    rmSync(content, { recursive: true, force: true });
  });

  it('shows the new time and fee without the guide being edited', async () => {
    const step = await stepText(changed.origin, 2);
    expect(step).toContain('Thời hạn giải quyết 9 ngày làm việc');
    expect(step).toContain('Lệ phí đăng ký kết hôn: 75.000 đ');
    expect(step).not.toContain('3 ngày làm việc');
  });
});
