/**
 * report.xlsx: the workbook the Provincial Office filters and prints. Sheets: Tổng hợp (counts), Phát hiện
 * (findings: frozen header, auto-filter), Nhóm thủ tục (each group's records side by side), Chi phí (before /
 * after / saving per group and per record), Cách tính chi phí (every record's line items) and Tham số chi phí
 * (parameters with their sources). Money is stored as numbers formatted `#,##0`, so sums in Excel work.
 */
import ExcelJS from 'exceljs';
import { FINDING_COLUMNS } from './findings-table.ts';
import { levelNamer } from './findings-csv.ts';
import { formatDate } from './format.ts';
import { LEGAL_STATUS_LABELS } from './labels.ts';
import type { Count, ReportModel, ReportRecord } from './model.ts';

export const REPORT_XLSX = 'report.xlsx';

const VND = '#,##0';
const PERCENT = '0.0%';
const DAYS = '0.##';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
const TITLE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};
const FONT = 'Arial';
const SIZE = 10;
/** Points per line of Arial 10, with the cell's padding. */
const LINE_HEIGHT = 12.75;

type Value = string | number | null;

/**
 * Row heights are written, not left to the reader: LibreOffice does not grow a row for wrapped text on opening
 * an .xlsx, so a long message would be cut off. The estimate counts the lines each text needs at its column's
 * width (an Excel width unit holds about one character of Arial 10).
 */
function fitHeight(row: ExcelJS.Row): void {
  let lines = 1;
  row.eachCell((cell, col) => {
    if (typeof cell.value !== 'string' || cell.isMerged) return;
    // Bold glyphs are wider: fewer of them fit a line.
    const perChar = cell.font?.bold ? 1.0 : 1.15;
    const perLine = Math.max(1, Math.floor((row.worksheet.getColumn(col).width ?? 10) * perChar) - 1);
    const needed = cell.value.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / perLine)), 0);
    lines = Math.max(lines, needed);
  });
  row.height = lines * LINE_HEIGHT + 2;
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { name: FONT, size: SIZE, bold: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
  fitHeight(row);
}

function styleBody(row: ExcelJS.Row, formats: readonly (string | undefined)[] = [], boldLabel = false): void {
  row.font = { name: FONT, size: SIZE };
  if (boldLabel) row.getCell(1).font = { name: FONT, size: SIZE, bold: true };
  row.eachCell({ includeEmpty: true }, (cell, col) => {
    cell.border = THIN;
    const format = formats[col - 1];
    if (format) cell.numFmt = format;
    cell.alignment = { wrapText: true, vertical: 'top', ...(format ? { horizontal: 'right' } : {}) };
  });
  fitHeight(row);
}

function title(sheet: ExcelJS.Worksheet, text: string, size = 12): void {
  const row = sheet.addRow([text]);
  row.font = { name: FONT, bold: true, size };
  row.height = size * 1.6;
}

/**
 * Text across `span` columns, merged and wrapped. Text left to overflow into empty cells would widen what
 * LibreOffice prints (and shrink every page of a fit-to-width sheet).
 */
function spanned(sheet: ExcelJS.Worksheet, text: string, span: number, font: Partial<ExcelJS.Font>): ExcelJS.Row {
  const row = sheet.addRow([text]);
  row.font = { name: FONT, ...font };
  const cell = row.getCell(1);
  cell.alignment = { wrapText: true, vertical: 'top' };
  let width = 0;
  for (let c = 1; c <= span; c++) width += sheet.getColumn(c).width ?? 10;
  if (span > 1) sheet.mergeCells(row.number, 1, row.number, span);
  const perLine = Math.max(1, Math.floor((width * 1.15 * SIZE) / (font.size ?? SIZE)) - 1);
  row.height = Math.max(1, Math.ceil(text.length / perLine)) * (font.size ?? SIZE) * 1.3 + 4;
  return row;
}

