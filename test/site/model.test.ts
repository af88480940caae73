import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/core/catalogue/types.ts';
import {
  buildSiteModel,
  desksForLocality,
  entriesForLevel,
  entriesForLocality,
  formerNames,
  groupBySector,
  otherBodiesAtCommune,
  proceduresForCommune,
  successorsOf,
} from '../../src/site/model.ts';
import { fixtureModel } from './fixture.ts';

const TODAY = '2026-11-26';

// Real implementing-body texts of the national database (2026 crawl) on copies of a fixture record.
async function withNational(variants: { code: string; levels: ('bo' | 'tinh' | 'xa')[]; agency_text: string }[]) {
  const { catalogue } = await fixtureModel();
  const base = catalogue.national[0]!;
  const extra = variants.map((v) => ({
    ...base,
    id: `national/${v.code}`,
    file: `national/x/${v.code}.md`,
    data: { ...base.data, code: v.code, title: `Thủ tục ${v.code}`, levels: v.levels, agency_text: v.agency_text },
  }));
  return buildSiteModel(
    { ...catalogue, national: [...catalogue.national, ...extra] },
    { contentPath: undefined, siteUrl: 'https://x' },
  );
}

describe('the site model', () => {
  it('lists the province records before the national ones', async () => {
    const model = await fixtureModel();
    const kinds = model.entries.map((e) => e.record.kind);
    expect(kinds.indexOf('national')).toBe(kinds.lastIndexOf('published') + 1);
  });

  it('groups every version of a procedure by its national code', async () => {
    const model = await fixtureModel();
    expect(
      model.byCode
        .get('1.000894')
        ?.map((e) => e.record.id)
        .sort(),
    ).toEqual(['national/1.000894', 'xa/dang-ky-ket-hon', 'xa/phuong-tran-bien/dang-ky-ket-hon']);
  });

  it('refuses two records that would be published at the same URL', async () => {
    const { catalogue } = await fixtureModel();
    const twin = {
      ...catalogue.records[0]!,
      id: catalogue.records[0]!.id.replace(/[a-z]+$/, (w) => w.toUpperCase()),
      file: 'procedures/copy.md',
    };
    const clash: Catalogue = { ...catalogue, records: [...catalogue.records, twin] };
    expect(() => buildSiteModel(clash, { contentPath: undefined, siteUrl: 'https://x' })).toThrow(
      /same URL.*procedures\/copy\.md/s,
    );
  });
});

