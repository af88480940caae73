import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { ContentDirectoryError, loadContent, type LoadResult } from '../../../src/core/load/load-content.ts';
import { BROKEN_DATA_DIR, BROKEN_DIR, VALID_DIR, filesUnder, positionOf } from './fixtures.ts';

describe('the valid fixture', () => {
  let result: LoadResult;
  beforeAll(async () => {
    result = await loadContent(VALID_DIR);
  });
  const record = (id: string) => {
    const found = result.catalogue.records.find((r) => r.id === id);
    if (!found) throw new Error(`no record ${id}`);
    return found;
  };

  it('loads with no problem', () => {
    expect(result.problems).toEqual([]);
  });

  it('has every record, published ids taken from the path below procedures/ and sorted', () => {
    expect(result.catalogue.records.map((r) => r.id)).toEqual([
      'tinh/cap-ban-sao-trich-luc-ho-tich',
      'xa/chung-thuc-ban-sao',
      'xa/dang-ky-khai-sinh',
      'xa/phuong-tran-bien/dang-ky-ket-hon',
    ]);
    expect(record('xa/dang-ky-khai-sinh').file).toBe('procedures/xa/dang-ky-khai-sinh.md');
    expect(result.catalogue.records.every((r) => r.kind === 'published' && r.data.demo === true)).toBe(true);
  });

  it('names national records by code whatever folder they are in, and indexes them by code', () => {
    expect(result.catalogue.national.map((r) => r.id)).toEqual(['national/1.001193', 'national/2.000635']);
    expect(result.catalogue.nationalByCode.get('1.001193')?.file).toBe('national/bo-tu-phap/1.001193.md');
    expect(result.catalogue.nationalByCode.get('2.000635')?.data.levels).toEqual(['tinh', 'xa']);
  });

  it('keeps codes and dates as the text written, not numbers or Date objects', () => {
    const data = record('xa/dang-ky-khai-sinh').data;
    expect(data.code).toBe('1.001193');
    expect(data.reviewed_at).toBe('2026-10-01');
    expect(record('xa/phuong-tran-bien/dang-ky-ket-hon').data.local_code).toBe('1.000894.000.00.00.H19');
  });

  it('gives typed record fields', () => {
    const birth = record('xa/dang-ky-khai-sinh').data;
    expect(birth.fees).toEqual([
      { name: 'Lệ phí đăng ký khai sinh', amount: 0, note: 'Miễn lệ phí khi đăng ký đúng hạn' },
    ]);
    expect(birth.documents.map((d) => d.form)).toEqual(['original', ['original', 'electronic'], 'present']);
    expect(birth.channels).toEqual({
      in_person: true,
      postal: true,
      online: 'full',
      online_url: 'https://dichvucong.gov.vn',
    });
    expect(birth.legal_basis).toEqual(['luat-ho-tich-2014', 'nd-123-2015']);
    expect(birth.annual_volume).toBe(1200);
    const copy = record('tinh/cap-ban-sao-trich-luc-ho-tich').data;
    expect(copy.fees[0]).toMatchObject({ amount: null, note: 'Theo mức thu do Bộ Tài chính quy định' });
    expect(copy.by_channel?.postal?.fees).toEqual([{ name: 'Cước bưu chính', amount: 25000 }]);
    expect(record('xa/phuong-tran-bien/dang-ky-ket-hon').data.localities).toEqual(['phuong-tran-bien']);
  });

  it('keeps the Markdown body without the front matter', () => {
    const body = record('xa/dang-ky-khai-sinh').body;
    expect(body.startsWith('Dữ liệu minh họa cho kiểm thử.')).toBe(true);
    expect(body).toContain('## Lưu ý');
    expect(body).not.toContain('reviewed_at');
    expect(record('xa/chung-thuc-ban-sao').body.trim()).toBe('');
  });

  it('records the line of each top-level key, for annotations on findings', () => {
    const r = record('xa/dang-ky-khai-sinh');
    expect(r.lines['title']).toBe(positionOf(VALID_DIR, r.file, 'title:').line);
    expect(r.lines['fees']).toBe(positionOf(VALID_DIR, r.file, 'fees:').line);
  });

  it('reads processing times in the object form and in Vietnamese text', () => {
    expect(record('xa/dang-ky-khai-sinh').time).toMatchObject({
      kind: 'duration',
      duration: { value: 0, unit: 'same_day' },
      workingDays: 0,
      text: 'Ngay trong ngày tiếp nhận hồ sơ',
    });
    expect(record('xa/phuong-tran-bien/dang-ky-ket-hon').time).toMatchObject({
      kind: 'duration',
      duration: { value: 0, unit: 'same_day' },
      text: 'Trong ngày',
    });
    expect(record('xa/chung-thuc-ban-sao').time).toMatchObject({
      kind: 'duration',
      duration: { value: 5, unit: 'working_days' },
      workingDays: 5,
    });
    expect(record('tinh/cap-ban-sao-trich-luc-ho-tich').time).toMatchObject({ kind: 'duration', workingDays: 3 });
  });

  it('accepts a national time without a unit as it is, for the review to report', () => {
    expect(result.catalogue.nationalByCode.get('1.001193')?.time).toMatchObject({ kind: 'unreadable', text: '1' });
  });

  it('reads the data files into typed maps', () => {
    const c = result.catalogue;
    expect(c.site.hotline).toBe('1022');
    expect(c.levels).toEqual([
      { id: 'tinh', name: 'Cấp tỉnh' },
      { id: 'xa', name: 'Cấp xã', since: '2025-07-01' },
    ]);
    expect(c.localities.get('phuong-tan-phong')).toMatchObject({
      kind: 'commune',
      parent: 'thanh-pho-bien-hoa',
      until: '2025-07-01',
    });
    expect(c.localities.get('dong-nai')?.kind).toBe('province');
    expect(c.localities.get('phuong-tran-bien')).toMatchObject({ kind: 'commune', code: '26041' });
    expect(c.agencies.get('mot-cua-phuong-tran-bien')?.locality).toBe('phuong-tran-bien');
    expect([...c.sectors.keys()]).toEqual(['ho-tich', 'chung-thuc', 'quoc-tich']);
    expect(c.documentTypes.get('so-ho-khau')?.obsolete).toEqual({ since: '2023-01-01', basis: 'luat-cu-tru-2020' });
    expect(c.legal.get('nd-cu-ho-tich')?.superseded_by).toBe('nd-123-2015');
    expect([...c.lifeEvents.keys()]).toEqual(['sinh-con', 'ket-hon']);
    expect(c.decisions).toEqual([
      expect.objectContaining({ key: 'fee-differs:1.001193', status: 'justified', date: '2026-11-01' }),
    ]);
  });
});