/** A line of notes under a table: small italic text. */
function note(sheet: ExcelJS.Worksheet, text: string, span: number): void {
  spanned(sheet, text, span, { size: 9, italic: true });
}

/** A4, fitted to `pagesWide` pages across; the header row(s) repeat on every page. */
function printSetup(sheet: ExcelJS.Worksheet, orientation: 'portrait' | 'landscape', pagesWide: number, titleRows?: string): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation,
    fitToPage: true,
    fitToWidth: pagesWide,
    fitToHeight: 0,
    pageOrder: 'overThenDown',
    horizontalCentered: false,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    ...(titleRows ? { printTitlesRow: titleRows } : {}),
  };
}

/** A small table: a header row and body rows, each cell bordered; `formats` by column. */
function table(sheet: ExcelJS.Worksheet, headers: string[], rows: Value[][], formats: (string | undefined)[] = []): void {
  styleHeader(sheet.addRow(headers));
  for (const values of rows) styleBody(sheet.addRow(values), formats);
}

function countRows(counts: Count[]): Value[][] {
  return counts.map((c) => [c.label, c.count, c.open]);
}

function summarySheet(book: ExcelJS.Workbook, model: ReportModel): void {
  const sheet = book.addWorksheet('Tổng hợp');
  printSetup(sheet, 'portrait', 1);
  sheet.columns = [{ width: 52 }, { width: 18 }, { width: 18 }, { width: 40 }, { width: 14 }];
  const s = model.summary;
  title(sheet, model.title, 14);
  sheet.addRow([`Ngày báo cáo: ${formatDate(model.today)}`]).font = { name: FONT, size: SIZE, italic: true };
  sheet.addRow([]);
  title(sheet, 'Số liệu chính');
  const annual = s.cost.annual;
  table(
    sheet,
    ['Chỉ tiêu', 'Giá trị'],
    [
      ['Bản công bố của tỉnh', s.published_records],
      ['Bản ghi trong CSDL quốc gia', s.national_records],
      ['Nhóm thủ tục (cùng mã, có bản công bố)', s.groups],
      ['Bản công bố chưa có mã thủ tục', s.ungrouped_records],
      ['Phát hiện', s.findings.total],
      ['Phát hiện chưa xử lý', s.findings.open],
      ['Phát hiện đã có quyết định', s.findings.decided],
      ['Quyết định không còn phát hiện tương ứng', s.orphaned_decisions],
      ['Nhóm có thể giảm chi phí', s.cost.groups_with_saving],
      ['Bản công bố có số hồ sơ một năm', s.cost.records_with_volume],
      ['Chi phí tuân thủ một năm hiện tại (đồng)', annual?.before ?? null],
      ['Chi phí tuân thủ một năm sau đơn giản hóa (đồng)', annual?.after ?? null],
      ['Tiết kiệm một năm (đồng)', annual?.saving ?? null],
      ['Tỷ lệ tiết kiệm', annual?.saving_ratio ?? null],
    ],
  );
  // Money rows and the ratio get number formats (the count rows above stay plain integers).
  const last = sheet.lastRow!.number;
  for (let r = last - 3; r <= last - 1; r++) sheet.getCell(r, 2).numFmt = VND;
  sheet.getCell(last, 2).numFmt = PERCENT;
  if (!annual) note(sheet, 'Chưa bản công bố nào có số hồ sơ một năm (annual_volume): chưa tính được chi phí toàn tỉnh.', 3);
  for (const [heading, first, counts] of [
    ['Theo mức độ', 'Mức độ', s.by_severity],
    ['Theo trạng thái', 'Trạng thái', s.by_status],
    ['Theo quy tắc', 'Quy tắc', s.by_rule],
    ['Theo lĩnh vực', 'Lĩnh vực', s.by_sector],
    ['Theo cấp (một phát hiện về nhiều cấp được đếm ở mỗi cấp)', 'Cấp', s.by_level],
  ] as const) {
    sheet.addRow([]);
    title(sheet, heading);
    table(sheet, [first, 'Số phát hiện', 'Chưa xử lý'], countRows(counts));
  }
  if (model.orphaned_decisions.length > 0) {
    sheet.addRow([]);
    title(sheet, 'Quyết định không còn phát hiện tương ứng (cần xem lại review/decisions.yaml)');
    table(
      sheet,
      ['Khóa', 'Trạng thái', 'Ghi chú', 'Người quyết định', 'Ngày'],
      model.orphaned_decisions.map((d) => [d.key, d.status, d.note ?? '', d.by ?? '', d.date ?? '']),
    );
  }
}

