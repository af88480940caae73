import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/core/catalogue/types.ts';
import { buildSiteModel, desksForLocality, entriesForLocality } from '../../src/site/model.ts';
import { fixtureModel } from './fixture.ts';

const TODAY = '2026-11-26';

describe('the site model', () => {
  it('lists the province records before the national ones', async () => {
    const model = await fixtureModel();
    const kinds = model.entries.map((e) => e.record.kind);
    expect(kinds.indexOf('national')).toBe(kinds.lastIndexOf('published') + 1);
  });

  it('groups every version of a procedure by its national code', async () => {
    const model = await fixtureModel();
    expect(model.byCode.get('1.000894')?.map((e) => e.record.id).sort()).toEqual([
      'national/1.000894',
      'xa/dang-ky-ket-hon',
      'xa/phuong-tran-bien/dang-ky-ket-hon',
    ]);
  });

  it('refuses two records that would be published at the same URL', async () => {
    const { catalogue } = await fixtureModel();
    const twin = { ...catalogue.records[0]!, id: catalogue.records[0]!.id.replace(/[a-z]+$/, (w) => w.toUpperCase()), file: 'procedures/copy.md' };
    const clash: Catalogue = { ...catalogue, records: [...catalogue.records, twin] };
    expect(() => buildSiteModel(clash, { contentPath: undefined, siteUrl: 'https://x' })).toThrow(/same URL.*procedures\/copy\.md/s);
  });
});

describe('where I live', () => {
  it("shows a commune its own version of a procedure instead of the general one", async () => {
    const model = await fixtureModel();
    const ids = entriesForLocality(model, model.catalogue.localities.get('phuong-tran-bien')!, TODAY).map((e) => e.record.id);
    expect(ids).toContain('xa/phuong-tran-bien/dang-ky-ket-hon');
    expect(ids).not.toContain('xa/dang-ky-ket-hon');
    expect(ids).toContain('tinh/cap-the-can-cuoc');
  });

  it('shows another commune the general version', async () => {
    const model = await fixtureModel();
    const ids = entriesForLocality(model, model.catalogue.localities.get('phuong-tam-hiep')!, TODAY).map((e) => e.record.id);
    expect(ids).toContain('xa/dang-ky-ket-hon');
    expect(ids).not.toContain('xa/phuong-tran-bien/dang-ky-ket-hon');
    expect(ids.every((id) => !id.startsWith('national/'))).toBe(true);
  });

  it("names the commune's own desk first, then the desks of every commune and of the province", async () => {
    const model = await fixtureModel();
    const names = desksForLocality(model, model.catalogue.localities.get('phuong-tran-bien')!, TODAY).map((a) => a.name);
    expect(names).toEqual([
      'Bộ phận Một cửa phường Trấn Biên',
      'Trung tâm Phục vụ hành chính công xã, phường',
      'Trung tâm Phục vụ hành chính công tỉnh Đồng Nai',
    ]);
  });
});
