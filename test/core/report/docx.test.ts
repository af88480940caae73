import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { proposalGroups, renderDocx } from '../../../src/core/report/docx.ts';
import { buildReportModel } from '../../../src/core/report/model.ts';
import { baseline, CATALOGUE, lenient, loose, model, OUTCOME, strict, TODAY } from './sample.ts';
import { catalogue } from '../review/cost/make-records.ts';

/** The visible text of a document.xml: the runs' text, paragraphs on their own lines. */
function text(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

let xml = '';
let body = '';

beforeAll(async () => {
  const zip = await JSZip.loadAsync(await renderDocx(model()));
  xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  body = text(xml);
});

describe('report.docx', () => {
  it('is a Word document on A4 with Times New Roman', async () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const zip = await JSZip.loadAsync(await renderDocx(model()));
    expect(await zip.file('word/styles.xml')?.async('string')).toContain('Times New Roman');
  });

  it('sets list items and table cells in named styles the Office can restyle at once (cells 12 pt, headers bold)', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(model()));
    const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
    const style = (id: string) => styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`))?.[0] ?? '';
    expect(style('Dash')).toContain('<w:name w:val="Gạch đầu dòng"/>');
    expect(style('Dash')).toMatch(/<w:ind w:left="567" w:hanging="227"\/>/);
    expect(style('Cell')).toContain('<w:sz w:val="24"/>');
    expect(style('CellHeader')).toContain('<w:b/>');
    const paragraphs = xml.split('</w:p>');
    const item = paragraphs.find((p) => text(p).includes('- "Đăng ký khai sinh" (Phường Trấn Biên) chỉ nhận'))!;
    expect(item).toContain('<w:pStyle w:val="Dash"/>');
    const header = paragraphs.find((p) => text(p).trim() === 'Trước đơn giản hóa')!;
    expect(header).toContain('<w:pStyle w:val="CellHeader"/>');
  });

  it('has the parts of a provincial document of Decree 30/2020/NĐ-CP, in Vietnamese', () => {
    const order = [
      'ỦY BAN NHÂN DÂN',
      'TỈNH ĐỒNG NAI',
      'Số:',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Đồng Nai, ngày 30 tháng 11 năm 2026',
      'PHƯƠNG ÁN',
      'Đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý của Ủy ban nhân dân tỉnh Đồng Nai',
      'Nơi nhận:',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
    ];
    const at = order.map((t) => body.indexOf(t));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('numbers pages at the top centre from the second page, as Decree 30/2020/NĐ-CP asks', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(model()));
    expect(xml).toContain('<w:titlePg/>');
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^word\/header\d*\.xml$/.test(n))
        .map((n) => zip.file(n)!.async('string')),
    );
    expect(headers.filter((h) => h.includes('PAGE'))).toHaveLength(1);
    expect(Object.keys(zip.files).some((n) => /footer/.test(n) && n.endsWith('.xml'))).toBe(false);
  });

  it('never shows a file id, a path, a YAML field name or an English rule code to the reader', () => {
    expect(body).not.toMatch(/\b(xa|tinh|huyen|national)\/[a-z0-9.-]+/);
    expect(body).not.toMatch(/\.ya?ml\b|\.xlsx\b|\.md\b/);
    expect(body).not.toMatch(/\b[a-z]+_[a-z_]+\b/); // annual_volume, income_per_hour…
    expect(body).not.toMatch(/\b[a-z]+(-[a-z]+){1,}\b/); // fee-mismatch, certified-copy-required…
  });

  it('marks a procedure with illustrative data and says not to cite its figures; verified data carries no mark', async () => {
    expect(body).toContain('1. Đăng ký khai sinh (mã 1.001193) (*)');
    expect(body).toContain('không dùng để trích dẫn');
    const real = {
      ...model(),
      groups: model().groups.map((g) => ({ ...g, demo: false })),
      ungrouped_groups: model().ungrouped_groups.map((g) => ({ ...g, demo: false })),
    };
    const zip = await JSZip.loadAsync(await renderDocx(real));
    const plain = text((await zip.file('word/document.xml')?.async('string')) ?? '');
    expect(plain).toContain('1. Đăng ký khai sinh (mã 1.001193)\n');
    expect(plain).not.toContain('không dùng để trích dẫn');
  });

  it('says what each version in the plan rests on, and names the publication decision from the provenance', async () => {
    const withSources = catalogue(
      [
        {
          ...strict,
          data: {
            ...strict.data,
            // The decision comes from the provenance when the record names none itself.
            decision: undefined,
            provenance: {
              kind: 'official' as const,
              basis: 'Quyết định công bố của Chủ tịch UBND tỉnh.',
              decision: { number: '1234/QĐ-UBND', date: '2025-07-01', url: 'https://example.gov.vn/qd-1234' },
            },
          },
        },
        {
          ...lenient,
          data: { ...lenient.data, provenance: { kind: 'compilation' as const, basis: 'Bản tổng hợp thử.' } },
        },
        loose,
      ],
      [baseline],
    );
    const zip = await JSZip.loadAsync(await renderDocx(buildReportModel(withSources, OUTCOME, TODAY)));
    const plain = text((await zip.file('word/document.xml')?.async('string')) ?? '');
    expect(plain).toContain(
      'Nguồn của 2 bản công bố trong phương án: 1 theo quyết định công bố của Chủ tịch Ủy ban nhân dân tỉnh, 1 theo bản tổng hợp không chính thức, 0 theo bản quốc gia',
    );
    expect(plain).toMatch(
      /Nguồn của bản công bố cấp xã \([^)]*\): theo bản tổng hợp không chính thức\. Bản tổng hợp thử\./,
    );
    expect(plain).toContain('Quyết định công bố số 1234/QĐ-UBND ngày 01/07/2025');
    // Without provenance (the shared sample), nothing is claimed about sources.
    expect(body).not.toContain('Nguồn của');
  });

  it('gives each procedure its content and reason, recommendation and benefit', () => {
    expect(body).toContain('1. Đăng ký khai sinh (mã 1.001193)');
    expect(body).toContain('1.1. Nội dung đơn giản hóa');
    expect(body).toContain('chỉ nhận "Giấy chứng sinh" bản sao có chứng thực');
    expect(body).toContain('Lý do:');
    expect(body).toContain('Nghị định 23/2015/NĐ-CP');
    expect(body).toContain('1.2. Kiến nghị thực thi');
    expect(body).toContain('Quyết định công bố số 2228/QĐ-UBND');
    expect(body).toContain(
      'Nhận bản sao kèm bản chính để đối chiếu của "Giấy chứng sinh" (bản công bố cấp xã (Phường Trấn Biên)).',
    );
    expect(body).toContain('1.3. Lợi ích phương án đơn giản hóa');
    expect(body).toContain('Chi phí tuân thủ (đồng/năm)');
  });

  it('sends a problem of the national record alone to the national database, not into the province plan', () => {
    const plan = body.slice(body.indexOf('1.1. Nội dung'), body.indexOf('1.2. Kiến nghị'));
    expect(plan).not.toContain('bản quốc gia mã 1.001193 "1"');
    const annex = body.slice(body.indexOf('PHỤ LỤC I.'));
    expect(body.indexOf('PHỤ LỤC I.')).toBeGreaterThan(body.indexOf('Nơi nhận:'));
    expect(annex).toContain('bản quốc gia mã 1.001193 "1"');
  });

  it('prints the saving per year and in percent as the model computes it', () => {
    const g = model().groups[0]!;
    const annual = g.savings.annual!;
    const vnd = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    expect(body).toContain(vnd(annual.before));
    expect(body).toContain(vnd(annual.saving));
    expect(body).toContain(`${String(Math.round(annual.saving_ratio * 1000) / 10).replace('.', ',')}%`);
  });

  it('lists the cost parameters with their sources in the appendix', () => {
    expect(body).toContain('PHỤ LỤC II. THAM SỐ ƯỚC TÍNH CHI PHÍ TUÂN THỦ');
    expect(body).toContain('Thông tư 226/2016/TT-BTC');
  });

  it('leaves out procedures with nothing to simplify, and says so when none is left', async () => {
    const quiet = buildReportModel(CATALOGUE, { findings: [], decisions: { orphaned: [] } }, TODAY);
    // No finding, no proposal: the versions still differ, but nothing the review found is to be cut.
    expect(proposalGroups(quiet)).toEqual([]);
    const none = quiet;
    const zip = await JSZip.loadAsync(await renderDocx(none));
    expect(text((await zip.file('word/document.xml')?.async('string')) ?? '')).toContain(
      'Chưa có thủ tục nào cần đơn giản hóa',
    );
  });
});