function findingsSheet(book: ExcelJS.Workbook, model: ReportModel): void {
  const sheet = book.addWorksheet('Phát hiện', { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  printSetup(sheet, 'landscape', 2, '1:1');
  sheet.columns = FINDING_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  styleHeader(sheet.getRow(1));
  const formats = FINDING_COLUMNS.map((c) => (c.kind === 'vnd' ? VND : c.kind === 'percent' ? PERCENT : undefined));
  const levelName = levelNamer(model);
  for (const f of model.findings) styleBody(sheet.addRow(FINDING_COLUMNS.map((c) => c.value(f, levelName))), formats);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: FINDING_COLUMNS.length } };
}

function groupsSheet(book: ExcelJS.Workbook, model: ReportModel): void {
  const sheet = book.addWorksheet('Nhóm thủ tục', { views: [{ state: 'frozen', xSplit: 1, ySplit: 0 }] });
  printSetup(sheet, 'landscape', 1);
  const widest = Math.max(1, ...model.groups.map((g) => g.records.length + (g.baseline ? 1 : 0)));
  sheet.columns = [{ width: 34 }, ...Array.from({ length: widest }, () => ({ width: 36 }))];
  for (const g of model.groups) {
    const columns: ReportRecord[] = [...(g.baseline ? [g.baseline] : []), ...g.records];
    const saving = new Map(g.savings.records.map((r) => [r.record, r]));
    const head = spanned(sheet, `${g.code} — ${g.title}`, columns.length + 1, { bold: true, size: 11 });
    head.getCell(1).fill = TITLE_FILL;
    styleHeader(sheet.addRow(['Nội dung', ...columns.map((c) => (c.kind === 'national' ? `Bản quốc gia\n${c.id}` : c.id))]));
    const rows: [string, Value[], string?][] = [
      ['Cấp', columns.map((c) => c.level_label)],
      ['Địa bàn áp dụng', columns.map((c) => c.localities)],
      ['Cơ quan thực hiện', columns.map((c) => c.agency)],
      ['Thời hạn (như công bố)', columns.map((c) => c.time_text)],
      ['Thời hạn (ngày làm việc)', columns.map((c) => c.working_days), DAYS],
      ['Phí, lệ phí', columns.map((c) => (c.fees.length === 0 ? 'Không thu' : c.fees.map((f) => `${f.name}: ${f.text}`).join('\n')))],
      ['Cách thức nộp', columns.map((c) => c.channels_text)],
      ['Số bộ hồ sơ', columns.map((c) => c.dossier_sets)],
      ...g.documents.map((d): [string, Value[]] => [`Giấy tờ: ${d.name}`, d.cells.map((cell) => cell.text)]),
      ['Căn cứ pháp lý', columns.map((c) => c.legal_basis.map((l) => `${l.number}${l.status && l.status !== 'in_force' ? ` (${LEGAL_STATUS_LABELS[l.status] ?? l.status})` : ''}`).join('\n'))],
      ['Quyết định công bố', columns.map((c) => c.decision ?? '')],
      ['Số hồ sơ một năm', columns.map((c) => c.annual_volume ?? null), VND],
      ['Chi phí một lần hiện tại (đồng)', columns.map((c) => c.cost.total), VND],
      ['Chi phí một lần sau đơn giản hóa (đồng)', columns.map((c) => saving.get(c.id)?.after ?? null), VND],
      ['Tiết kiệm một lần (đồng)', columns.map((c) => saving.get(c.id)?.saving ?? null), VND],
      ['Dữ liệu minh họa (chưa kiểm chứng)', columns.map((c) => (c.demo ? 'Có' : ''))],
    ];
    for (const [label, values, format] of rows) {
      styleBody(sheet.addRow([label, ...values]), [undefined, ...values.map(() => format)], true);
    }
    // One group per printed page: a group's title never ends up at the foot of the page before it.
    sheet.addRow([]).addPageBreak();
  }
}

