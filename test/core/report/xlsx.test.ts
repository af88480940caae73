import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderXlsx } from '../../../src/core/report/xlsx.ts';
import { FINDINGS, model } from './sample.ts';

let book: ExcelJS.Workbook;

beforeAll(async () => {
  book = new ExcelJS.Workbook();
  await book.xlsx.load((await renderXlsx(model())) as unknown as ArrayBuffer);
});

const rowValues = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);

describe('report.xlsx', () => {
  it('opens as a workbook with the summary, findings, groups and cost sheets', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Phát hiện', 'Nhóm thủ tục', 'Chi phí', 'Cách tính chi phí', 'Tham số chi phí']);
  });

  it('gives the findings sheet a frozen Vietnamese header, an auto-filter, widths, wrapped text and fitted rows', () => {
    const sheet = book.getWorksheet('Phát hiện')!;
    expect(rowValues(sheet.getRow(1)).slice(0, 3)).toEqual(['Trạng thái', 'Mức độ', 'Quy tắc']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.rowCount).toBe(FINDINGS.length + 1);
    const message = rowValues(sheet.getRow(1)).indexOf('Nội dung') + 1;
    expect(sheet.getColumn(message).width).toBeGreaterThanOrEqual(40);
    expect(sheet.getRow(2).getCell(message).alignment?.wrapText).toBe(true);
    // The two-line message needs a taller row than a one-line one.
    const twoLines = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => String(r.getCell(message).value).includes('\n'))!;
    expect(twoLines.height).toBeGreaterThan(15);
  });

  it('stores money as numbers formatted #,##0', () => {
    const sheet = book.getWorksheet('Phát hiện')!;
    const headers = rowValues(sheet.getRow(1));
    const before = headers.indexOf('Chi phí hiện tại (đồng/lần)') + 1;
    const fee = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(headers.indexOf('Mã quy tắc') + 1).value === 'fee-mismatch')!;
    expect(typeof fee.getCell(before).value).toBe('number');
    expect(fee.getCell(before).numFmt).toBe('#,##0');
  });

  it('shows each group side by side: the baseline and every version in columns', () => {
    const sheet = book.getWorksheet('Nhóm thủ tục')!;
    const rows = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1));
    expect(String(rows[0]!.getCell(1).value)).toContain('1.001193');
    expect(rowValues(rows[1]!)).toEqual(['Nội dung', 'Bản quốc gia\nnational/1.001193', 'xa/ho-tich/khai-sinh', 'xa/ho-tich/khai-sinh-tran-bien']);
    const birth = rows.find((r) => r.getCell(1).value === 'Giấy tờ: Giấy chứng sinh')!;
    expect(rowValues(birth).slice(1)).toEqual(['—', 'bản sao kèm bản chính để đối chiếu hoặc bản điện tử', 'bản sao chứng thực, 2 bản']);
  });

  it('puts before, after and saving in the cost sheet, and they add up', () => {
    const sheet = book.getWorksheet('Chi phí')!;
    const rows = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1));
    const header = rows.find((r) => r.getCell(3).value === 'Bản ghi')!;
    const headers = rowValues(header);
    const col = (name: string) => headers.indexOf(name) + 1;
    const record = rows.find((r) => r.getCell(3).value === 'xa/ho-tich/khai-sinh-tran-bien')!;
    const before = record.getCell(col('Chi phí một lần hiện tại (đồng)'));
    const after = record.getCell(col('Chi phí một lần sau (đồng)'));
    const saving = record.getCell(col('Tiết kiệm một lần (đồng)'));
    expect(before.numFmt).toBe('#,##0');
    expect(saving.value).toBe(Number(before.value) - Number(after.value));
    expect(Number(saving.value)).toBeGreaterThan(0);
    expect(record.getCell(col('Tỷ lệ')).numFmt).toBe('0.0%');
  });

  it('lists every cost parameter with its source', () => {
    const sheet = book.getWorksheet('Tham số chi phí')!;
    const names = [...Array(sheet.rowCount - 1).keys()].map((i) => sheet.getRow(i + 2).getCell(7).value);
    expect(names).toContain('income_per_hour');
    expect(String(sheet.getRow(2).getCell(6).value)).toMatch(/Thống kê/);
  });
});
