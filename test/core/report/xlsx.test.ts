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
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Tổng hợp',
      'Phát hiện',
      'Nhóm thủ tục',
      'Chi phí',
      'Cách tính chi phí',
      'Tham số chi phí',
    ]);
  });

  it('gives the findings sheet a frozen Vietnamese header, an auto-filter, widths, wrapped text and fitted rows', () => {
    const sheet = book.getWorksheet('Phát hiện')!;
    expect(rowValues(sheet.getRow(1)).slice(0, 4)).toEqual(['Phạm vi', 'Trạng thái', 'Mức độ', 'Quy tắc']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.rowCount).toBe(FINDINGS.length + 1);
    const message = rowValues(sheet.getRow(1)).indexOf('Nội dung') + 1;
    expect(sheet.getColumn(message).width).toBeGreaterThanOrEqual(40);
    expect(sheet.getRow(2).getCell(message).alignment?.wrapText).toBe(true);
    // The two-line message needs a taller row than a one-line one.
    const twoLines = [...Array(sheet.rowCount).keys()]
      .map((i) => sheet.getRow(i + 1))
      .find((r) => String(r.getCell(message).value).includes('\n'))!;
    expect(twoLines.height).toBeGreaterThan(15);
  });

  it('stores money as numbers formatted #,##0', () => {
    const sheet = book.getWorksheet('Phát hiện')!;
    const headers = rowValues(sheet.getRow(1));
    const before = headers.indexOf('Chi phí hiện tại (đồng/lần)') + 1;
    const fee = [...Array(sheet.rowCount).keys()]
      .map((i) => sheet.getRow(i + 1))
      .find((r) => r.getCell(headers.indexOf('Mã quy tắc') + 1).value === 'fee-mismatch')!;
    expect(typeof fee.getCell(before).value).toBe('number');
    expect(fee.getCell(before).numFmt).toBe('#,##0');
  });

  it('shows each group side by side: the baseline and every version in columns', () => {
    const sheet = book.getWorksheet('Nhóm thủ tục')!;
    const rows = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1));
    expect(String(rows[0]!.getCell(1).value)).toContain('1.001193');
    expect(rowValues(rows[1]!)).toEqual([
      'Nội dung',
      'Bản quốc gia\nnational/1.001193',
      'xa/ho-tich/khai-sinh',
      'xa/ho-tich/khai-sinh-tran-bien',
    ]);
    const birth = rows.find((r) => r.getCell(1).value === 'Giấy tờ: Giấy chứng sinh')!;
    expect(rowValues(birth).slice(1)).toEqual([
      '—',
      'bản sao kèm bản chính để đối chiếu hoặc bản điện tử',
      'bản sao có chứng thực, 2 bản',
    ]);
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

  it('styles every header row bold on the header fill, and bodies with borders and wrapped text', () => {
    const findings = book.getWorksheet('Phát hiện')!;
    const groups = book.getWorksheet('Nhóm thủ tục')!;
    for (const header of [findings.getRow(1), groups.getRow(2)]) {
      header.eachCell((cell) => {
        expect(cell.font?.bold).toBe(true);
        expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
      });
    }
    const body = findings.getRow(2).getCell(1);
    expect(body.font?.bold).toBeFalsy();
    expect(body.border?.top?.style).toBe('thin');
    expect(body.alignment?.wrapText).toBe(true);
  });

  it('formats amounts as VND and times in days wherever they stand, and leaves counts plain', () => {
    const summary = book.getWorksheet('Tổng hợp')!;
    const byLabel = (sheet: ExcelJS.Worksheet, label: string) =>
      [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(1).value === label)!;
    expect(byLabel(summary, 'Chi phí tuân thủ một năm hiện tại (đồng)').getCell(2).numFmt).toBe('#,##0');
    expect(byLabel(summary, 'Tỷ lệ tiết kiệm').getCell(2).numFmt).toBe('0.0%');
    expect(byLabel(summary, 'Phát hiện').getCell(2).numFmt).toBeFalsy();

    const groups = book.getWorksheet('Nhóm thủ tục')!;
    const cost = byLabel(groups, 'Chi phí một lần hiện tại (đồng)');
    expect(cost.getCell(1).font?.bold).toBe(true);
    expect(typeof cost.getCell(2).value).toBe('number');
    expect(cost.getCell(2).numFmt).toBe('#,##0');
    expect(cost.getCell(2).alignment?.horizontal).toBe('right');
    expect(byLabel(groups, 'Thời hạn (ngày làm việc)').getCell(3).numFmt).toBe('0.##');
  });

  it("sets each record's total in the cost breakdown in bold, with the amount formatted", () => {
    const sheet = book.getWorksheet('Cách tính chi phí')!;
    const rows = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1));
    const total = rows.find((r) => r.getCell(2).value === 'Cộng hiện tại')!;
    expect(total.getCell(1).font?.bold).toBe(true);
    expect(total.getCell(7).numFmt).toBe('#,##0');
    // A record the proposal changes shows its lines after simplification too, and the two totals differ by its saving.
    const strict = model().costs.records.find((r) => r.record === 'xa/ho-tich/khai-sinh-tran-bien')!;
    const of = (label: string) =>
      rows.find((r) => String(r.getCell(1).value).startsWith(strict.record) && r.getCell(2).value === label)?.getCell(7)
        .value;
    expect(of('Cộng hiện tại')).toBe(strict.before);
    expect(of('Cộng sau đơn giản hóa')).toBe(strict.after);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('gives title rows the height of their larger font', () => {
    const summary = book.getWorksheet('Tổng hợp')!;
    expect(summary.getRow(1).getCell(1).font?.size).toBe(14);
    expect(summary.getRow(1).height).toBeGreaterThan(20);
  });

  it('renders the same workbook twice from one model (its shared styles are never changed)', async () => {
    const again = new ExcelJS.Workbook();
    await again.xlsx.load((await renderXlsx(model())) as unknown as ArrayBuffer);
    const cells = (b: ExcelJS.Workbook) =>
      b.worksheets.flatMap((s) =>
        [...Array(s.rowCount).keys()].map((i) => {
          const row = s.getRow(i + 1);
          const styles: unknown[] = [];
          row.eachCell((cell) => styles.push(cell.style));
          return JSON.stringify([row.values, row.height, styles]);
        }),
      );
    expect(cells(again)).toEqual(cells(book));
  });

  it('fails as a whole on a broken model, returning no partial workbook', async () => {
    const broken = { ...model(), costs: { ...model().costs, records: null } } as unknown as ReturnType<typeof model>;
    await expect(renderXlsx(broken)).rejects.toThrow();
  });
});