/** The parts of the group's best practice that some record lacks: what bringing records to it changes. */
function practice(g: ReportModel['groups'][number]): string {
  const parts = g.best.filter((b) => b.record !== '' && g.records.some((r) => r.cost.components[b.component] > b.amount));
  return parts.length === 0 ? 'Các bản như nhau về chi phí' : parts.map((b) => `${b.label}: như ${b.record}`).join('\n');
}

function costSheet(book: ExcelJS.Workbook, model: ReportModel): void {
  const sheet = book.addWorksheet('Chi phí');
  printSetup(sheet, 'landscape', 1);
  sheet.columns = [
    { width: 11 }, { width: 30 }, { width: 28 }, { width: 11 }, { width: 18 }, { width: 13 }, { width: 8 }, { width: 12 },
    { width: 12 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 8 }, { width: 10 }, { width: 14 },
    { width: 14 }, { width: 14 }, { width: 10 },
  ];
  title(sheet, 'Chi phí tuân thủ theo nhóm thủ tục (một người, một lần; một năm theo số hồ sơ)');
  table(
    sheet,
    ['Mã thủ tục', 'Tên thủ tục', 'Thực tiễn ít tốn kém nhất trong nhóm', 'Số bản công bố', 'Chi phí một lần, bản tốn kém nhất (đồng)', 'Chi phí một lần sau đơn giản hóa (đồng)', 'Tiết kiệm một lần (đồng)', 'Tỷ lệ', 'Chi phí một năm hiện tại (đồng)', 'Chi phí một năm sau (đồng)', 'Tiết kiệm một năm (đồng)', 'Tỷ lệ một năm'],
    model.groups.map((g) => [
      g.code,
      g.title,
      practice(g),
      g.records.length,
      g.savings.per_case.before,
      g.savings.per_case.after,
      g.savings.per_case.saving,
      g.savings.per_case.saving_ratio,
      g.savings.annual?.before ?? null,
      g.savings.annual?.after ?? null,
      g.savings.annual?.saving ?? null,
      g.savings.annual?.saving_ratio ?? null,
    ]),
    [undefined, undefined, undefined, undefined, VND, VND, VND, PERCENT, VND, VND, VND, PERCENT],
  );
  sheet.addRow([]);
  title(sheet, 'Chi phí tuân thủ theo bản công bố');
  table(
    sheet,
    ['Mã thủ tục', 'Tên thủ tục', 'Bản ghi', 'Cấp', 'Địa bàn', 'Cách nộp tính chi phí', 'Số giờ', 'Chi phí thời gian (đồng)', 'Sao chụp, chứng thực, đi lại (đồng)', 'Phí, lệ phí (đồng)', 'Chi phí một lần hiện tại (đồng)', 'Chi phí một lần sau (đồng)', 'Tiết kiệm một lần (đồng)', 'Tỷ lệ', 'Số hồ sơ một năm', 'Chi phí một năm hiện tại (đồng)', 'Chi phí một năm sau (đồng)', 'Tiết kiệm một năm (đồng)', 'Thời hạn (ngày làm việc)'],
    model.costs.records.map((r) => [
      r.code ?? '',
      r.title,
      r.record,
      r.level_label,
      r.localities,
      r.channel,
      r.hours,
      r.time_cost,
      r.out_of_pocket,
      r.fees,
      r.before,
      r.after,
      r.saving,
      r.saving_ratio,
      r.annual_volume,
      r.annual_before,
      r.annual_after,
      r.annual_saving,
      r.processing_working_days,
    ]),
    [undefined, undefined, undefined, undefined, undefined, undefined, DAYS, VND, VND, VND, VND, VND, VND, PERCENT, VND, VND, VND, VND, DAYS],
  );
  sheet.addRow([]);
  note(sheet, 'Chi phí = số giờ × thu nhập bình quân một giờ + sao chụp, chứng thực, đi lại + phí, lệ phí (Thông tư 02/2017/TT-VPCP, Điều 27).', 8);
  note(sheet, 'Thời hạn giải quyết ghi bên cạnh, không tính vào chi phí. Tham số và nguồn: trang "Tham số chi phí"; cách tính từng bản: trang "Cách tính chi phí".', 8);
}

