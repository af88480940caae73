import { describe, expect, it } from 'vitest';
import { buildSiteModel, type SiteModel } from '../../src/site/model.ts';
import { governmentService } from '../../src/site/open-data.ts';
import { procedureView } from '../../src/site/procedure-view.ts';
import { formName, isHomePage, isPortalProcedurePage } from '../../src/site/where-to-go.ts';
import { entry, fixtureModel } from './fixture.ts';

const KHAI_SINH_PAGE = 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7';

/** The fixture with one more national record whose implementing bodies are `agencyText` (real texts of the crawl). */
async function nationalWith(
  agencyText: string,
  levels: ('bo' | 'tinh' | 'xa')[],
  steps: string[] = ['Nộp hồ sơ.'],
): Promise<SiteModel> {
  const { catalogue } = await fixtureModel();
  const base = catalogue.national.find((r) => r.data.code === '1.000656')!;
  const extra = {
    ...base,
    id: 'national/9.000001',
    file: 'national/x/9.000001.md',
    data: { ...base.data, code: '9.000001', title: 'Thủ tục thử', levels, agency_text: agencyText, sources: [], steps },
  };
  return buildSiteModel(
    { ...catalogue, national: [...catalogue.national, extra] },
    { contentPath: undefined, siteUrl: 'https://x' },
  );
}

const whereOf = (model: SiteModel) => procedureView(model, model.byId.get('national/9.000001')!);

describe('where to submit', () => {
  it("sends a commune People's Committee procedure of the national database to the commune's centre", async () => {
    const { model, entry: e } = await entry('national/1.000656');
    const view = procedureView(model, e);
    expect(view.where).toEqual([
      {
        name: 'Trung tâm Phục vụ hành chính công xã, phường',
        url: '/co-quan/trung-tam-pvhcc-xa/',
        perCommune: true,
        unknownContact: true,
      },
    ]);
    expect(view.whereAsWritten).toBe('Ủy ban Nhân dân xã, phường, thị trấn.');
    expect(view.hotline).toBe('1022');
  });

  it("sends a department's or the provincial police's procedure to the province's offices", async () => {
    const department = whereOf(await nationalWith('Sở Tư pháp', ['tinh']));
    expect(department.where.map((p) => p.name)).toEqual(['Trung tâm Phục vụ hành chính công tỉnh Đồng Nai']);
    const police = whereOf(await nationalWith('Cục Cảnh sát giao thông, Công an tỉnh', ['bo']));
    expect(police.where.map((p) => p.name)).toEqual(['Công an tỉnh Đồng Nai']);
    expect(police.where[0]!.perCommune).toBeUndefined();
  });

  it('names a body agencies.yaml does not hold as written, and says its address is not known', async () => {
    const view = whereOf(await nationalWith('Chi cục Hải quan khu vực', ['xa']));
    expect(view.where).toEqual([{ name: 'Chi cục Hải quan khu vực', unknownContact: true }]);
    expect(view.whereAsWritten).toBeUndefined();
  });

  it('says a dossier is taken anywhere in the country only when the national text says so', async () => {
    // The words of national record 1.014061 (cấp thẻ căn cước), 2026 crawl.
    const step =
      'Công dân đến địa điểm làm thủ tục cấp thẻ căn cước tại Công an cấp xã hoặc Bộ phận một cửa cấp xã trong cả nước không phụ thuộc vào nơi cư trú.';
    const anywhere = whereOf(await nationalWith('Công an cấp Xã', ['bo'], [step]));
    expect(anywhere.whereAnywhere).toBe(true);
    const { model, entry: e } = await entry('national/1.000656');
    expect(procedureView(model, e).whereAnywhere).toBeUndefined();
  });

  it("gives a known office's address and phone, and no 'unknown' note", async () => {
    const { model, entry: e } = await entry('xa/phuong-tran-bien/dang-ky-ket-hon');
    const [desk] = procedureView(model, e).where;
    expect(desk).toMatchObject({ name: 'Bộ phận Một cửa phường Trấn Biên', phone: '0251 0000 000' });
    expect(desk!.unknownContact).toBeUndefined();
    expect(desk!.perCommune).toBeUndefined();
  });
});

describe('filing online and forms', () => {
  it("links a province record's online filing to the procedure's page, never the portal's home page", async () => {
    const { model, entry: e } = await entry('xa/dang-ky-khai-sinh');
    expect(e.record.data.channels.online_url).toBe('https://dichvucong.gov.vn');
    const view = procedureView(model, e);
    expect(view.online).toEqual({ level: 'full', label: 'Trực tuyến toàn trình', url: KHAI_SINH_PAGE, national: true });
    expect(view.formsPortal).toBe(KHAI_SINH_PAGE);
  });

  it("gives search engines the same link as the page's service URL, and none when only a home page is known", async () => {
    const { model, entry: e } = await entry('xa/dang-ky-khai-sinh');
    expect(governmentService(model, e)).toMatchObject({ availableChannel: { serviceUrl: KHAI_SINH_PAGE } });
    const { entry: ketHon } = await entry('xa/dang-ky-ket-hon');
    expect(governmentService(model, ketHon).availableChannel).toBeUndefined();
  });

  it('links a national record to its own page on the portal', async () => {
    const { model, entry: e } = await entry('national/1.000656');
    expect(procedureView(model, e).online.url).toBe(
      'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fac-7489-b53b-9c6c958f2da4',
    );
  });

  it('gives no link when only the home page is known', async () => {
    const { model, entry: e } = await entry('xa/dang-ky-ket-hon');
    // Its national record 1.000894 cites only the portal's home page.
    const view = procedureView(model, e);
    expect(view.online.level).toBe('partial');
    expect(view.online.url).toBeUndefined();
  });

  it('tells the portal page of a procedure from a home page', () => {
    const portal = 'https://dichvucong.gov.vn';
    expect(isPortalProcedurePage(KHAI_SINH_PAGE, portal)).toBe(true);
    expect(isPortalProcedurePage('https://dichvucong.gov.vn/', portal)).toBe(false);
    expect(isPortalProcedurePage('https://example.org/thu-tuc-hanh-chinh/x', portal)).toBe(false);
    expect(isHomePage('https://dichvucong.dongnai.gov.vn/')).toBe(true);
    expect(isHomePage('https://dichvucong.dongnai.gov.vn/dich-vu/123')).toBe(false);
  });

  it('shows a form file name without its extension', () => {
    expect(formName('Mẫu DC02 Phiếu đề nghị giải quyết thủ tục về căn cước.doc')).toBe(
      'Mẫu DC02 Phiếu đề nghị giải quyết thủ tục về căn cước',
    );
    expect(formName('Tờ khai.DOCX')).toBe('Tờ khai');
  });
});