describe('report.xlsx opens right in Excel and LibreOffice', () => {
  it('never makes a row taller than Excel allows (409 pt), however long a message is', async () => {
    const long = model();
    long.findings[0] = { ...long.findings[0]!, message: 'Giấy tờ rất dài. '.repeat(2_000) };
    const big = new ExcelJS.Workbook();
    await big.xlsx.load((await renderXlsx(long)) as unknown as ArrayBuffer);
    for (const sheet of big.worksheets) {
      for (let i = 1; i <= sheet.rowCount; i++) expect(sheet.getRow(i).height ?? 0).toBeLessThanOrEqual(409);
    }
    // The text is whole in its cell, only the row stops growing.
    const sheet = big.getWorksheet('Phát hiện')!;
    const message = rowValues(sheet.getRow(1)).indexOf('Nội dung') + 1;
    expect(String(sheet.getRow(2).getCell(message).value)).toHaveLength(long.findings[0]!.message.length);
  });

  it('keeps procedure codes as text, so "1.001193" is never read as a number', () => {
    for (const [name, header] of [
      ['Phát hiện', 'Mã thủ tục'],
      ['Chi phí', 'Mã thủ tục'],
    ] as const) {
      const sheet = book.getWorksheet(name)!;
      const rows = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1));
      const headerRow = rows.find((r) => rowValues(r).includes(header))!;
      const col = rowValues(headerRow).indexOf(header) + 1;
      const coded = rows.filter((r) => r.number > headerRow.number && r.getCell(col).value === '1.001193');
      expect(coded.length).toBeGreaterThan(0);
      for (const r of coded) {
        expect(typeof r.getCell(col).value).toBe('string');
        expect(r.getCell(col).numFmt).toBe('@');
      }
    }
  });

  it('prints every sheet on A4 with its name and "Trang n/N" in the footer', () => {
    for (const sheet of book.worksheets) {
      expect(sheet.pageSetup.paperSize).toBe(9);
      expect(sheet.pageSetup.fitToPage).toBe(true);
      expect(sheet.headerFooter.oddFooter).toContain('Trang &P/&N');
      expect(sheet.headerFooter.oddFooter).toContain(sheet.name);
    }
  });

  it('marks findings and cost lines about illustrative records, and only those', () => {
    const sheet = book.getWorksheet('Phát hiện')!;
    const col = rowValues(sheet.getRow(1)).indexOf('Dữ liệu') + 1;
    const marks = [...Array(sheet.rowCount - 1).keys()].map((i) => sheet.getRow(i + 2).getCell(col).value);
    const demo = model().findings.map((f) => f.demo);
    expect(marks.map((m) => m === 'Minh họa, chưa kiểm chứng')).toEqual(demo);
    const lines = book.getWorksheet('Cách tính chi phí')!;
    const names = [...Array(lines.rowCount).keys()].map((i) => String(lines.getRow(i + 1).getCell(1).value));
    expect(names.some((n) => n.endsWith('(minh họa)'))).toBe(true);
  });
});