function breakdownSheet(book: ExcelJS.Workbook, model: ReportModel): void {
  const sheet = book.addWorksheet('Cách tính chi phí', { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  printSetup(sheet, 'portrait', 1, '1:1');
  sheet.columns = [
    { header: 'Bản ghi', width: 30 },
    { header: 'Khoản', width: 36 },
    { header: 'Cách đếm, ghi chú', width: 44 },
    { header: 'Số lượng', width: 10 },
    { header: 'Đơn vị', width: 9 },
    { header: 'Đơn giá (đồng)', width: 14 },
    { header: 'Thành tiền (đồng)', width: 14 },
  ];
  styleHeader(sheet.getRow(1));
  const records = [...model.groups.flatMap((g) => [...(g.baseline ? [g.baseline] : []), ...g.records]), ...model.ungrouped];
  for (const record of records) {
    for (const l of record.cost.lines) {
      styleBody(sheet.addRow([record.id, l.label, l.detail ?? '', l.quantity, l.unit, l.unit_cost, l.amount]), [undefined, undefined, undefined, DAYS, undefined, VND, VND]);
    }
    const total = sheet.addRow([record.id, 'Cộng', record.cost.notes.join('\n'), null, null, null, record.cost.total]);
    styleBody(total, [undefined, undefined, undefined, undefined, undefined, undefined, VND]);
    total.font = { name: FONT, size: SIZE, bold: true };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 7 } };
}

function parametersSheet(book: ExcelJS.Workbook, model: ReportModel): void {
  const sheet = book.addWorksheet('Tham số chi phí', { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  printSetup(sheet, 'landscape', 1, '1:1');
  sheet.columns = [
    { header: 'Tham số', width: 44 },
    { header: 'Giá trị', width: 12 },
    { header: 'Đơn vị', width: 14 },
    { header: 'Loại', width: 14 },
    { header: 'Năm', width: 8 },
    { header: 'Nguồn', width: 90 },
    { header: 'Khóa trong site.yaml', width: 24 },
  ];
  styleHeader(sheet.getRow(1));
  const basis = { official: 'Văn bản pháp luật', statistic: 'Thống kê chính thức', assumption: 'Giả định', site: 'site.yaml' } as const;
  for (const p of model.costs.parameters) {
    styleBody(sheet.addRow([p.label, p.value, p.unit, basis[p.basis], p.year, p.url ? `${p.source} ${p.url}` : p.source, p.name]), [undefined, '#,##0.##']);
  }
}

export async function renderXlsx(model: ReportModel): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'tthc-kb';
  book.title = model.title;
  // The report date, not the clock: the same content and --today give the same workbook.
  book.created = new Date(`${model.today}T00:00:00Z`);
  book.modified = book.created;
  summarySheet(book, model);
  findingsSheet(book, model);
  groupsSheet(book, model);
  costSheet(book, model);
  breakdownSheet(book, model);
  parametersSheet(book, model);
  return Buffer.from(await book.xlsx.writeBuffer());
}
