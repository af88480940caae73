/**
 * The cases of issue 13 on the bundled content itself: the only household-business record is Phước Bình's, the
 * records' bodies are mostly editors' notes, and the national rows split legal clauses into "documents".
 * The bundled content's site is built once for the run (global-setup.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession } from './session.ts';

let origin: string;
let page: Page;

useBrowserSession((s) => ({ origin, page } = s), 'bundled');

const PHUOC_BINH = '/thu-tuc/xa/ho-kinh-doanh/dang-ky-thanh-lap-ho-kinh-doanh-phuoc-binh/';
const ONLY_THERE = 'bản của Phường Phước Bình, chỉ áp dụng ở Phường Phước Bình';

describe.each([
  ['a phone', { width: 360, height: 740 }],
  ['a desktop', { width: 1280, height: 900 }],
])('opening a household business, on %s', (_, viewport) => {
  it("the national page does not send everyone to Phước Bình's version", async () => {
    await page.setViewportSize(viewport);
    await page.goto(`${origin}/quoc-gia/1-001612/`);
    const notice = await page.locator('.notice:not(.demo)').innerText();
    expect(notice).not.toContain('xem bản của tỉnh');
    expect(notice).toContain(`Đăng ký thành lập hộ kinh doanh: ${ONLY_THERE}.`);
    expect(notice).toContain('Ở nơi khác trong tỉnh Đồng Nai, thủ tục theo bản quốc gia trên trang này');
  });

  it("the life event names Phước Bình's version as Phước Bình's and links the national one for everyone else", async () => {
    await page.setViewportSize(viewport);
    await page.goto(`${origin}/su-kien/mo-ho-kinh-doanh/`);
    const item = page.locator('ul.entries li', { hasText: 'Đăng ký thành lập hộ kinh doanh' });
    await expect(item.innerText()).resolves.toContain(ONLY_THERE);
    await expect(item.getByRole('link', { name: 'Bản quốc gia' }).getAttribute('href')).resolves.toBe(
      '/quoc-gia/1-001612/',
    );
  });
});

describe('the bundled records', () => {
  it("Phước Bình's page says whose version it is, in the search scope line too", async () => {
    await page.goto(`${origin}${PHUOC_BINH}`);
    await expect(page.locator('.notice.local').innerText()).resolves.toContain(`Đây là ${ONLY_THERE}.`);
    await expect(page.locator('meta[data-pagefind-meta^="pham_vi"]').getAttribute('content')).resolves.toBe(
      `Tỉnh Đồng Nai · Cấp xã · ${ONLY_THERE} · mã 1.001612`,
    );
  });

  it('an editor calling a fee unlawful is a folded note, not guidance', async () => {
    await page.goto(`${origin}${PHUOC_BINH}`);
    await expect(page.locator('#huong-dan').count()).resolves.toBe(0);
    const note = page.locator('details.notes').getByText('trái nguyên tắc của Nghị định 45/2020/NĐ-CP');
    await expect(note.isVisible()).resolves.toBe(false);
    await page.locator('details.notes > summary').click();
    await expect(note.isVisible()).resolves.toBe(true);
  });

  it.each([
    [PHUOC_BINH],
    ['/thu-tuc/tinh/dang-ky-bien-phap-bao-dam/dang-ky-the-chap-quyen-su-dung-dat/'],
    ['/thu-tuc/tinh/dat-dai/tach-thua-hop-thua/'],
    ['/thu-tuc/xa/cu-tru/dang-ky-thuong-tru/'],
  ])('the version comparison on %s lists papers, no clause fragments or case rules', async (path) => {
    await page.goto(`${origin}${path}`);
    const names = await page.$$eval('section[aria-labelledby="phien-ban"] h3 + p + .table-scroll tbody th', (ths) =>
      ths.map((th) => th.textContent!.trim()),
    );
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(name).not.toMatch(/^(?:\((?:[ivx]+|\d+)\)|\)|hoặc$|kèm |Trường hợp|Đối với)/);
    }
  });

  it('the residence-proof paper asked inside another national row is not shown as missing', async () => {
    await page.goto(`${origin}/thu-tuc/xa/cu-tru/dang-ky-thuong-tru/`);
    const rows = await page.locator('section[aria-labelledby="phien-ban"]').innerText();
    expect(rows).not.toContain('Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp');
  });
});