describe('where I live', () => {
  it('shows a commune its own version of a procedure instead of the general one', async () => {
    const model = await fixtureModel();
    const ids = entriesForLocality(model, model.catalogue.localities.get('phuong-tran-bien')!, TODAY).map(
      (e) => e.record.id,
    );
    expect(ids).toContain('xa/phuong-tran-bien/dang-ky-ket-hon');
    expect(ids).not.toContain('xa/dang-ky-ket-hon');
    expect(ids).toContain('tinh/cap-the-can-cuoc');
  });

  it('shows another commune the general version', async () => {
    const model = await fixtureModel();
    const ids = entriesForLocality(model, model.catalogue.localities.get('phuong-tam-hiep')!, TODAY).map(
      (e) => e.record.id,
    );
    expect(ids).toContain('xa/dang-ky-ket-hon');
    expect(ids).not.toContain('xa/phuong-tran-bien/dang-ky-ket-hon');
    expect(ids.every((id) => !id.startsWith('national/'))).toBe(true);
  });

  it("names the commune's own desk first, then the offices of every commune and of the province", async () => {
    const model = await fixtureModel();
    const names = desksForLocality(model, model.catalogue.localities.get('phuong-tran-bien')!, TODAY).map(
      (a) => a.name,
    );
    // The People's Committee and the provincial police receive the dossiers of the records that name no desk.
    expect(names).toEqual([
      'Bộ phận Một cửa phường Trấn Biên',
      'Trung tâm Phục vụ hành chính công xã, phường',
      'Ủy ban nhân dân xã, phường',
      'Trung tâm Phục vụ hành chính công tỉnh Đồng Nai',
      'Công an tỉnh Đồng Nai',
    ]);
    // An agency no record sends dossiers to is not a place to file.
    expect(names).not.toContain('Sở Tư pháp tỉnh Đồng Nai');
  });

  it('names an office that serves some communes on their pages only, and not on procedure pages', async () => {
    const model = await fixtureModel();
    const agencies = new Map(model.catalogue.agencies);
    agencies.set('chi-nhanh-thu', {
      id: 'chi-nhanh-thu',
      name: 'Chi nhánh thử',
      one_stop: true,
      serves: ['phuong-tam-hiep'],
    });
    const served = { ...model, catalogue: { ...model.catalogue, agencies } };
    const names = (id: string) =>
      desksForLocality(served, model.catalogue.localities.get(id)!, TODAY).map((a) => a.name);
    expect(names('phuong-tam-hiep')[0]).toBe('Chi nhánh thử');
    expect(names('phuong-tran-bien')).not.toContain('Chi nhánh thử');
  });

  it('lists every procedure the commune handles, national ones included, but not customs or tax ones', async () => {
    const model = await withNational([
      { code: '1.000001', levels: ['xa'], agency_text: 'Chi cục Hải quan khu vực' },
      { code: '1.000002', levels: ['xa'], agency_text: 'Thuế tỉnh, thành phố, Thuế cơ sở' },
    ]);
    const lists = proceduresForCommune(model, model.catalogue.localities.get('phuong-tam-hiep')!, TODAY);
    const commune = lists.commune.map((e) => e.record.id);
    expect(commune).toContain('national/1.000656');
    expect(commune).toContain('xa/dang-ky-ket-hon');
    // The province's version replaces the national record of the same code.
    expect(commune).not.toContain('national/1.000894');
    expect(commune).not.toContain('national/1.000001');
    expect(commune).not.toContain('national/1.000002');
    expect(lists.province.map((e) => e.record.id)).toContain('tinh/cap-the-can-cuoc');
    expect(groupBySector(model, lists.commune).map((g) => g.name)).toEqual(['Chứng thực', 'Hộ tịch']);
  });

  it('finds the commune of today from a former ward name, with or without tone marks', async () => {
    const model = await fixtureModel();
    expect(successorsOf(model, 'Phường Tân Phong', TODAY).map((l) => l.id)).toEqual(['phuong-tan-trieu']);
    expect(successorsOf(model, 'phuong tan phong', TODAY).map((l) => l.id)).toEqual(['phuong-tan-trieu']);
    expect(formerNames(model, TODAY).map((f) => `${f.name} -> ${f.current.name}`)).toEqual([
      'Phường Bửu Long -> Phường Trấn Biên',
      'Phường Quang Vinh -> Phường Trấn Biên',
      'Xã Tân Bình -> Phường Tân Triều',
      'Phường Tân Phong -> Phường Tân Triều',
      'Phường Trung Dũng -> Phường Trấn Biên',
    ]);
  });
});

describe('levels by who serves the citizen', () => {
  it('lists a "Cấp bộ" record the provincial and commune police serve at those levels (3.000347)', async () => {
    const model = await withNational([
      { code: '3.000347', levels: ['bo'], agency_text: 'Cục cảnh sát giao thông, Công an tỉnh, Công an cấp Xã' },
    ]);
    expect(model.byId.get('national/3.000347')!.levels).toEqual(['bo', 'tinh', 'xa']);
    expect(entriesForLevel(model, 'tinh').map((e) => e.record.id)).toContain('national/3.000347');
  });

  it('keeps customs and tax procedures off the commune-level list and lists them under their bodies', async () => {
    const model = await withNational([
      { code: '1.000001', levels: ['bo', 'tinh', 'xa'], agency_text: 'Chi cục Hải quan khu vực' },
      { code: '1.000002', levels: ['xa'], agency_text: 'Thuế tỉnh, thành phố, Thuế cơ sở' },
      { code: '1.000003', levels: ['xa'], agency_text: 'Ủy ban Nhân dân xã, phường, thị trấn.' },
    ]);
    const commune = entriesForLevel(model, 'xa').map((e) => e.record.id);
    expect(commune).toContain('national/1.000003');
    expect(commune).not.toContain('national/1.000001');
    expect(commune).not.toContain('national/1.000002');
    const others = otherBodiesAtCommune(model);
    expect(others.get('hai-quan')!.map((e) => e.record.id)).toEqual(['national/1.000001']);
    expect(others.get('thue')!.map((e) => e.record.id)).toEqual(['national/1.000002']);
    // A customs procedure at "Cấp tỉnh" stays on the provincial list: only the commune list is narrowed.
    expect(entriesForLevel(model, 'tinh').map((e) => e.record.id)).toContain('national/1.000001');
  });
});
