/** The real catalogue (content/): what a citizen reads where issue 12 found the content wrong or thin (items 5 and 7). */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/core/load/load-content.ts';
import { buildSiteModel, type SiteModel } from '../../src/site/model.ts';
import { procedureView, type ProcedureView } from '../../src/site/procedure-view.ts';

let model: SiteModel;
beforeAll(async () => {
  const { catalogue, problems } = await loadContent('content');
  expect(problems).toEqual([]);
  model = buildSiteModel(catalogue, { contentPath: undefined, siteUrl: 'https://x' });
}, 60_000);

function view(id: string): ProcedureView {
  const entry = model.byId.get(id);
  if (!entry) throw new Error(`no record ${id}`);
  return procedureView(model, entry);
}

describe('the real catalogue after issue 12', () => {
  it('gives a household building a house the 15 days the law gives it, with 20 days for other works beside it', () => {
    const time = view('xa/xay-dung/cap-giay-phep-xay-dung-moi').time;
    expect(time.text).toBe('15 ngày');
    expect(time.wording).toMatch(/15 ngày đối với nhà ở riêng lẻ/u);
    expect(time.wording).toMatch(/20 ngày đối với công trình cấp III, cấp IV/u);
  });

  it("sends Phước Bình's household businesses to the ward's one-stop centre, with its address and phone", () => {
    const where = view('xa/ho-kinh-doanh/dang-ky-thanh-lap-ho-kinh-doanh-phuoc-binh').where;
    expect(where).toHaveLength(1);
    expect(where[0]!.name).toBe('Trung tâm Phục vụ hành chính công phường Phước Bình');
    expect(where[0]!.address).toMatch(/phường Phước Bình/u);
    expect(where[0]!.phone).toMatch(/^0\d{9,10}$/u);
  });

  it('no longer calls the khai tử time illustrative: it is the same-day rule of the national steps', () => {
    const khaiTu = view('xa/ho-tich/dang-ky-khai-tu');
    expect(khaiTu.demo).toBe(false);
    expect(khaiTu.time.text).toBe('Trong ngày');
    expect(khaiTu.time.wording).toMatch(/sau 15 giờ/u);
  });

  it("no longer calls the kết hôn and chứng thực times illustrative: they are the law's", () => {
    for (const id of [
      'xa/ho-tich/dang-ky-ket-hon',
      'xa/chung-thuc/chung-thuc-ban-sao-tu-ban-chinh',
      'xa/chung-thuc/chung-thuc-chu-ky',
    ]) {
      const record = view(id);
      expect(record.demo, id).toBe(false);
      expect(record.time.wording, id).not.toMatch(/minh họa/u);
    }
  });

  it('lists the five papers of national 1.007662, with no "." row left by the importer', () => {
    const v = view('national/1.007662');
    expect(v.checklist.map((d) => d.name)).not.toContain('.');
    expect(v.checklist).toHaveLength(5);
    expect(v.unnamedRows).toBe(0);
  });
});
