import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { proposalGroups, renderDocx } from '../../../src/core/report/docx.ts';
import { buildReportModel } from '../../../src/core/report/model.ts';
import { CATALOGUE, model, TODAY } from './sample.ts';

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
    const item = paragraphs.find((p) => text(p).includes('- xa/ho-tich/khai-sinh-tran-bien'))!;
    expect(item).toContain('<w:pStyle w:val="Dash"/>');
    const header = paragraphs.find((p) => text(p).trim() === 'Trước đơn giản hóa')!;
    expect(header).toContain('<w:pStyle w:val="CellHeader"/>');
  });

  it('has the title, the date and the province, in Vietnamese', () => {
    expect(body).toContain('PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH');
    expect(body).toContain('Đồng Nai, ngày 30 tháng 11 năm 2026');
    expect(body).toContain('TỈNH ĐỒNG NAI');
  });

  it('gives each procedure its content and reason, recommendation and benefit', () => {
    expect(body).toContain('1. Đăng ký khai sinh (mã 1.001193)');
    expect(body).toContain('1.1. Nội dung đơn giản hóa');
    expect(body).toContain('chỉ nhận "Giấy chứng sinh" bản sao chứng thực');
    expect(body).toContain('Lý do:');
    expect(body).toContain('Nghị định 23/2015/NĐ-CP');
    expect(body).toContain('1.2. Kiến nghị thực thi');
    expect(body).toContain('Quyết định công bố số 2228/QĐ-UBND');
    expect(body).toContain('Thống nhất mức thu phí, lệ phí như bản xa/ho-tich/khai-sinh (Mọi đơn vị cấp xã): miễn thu.');
    expect(body).toContain('1.3. Lợi ích phương án đơn giản hóa');
    expect(body).toContain('Chi phí tuân thủ (đồng/năm)');
  });

  it('sends a problem of the national record alone to the national database, not into the province plan', () => {
    const plan = body.slice(body.indexOf('1.1. Nội dung'), body.indexOf('1.2. Kiến nghị'));
    expect(plan).not.toContain('national/1.001193 "1"');
    expect(body).toContain('Kiến nghị cơ quan quản lý Cơ sở dữ liệu quốc gia');
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
    expect(body).toContain('PHỤ LỤC. THAM SỐ ƯỚC TÍNH CHI PHÍ TUÂN THỦ');
    expect(body).toContain('Thông tư 226/2016/TT-BTC');
  });

  it('leaves out procedures with nothing to simplify, and says so when none is left', async () => {
    const quiet = buildReportModel(CATALOGUE, { findings: [], decisions: { orphaned: [] } }, TODAY);
    expect(proposalGroups(quiet).map((g) => g.code)).toEqual(['1.001193']); // a saving remains
    const none = { ...quiet, groups: quiet.groups.map((g) => ({ ...g, savings: { ...g.savings, per_case: { ...g.savings.per_case, saving: 0 } } })) };
    expect(proposalGroups(none)).toEqual([]);
    const zip = await JSZip.loadAsync(await renderDocx(none));
    expect(text((await zip.file('word/document.xml')?.async('string')) ?? '')).toContain('Chưa có thủ tục nào cần đơn giản hóa');
  });
});
