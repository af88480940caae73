import { describe, expect, it } from 'vitest';
import { iyVariant, localitySearchMeta, searchKeywords } from '../../src/site/search-keywords.ts';
import { searchFilters } from '../../src/site/search-filters.ts';
import { entry } from './fixture.ts';

describe('searchKeywords', () => {
  it('folds the title to plain letters, đ included, so toneless typing finds it', async () => {
    const { model, entry: e } = await entry('xa/dang-ky-khai-sinh');
    expect(searchKeywords(e.record, model.catalogue.documentTypes).text.split(', ')).toContain('dang ky khai sinh');
  });

  it('adds the other i/y spelling of the title, so "dang ki khai sinh" finds it too', async () => {
    const { model, entry: e } = await entry('xa/dang-ky-khai-sinh');
    expect(searchKeywords(e.record, model.catalogue.documentTypes).text.split(', ')).toContain('dang ki khai sinh');
    expect(iyVariant('cap phieu ly lich tu phap')).toBe('cap phieu li lich tu phap');
    expect(iyVariant('qui dinh ve ky thuat')).toBe('quy dinh ve ki thuat');
    // Only after the consonants where both spellings are in use: "chi", "di", "nguy", "tuy" and "khi" stay.
    expect(iyVariant('chi tra di chuyen nguy hiem tuy chon khi')).toBeUndefined();
  });

  it('adds the everyday names of what the procedure is about (documents.yaml aliases and common abbreviations)', async () => {
    const { model, entry: e } = await entry('tinh/cap-the-can-cuoc');
    const { aliases, text } = searchKeywords(e.record, model.catalogue.documentTypes);
    expect(aliases).toContain('CCCD');
    expect(text).toMatch(/(^|, )cccd(,|$)/);
  });

  it('adds no alias of a document the procedure only asks for', async () => {
    // Đăng ký kết hôn asks for an identity document (alias CCCD) but is not about it.
    const { model, entry: e } = await entry('xa/phuong-tran-bien/dang-ky-ket-hon');
    expect(searchKeywords(e.record, model.catalogue.documentTypes).aliases).toEqual([]);
  });

  it("adds the names of a commune's own version's unit and of the units it replaced (localities.yaml formerly)", async () => {
    const { model, entry: e } = await entry('xa/phuong-tran-bien/dang-ky-ket-hon');
    const localities = new Map(model.catalogue.localities);
    const tranBien = localities.get('phuong-tran-bien')!;
    // Real row of admin-units-2025: Phường Trấn Biên replaced Bửu Long, Quang Vinh and four other wards (two given here).
    localities.set('phuong-tran-bien', {
      ...tranBien,
      formerly: [
        { name: 'Phường Bửu Long', type: 'phuong' },
        { name: 'Phường Quang Vinh', type: 'phuong' },
      ],
    });
    const text = searchKeywords(e.record, model.catalogue.documentTypes, localities).text;
    expect(text).toContain('Phường Trấn Biên');
    expect(text).toContain('Phường Bửu Long');
    // A general record names no unit.
    const general = await entry('xa/dang-ky-ket-hon');
    expect(searchKeywords(general.entry.record, model.catalogue.documentTypes, localities).text).not.toContain(
      'Phường',
    );
  });

  it('keeps a written alias only when its folded form would not find it', async () => {
    const { model, entry: e } = await entry('tinh/cap-the-can-cuoc');
    const terms = searchKeywords(e.record, model.catalogue.documentTypes).text.split(', ');
    const keys = terms.map((t) =>
      t
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase(),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('searchFilters', () => {
  it('gives level, sector, agency, online availability and whose version it is', async () => {
    const { model, entry: e } = await entry('xa/dang-ky-khai-sinh');
    expect(searchFilters(model, e)).toEqual([
      ['Cấp', 'Cấp xã'],
      ['Lĩnh vực', 'Hộ tịch'],
      ['Cơ quan', 'Ủy ban nhân dân xã, phường'],
      ['Nộp trực tuyến', 'Trực tuyến toàn trình'],
      ['Nguồn', 'Tỉnh Đồng Nai'],
    ]);
  });

  it('gives a national record every level it is published at, and its agency as written', async () => {
    const { model, entry: e } = await entry('national/2.000635');
    const filters = searchFilters(model, e);
    expect(filters.filter(([name]) => name === 'Cấp').map(([, v]) => v)).toEqual(['Cấp tỉnh', 'Cấp xã']);
    expect(filters).toContainEqual(['Cơ quan', 'Sở Tư pháp; Ủy ban nhân dân cấp xã']);
    expect(filters).toContainEqual(['Nguồn', 'Bản quốc gia']);
  });
});

describe('localitySearchMeta', () => {
  it("folds a commune's name and its former units' names, and says them under the result", () => {
    const meta = localitySearchMeta({
      id: 'phuong-tan-trieu',
      kind: 'commune',
      name: 'Phường Tân Triều',
      formerly: [
        { name: 'Phường Tân Phong', type: 'phuong' },
        { name: 'Xã Tân Bình', type: 'xa' },
      ],
    } as Parameters<typeof localitySearchMeta>[0]);
    expect(meta.keywords).toBe('phuong tan trieu, phuong tan phong, xa tan binh');
    expect(meta.scope).toBe('Nơi tôi sống · trước đây: Phường Tân Phong và Xã Tân Bình');
  });
});
