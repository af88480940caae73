import { describe, expect, it } from 'vitest';
import {
  governmentService,
  jsonForScript,
  procedureList,
  procedureRecord,
  sitemapXml,
} from '../../src/site/open-data.ts';
import { sitePaths } from '../../src/site/page-index.ts';
import { entry, fixtureModel } from './fixture.ts';

describe('open data', () => {
  it('lists every record with its id, code, title, level or levels, localities and URLs', async () => {
    const model = await fixtureModel();
    const { count, procedures } = procedureList(model);
    expect(count).toBe(model.catalogue.records.length + model.catalogue.national.length);
    expect(procedures).toContainEqual({
      id: 'xa/phuong-tran-bien/dang-ky-ket-hon',
      kind: 'published',
      code: '1.000894',
      title: 'Đăng ký kết hôn',
      level: 'xa',
      localities: ['phuong-tran-bien'],
      url: '/thu-tuc/xa/phuong-tran-bien/dang-ky-ket-hon/',
      api_url: '/api/thu-tuc/xa/phuong-tran-bien/dang-ky-ket-hon.json',
    });
    expect(procedures.find((p) => p.id === 'national/2.000635')).toMatchObject({
      levels: ['tinh', 'xa'],
      code: '2.000635',
    });
  });

  it("gives one record's fields as written, plus where it lives and its working days", async () => {
    const { entry: e } = await entry('xa/chung-thuc-ban-sao');
    const json = procedureRecord(e);
    expect(json).toMatchObject({
      id: 'xa/chung-thuc-ban-sao',
      kind: 'published',
      url: '/thu-tuc/xa/chung-thuc-ban-sao/',
      processing_time: '05 ngày làm việc',
      processing_working_days: 5,
    });
    expect(json.file).toBe('procedures/xa/chung-thuc-ban-sao.md');
  });

  it("publishes the guidance for citizens and the editors' notes apart, as the page shows them", async () => {
    const { entry: e } = await entry('xa/dang-ky-khai-sinh');
    const json = procedureRecord(e);
    expect(json).not.toHaveProperty('body');
    expect(json.guidance).toBe(e.record.guidance);
    expect(json.notes).toBe(e.record.notes);
    expect(String(json.notes)).not.toBe('');
    expect(String(json.guidance)).not.toContain('Nguồn và ghi chú');
  });

  it('describes a procedure as a schema.org GovernmentService', async () => {
    const { model, entry: e } = await entry('xa/dang-ky-khai-sinh');
    expect(governmentService(model, e)).toMatchObject({
      '@type': 'GovernmentService',
      name: 'Đăng ký khai sinh',
      url: 'https://tthc.example/thu-tuc/xa/dang-ky-khai-sinh/',
      provider: { name: 'Ủy ban nhân dân xã, phường' },
    });
  });

  it('escapes JSON so that no text can close its script element', () => {
    const out = jsonForScript({ name: '</script><script>alert(1)</script>' });
    expect(out).not.toContain('<');
    expect(JSON.parse(out)).toEqual({ name: '</script><script>alert(1)</script>' });
  });

  it('writes a sitemap with every page at absolute URLs', async () => {
    const model = await fixtureModel();
    const xml = sitemapXml(model.siteUrl, sitePaths(model));
    expect(xml).toContain('<loc>https://tthc.example/</loc>');
    expect(xml).toContain('<loc>https://tthc.example/quoc-gia/1-001193/</loc>');
    expect(xml).toContain('<loc>https://tthc.example/dia-phuong/phuong-tran-bien/</loc>');
  });
});