describe('the broken fixture, in one run', () => {
  let result: LoadResult;
  beforeAll(async () => {
    result = await loadContent(BROKEN_DIR);
  });
  const records = filesUnder(BROKEN_DIR, 'procedures');
  const valid = records.filter((f) => /\/valid-[^/]*$/.test(f));
  const broken = records.filter((f) => !valid.includes(f));

  it('reports every broken file, not just the first', () => {
    expect(broken.length).toBeGreaterThanOrEqual(30);
    expect([...new Set(result.problems.map((p) => p.file))].sort()).toEqual(broken);
  });

  it('still loads the valid records beside them, and none of the broken ones', () => {
    expect(valid).toHaveLength(3);
    expect(result.catalogue.records.map((r) => r.file).sort()).toEqual(valid);
  });

  it('sorts problems by file, then line', () => {
    const keys = result.problems.map((p) => [p.file, p.line] as const);
    const sorted = [...keys].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
    expect(keys).toEqual(sorted);
  });

  it('loads a BOM + CRLF record and an NFD record with NFC text', () => {
    const bom = result.catalogue.records.find((r) => r.id === 'xa/valid-bom-crlf');
    const nfd = result.catalogue.records.find((r) => r.id === 'xa/valid-nfd');
    expect(bom?.data.title).toBe('Đăng ký khai tử');
    expect(bom?.body).toBe('Dữ liệu minh họa cho kiểm thử.\n');
    expect(nfd?.data.title).toBe('Cấp Giấy xác nhận tình trạng hôn nhân'.normalize('NFC'));
    expect(nfd?.data.steps).toEqual(['Nộp hồ sơ tại Bộ phận Một cửa.'.normalize('NFC')]);
  });
});

describe('broken data files', () => {
  let result: LoadResult;
  beforeAll(async () => {
    result = await loadContent(BROKEN_DATA_DIR);
  });
  const problem = (file: string) => {
    const found = result.problems.filter((p) => p.file === file);
    expect(found, JSON.stringify(result.problems, null, 2)).toHaveLength(1);
    return found[0]!;
  };

  it('reports a duplicate id at its second use, naming the line of the first', () => {
    const p = problem('sectors.yaml');
    const second = positionOf(BROKEN_DATA_DIR, 'sectors.yaml', '{ id: |ho-tich, name: Hộ tịch (bản trùng) }');
    expect({ line: p.line, column: p.column }).toEqual(second);
    expect(p.field).toBe('2.id');
    expect(p.found).toContain('"ho-tich" a second time');
    expect(p.hint).toContain(
      `line ${positionOf(BROKEN_DATA_DIR, 'sectors.yaml', '{ id: ho-tich, name: Hộ tịch }').line}`,
    );
  });

  it('reports an agency in a locality that localities.yaml does not define', () => {
    const p = problem('agencies.yaml');
    expect({ line: p.line, column: p.column }).toEqual(
      positionOf(BROKEN_DATA_DIR, 'agencies.yaml', 'locality: |phuong-khong-co'),
    );
    expect(p.field).toBe('1.locality');
    expect(p.expected).toContain('localities.yaml');
  });

  it('reports a legal text superseded by an unknown id', () => {
    const p = problem('legal.yaml');
    expect(p.line).toBe(positionOf(BROKEN_DATA_DIR, 'legal.yaml', 'superseded_by: nd-khong-co').line);
    expect(p.field).toBe('2.superseded_by');
    expect(p.found).toContain('"nd-khong-co"');
  });

  it('reports site.yaml without a hotline', () => {
    const p = problem('site.yaml');
    expect(p.field).toBe('hotline');
    expect(p.found).toContain('missing');
    expect(p.hint).toContain('hotline');
  });

  it('reports all four files in one run and still loads the record beside them', () => {
    expect(new Set(result.problems.map((p) => p.file))).toEqual(
      new Set(['agencies.yaml', 'legal.yaml', 'sectors.yaml', 'site.yaml']),
    );
    expect(result.catalogue.records.map((r) => r.id)).toEqual(['xa/valid-plain']);
  });
});

describe('a content directory that does not exist', () => {
  it('is an error about the directory, not a content problem', async () => {
    await expect(loadContent(join(tmpdir(), 'tthc-kb-no-such-content-dir'))).rejects.toBeInstanceOf(
      ContentDirectoryError,
    );
  });
});

describe('problem codes', () => {
  it('every problem of the broken fixtures carries a stable code, for tools to match on instead of the wording', async () => {
    for (const dir of [BROKEN_DIR, BROKEN_DATA_DIR]) {
      const { problems } = await loadContent(dir);
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) expect(p.code, `${p.file}:${p.line} ${p.found}`).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });
});
