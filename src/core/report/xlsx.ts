/**
 * report.xlsx: the workbook the Provincial Office filters and prints. Sheets: Tổng hợp (counts), Phát hiện
 * (findings: frozen header, auto-filter), Nhóm thủ tục (each group's records side by side), Chi phí (before /
 * after / saving per group and per record), Cách tính chi phí (every record's line items) and Tham số chi phí
 * (parameters with their sources). Money is stored as numbers formatted `#,##0`, so sums in Excel work.
 */
import { xmlSafe } from './inert-text.ts';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { FINDING_COLUMNS } from './findings-table.ts';
import { levelNamer } from './findings-csv.ts';
import { formatDate } from '../words/format.ts';
import { LEGAL_STATUS_WORDS } from '../words/vocabulary.ts';
import type { Count, ReportModel, ReportRecord } from './model.ts';

export const REPORT_XLSX = 'report.xlsx';

const VND = '#,##0';
const PERCENT = '0.0%';
const DAYS = '0.##';
const FONT = 'Arial';
const SIZE = 10;
/** Points per line of Arial 10, with the cell's padding. */
const LINE_HEIGHT = 12.75;
/** Excel's largest row height (points): a taller row makes Excel repair the file or ignore the height. */
export const MAX_ROW_HEIGHT = 409;
/** Text, whatever it looks like: a procedure code "1.001193" is not the number 1,001193 (or 1.001.193). */
const TEXT = '@';

type Value = string | number | null;
type Format = string | undefined;
type Style = Partial<ExcelJS.Style>;
type Sheet = ExcelJS.Worksheet;
type Book = ExcelJS.stream.xlsx.WorkbookWriter;

/**
 * Every cell gets one of a few shared style objects. exceljs remembers the style id of an object it has seen, so
 * a shared object costs one lookup per cell; a style object per cell (what `cell.font = …` or a row or column
 * style gives) is serialised and compared cell by cell, which was most of the workbook's cost. Frozen: a later
 * `cell.font = …` on a shared style would restyle every cell using it, and now throws instead.
 */
function frozen<T extends object>(value: T): T {
  for (const v of Object.values(value)) if (v && typeof v === 'object') frozen(v);
  return Object.freeze(value);
}

const GREY = { argb: 'FFBFBFBF' };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: GREY },
  left: { style: 'thin', color: GREY },
  bottom: { style: 'thin', color: GREY },
  right: { style: 'thin', color: GREY },
};
const HEADER: Style = frozen({
  font: { name: FONT, size: SIZE, bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } },
  border: THIN,
  alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' },
});
const TITLE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

const styles = new Map<string, Style>();

/** The one shared style object for `key`, made on first use. */
function shared(key: string, make: () => Style): Style {
  let style = styles.get(key);
  if (!style) styles.set(key, (style = frozen(make())));
  return style;
}

/** A bordered body cell, wrapped and top-aligned; numbers right-aligned in their format. */
function bodyStyle(format: Format, bold = false): Style {
  return shared(`body ${format ?? ''} ${bold}`, () => ({
    font: { name: FONT, size: SIZE, ...(bold ? { bold: true } : {}) },
    border: THIN,
    alignment: { wrapText: true, vertical: 'top', ...(format && format !== TEXT ? { horizontal: 'right' } : {}) },
    ...(format ? { numFmt: format } : {}),
  }));
}

/** Unbordered text: titles, the date line, notes. */
function textStyle(font: Partial<ExcelJS.Font>, options: { wrap?: boolean; fill?: ExcelJS.Fill } = {}): Style {
  return shared(`text ${JSON.stringify([font, options])}`, () => ({
    font: { name: FONT, size: SIZE, ...font },
    ...(options.wrap ? { alignment: { wrapText: true, vertical: 'top' } } : {}),
    ...(options.fill ? { fill: options.fill } : {}),
  }));
}

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
  // Beyond Excel's limit the text stays whole in the cell (the formula bar shows it); the row stops growing.
  row.height = Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 2);
}

/**
 * Adds a row with its cells' styles and height, then commits it: the streaming writer turns a committed row
 * into XML and lets its cells go, so no sheet keeps a cell object per cell (and nothing set on a row after this
 * reaches the file). `height`: points, `fit` to the text, or `auto` for the reader's default.
 */
function addRow(
  sheet: Sheet,
  values: Value[],
  styleOf: (col: number) => Style,
  height: number | 'fit' | 'auto' = 'fit',
): ExcelJS.Row {
  const row = sheet.addRow(values.map((v) => (typeof v === 'string' ? xmlSafe(v) : v)));
  row.eachCell({ includeEmpty: true }, (cell, col) => {
    cell.style = styleOf(col);
  });
  if (height === 'fit') fitHeight(row);
  else if (height !== 'auto') row.height = Math.min(MAX_ROW_HEIGHT, height);
  row.commit();
  return row;
}

function headerRow(sheet: Sheet, headers: string[]): void {
  addRow(sheet, headers, () => HEADER);
}

/** A body row; `formats` by column; `boldLabel` sets the first column in bold. */
function bodyRow(sheet: Sheet, values: Value[], formats: readonly Format[] = [], boldLabel = false): void {
  addRow(sheet, values, (col) => bodyStyle(formats[col - 1], boldLabel && col === 1));
}

function title(sheet: Sheet, text: string, size = 12): void {
  addRow(sheet, [text], () => textStyle({ bold: true, size }), size * 1.6);
}

/**
 * Text across `span` columns, merged and wrapped. Text left to overflow into empty cells would widen what
 * LibreOffice prints (and shrink every page of a fit-to-width sheet).
 */
function spanned(sheet: Sheet, text: string, span: number, font: Partial<ExcelJS.Font>, fill?: ExcelJS.Fill): void {
  const row = sheet.addRow([xmlSafe(text)]);
  row.getCell(1).style = textStyle(font, { wrap: true, ...(fill ? { fill } : {}) });
  let width = 0;
  for (let c = 1; c <= span; c++) width += sheet.getColumn(c).width ?? 10;
  if (span > 1) sheet.mergeCells(row.number, 1, row.number, span);
  const size = font.size ?? SIZE;
  const perLine = Math.max(1, Math.floor((width * 1.15 * SIZE) / size) - 1);
  row.height = Math.min(MAX_ROW_HEIGHT, Math.max(1, Math.ceil(text.length / perLine)) * size * 1.3 + 4);
  row.commit();
}

/** A line of notes under a table: small italic text. */
function note(sheet: Sheet, text: string, span: number): void {
  spanned(sheet, text, span, { size: 9, italic: true });
}

function blank(sheet: Sheet): ExcelJS.Row {
  const row = sheet.addRow([]);
  row.commit();
  return row;
}

/** A4, fitted to `pagesWide` pages across; the header row(s) repeat on every page. */
function pageSetup(
  orientation: 'portrait' | 'landscape',
  pagesWide: number,
  titleRows?: string,
): Partial<ExcelJS.PageSetup> {
  return {
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

/**
 * A sheet whose columns and print layout are known up front: the streaming writer writes both before the first
 * row. `frozen` freezes that many rows (`ySplit`) or columns (`xSplit`).
 */
function addSheet(
  book: Book,
  name: string,
  layout: {
    orientation: 'portrait' | 'landscape';
    pagesWide: number;
    widths: number[];
    frozen?: { xSplit: number } | { ySplit: number };
    titleRows?: string;
  },
): Sheet {
  const sheet = book.addWorksheet(name, {
    ...(layout.frozen ? { views: [{ state: 'frozen', xSplit: 0, ySplit: 0, ...layout.frozen }] } : {}),
    pageSetup: pageSetup(layout.orientation, layout.pagesWide, layout.titleRows),
    // Every printed page says which sheet it is and which page of how many.
    headerFooter: {
      oddFooter: `&L&8${name.replace(/&/g, '&&')}&R&8Trang &P/&N`,
      evenFooter: `&L&8${name.replace(/&/g, '&&')}&R&8Trang &P/&N`,
    },
  });
  sheet.columns = layout.widths.map((width) => ({ width }));
  return sheet;
}

interface ListColumn {
  header: string;
  width: number;
  format?: Format;
}

/** A long list: one frozen header row repeated on every printed page, then one row per item. */
function listSheet(
  book: Book,
  name: string,
  columns: readonly ListColumn[],
  layout: { orientation: 'portrait' | 'landscape'; pagesWide: number; filter: boolean },
): { sheet: Sheet; formats: Format[] } {
  const sheet = addSheet(book, name, {
    ...layout,
    widths: columns.map((c) => c.width),
    frozen: { ySplit: 1 },
    titleRows: '1:1',
  });
  headerRow(
    sheet,
    columns.map((c) => c.header),
  );
  if (layout.filter) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return { sheet, formats: columns.map((c) => c.format) };
}

/** A small table: a header row and body rows, each cell bordered; `formats` by column. */
function table(sheet: Sheet, headers: string[], rows: Value[][], formats: Format[] = []): void {
  headerRow(sheet, headers);
  for (const values of rows) bodyRow(sheet, values, formats);
}

function countRows(counts: Count[]): Value[][] {
  return counts.map((c) => [c.label, c.count, c.open]);
}

function summarySheet(book: Book, model: ReportModel): void {
  const sheet = addSheet(book, 'Tổng hợp', { orientation: 'portrait', pagesWide: 1, widths: [52, 18, 18, 40, 14] });
  const s = model.summary;
  title(sheet, model.title, 14);
  addRow(sheet, [`Ngày báo cáo: ${formatDate(model.today)}`], () => textStyle({ italic: true }), 'auto');
  blank(sheet);
  title(sheet, 'Số liệu chính');
  const annual = s.cost.annual;
  headerRow(sheet, ['Chỉ tiêu', 'Giá trị']);
  // Money rows and the ratio get number formats (the count rows stay plain integers).
  const figures: [string, Value, Format?][] = [
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
    ['Chi phí tuân thủ một năm hiện tại (đồng)', annual?.before ?? null, VND],
    ['Chi phí tuân thủ một năm sau đơn giản hóa (đồng)', annual?.after ?? null, VND],
    ['Tiết kiệm một năm (đồng)', annual?.saving ?? null, VND],
    ['Tỷ lệ tiết kiệm', annual?.saving_ratio ?? null, PERCENT],
  ];
  // Yearly figures built on an illustrative volume say so on their own line, not only in a note.
  const demoYear = s.cost.annual_demo ? ' — số hồ sơ minh họa, không phải số liệu thật' : '';
  for (const [label, value, format] of figures)
    bodyRow(sheet, [format === VND || format === PERCENT ? `${label}${demoYear}` : label, value], [undefined, format]);
  if (model.volumes)
    note(
      sheet,
      `Số hồ sơ một năm lấy từ tệp ${model.volumes.file} (${model.volumes.records} bản công bố${model.volumes.demo_records > 0 ? `, trong đó ${model.volumes.demo_records} số liệu minh họa` : ''}).`,
      3,
    );
  if (!annual)
    note(sheet, 'Chưa bản công bố nào có số hồ sơ một năm (annual_volume): chưa tính được chi phí toàn tỉnh.', 3);
  for (const [heading, first, counts] of [
    ['Theo mức độ', 'Mức độ', s.by_severity],
    ['Theo trạng thái', 'Trạng thái', s.by_status],
    ['Theo quy tắc', 'Quy tắc', s.by_rule],
    ['Theo lĩnh vực', 'Lĩnh vực', s.by_sector],
    ['Theo cấp (một phát hiện về nhiều cấp được đếm ở mỗi cấp)', 'Cấp', s.by_level],
  ] as const) {
    blank(sheet);
    title(sheet, heading);
    table(sheet, [first, 'Số phát hiện', 'Chưa xử lý'], countRows(counts));
  }
  if (model.orphaned_decisions.length > 0) {
    blank(sheet);
    title(sheet, 'Quyết định không còn phát hiện tương ứng (cần xem lại review/decisions.yaml)');
    table(
      sheet,
      ['Khóa', 'Trạng thái', 'Ghi chú', 'Người quyết định', 'Ngày'],
      model.orphaned_decisions.map((d) => [d.key, d.status, d.note ?? '', d.by ?? '', d.date ?? '']),
    );
  }
}

function findingsSheet(book: Book, model: ReportModel): void {
  const columns = FINDING_COLUMNS.map((c) => ({
    header: c.header,
    width: c.width,
    format: c.kind === 'vnd' ? VND : c.kind === 'percent' ? PERCENT : c.kind === 'code' ? TEXT : undefined,
  }));
  const { sheet, formats } = listSheet(book, 'Phát hiện', columns, {
    orientation: 'landscape',
    pagesWide: 2,
    filter: true,
  });
  const levelName = levelNamer(model);
  for (const f of model.findings)
    bodyRow(
      sheet,
      FINDING_COLUMNS.map((c) => c.value(f, levelName)),
      formats,
    );
}

function groupsSheet(book: Book, model: ReportModel): void {
  const widest = Math.max(1, ...model.groups.map((g) => g.records.length + (g.baseline ? 1 : 0)));
  const sheet = addSheet(book, 'Nhóm thủ tục', {
    orientation: 'landscape',
    pagesWide: 1,
    widths: [34, ...Array.from({ length: widest }, () => 36)],
    frozen: { xSplit: 1 },
  });
  for (const g of model.groups) {
    const columns: ReportRecord[] = [...(g.baseline ? [g.baseline] : []), ...g.records];
    const saving = new Map(g.savings.records.map((r) => [r.record, r]));
    spanned(sheet, `${g.code} — ${g.title}`, columns.length + 1, { bold: true, size: 11 }, TITLE_FILL);
    headerRow(sheet, ['Nội dung', ...columns.map((c) => (c.kind === 'national' ? `Bản quốc gia\n${c.id}` : c.id))]);
    const rows: [string, Value[], Format?][] = [
      ['Cấp', columns.map((c) => c.level_label)],
      ['Địa bàn áp dụng', columns.map((c) => c.localities)],
      ['Cơ quan thực hiện', columns.map((c) => c.agency)],
      ['Thời hạn (như công bố)', columns.map((c) => c.time_text)],
      ['Thời hạn (ngày làm việc)', columns.map((c) => c.working_days), DAYS],
      [
        'Phí, lệ phí',
        columns.map((c) => (c.fees.length === 0 ? 'Không thu' : c.fees.map((f) => `${f.name}: ${f.text}`).join('\n'))),
      ],
      ['Cách thức nộp', columns.map((c) => c.channels_text)],
      ['Số bộ hồ sơ', columns.map((c) => c.dossier_sets)],
      ...g.documents.map((d): [string, Value[]] => [`Giấy tờ: ${d.name}`, d.cells.map((cell) => cell.text)]),
      [
        'Căn cứ pháp lý',
        columns.map((c) =>
          c.legal_basis
            .map((l) => `${l.number}${l.status && l.status !== 'in_force' ? ` (${LEGAL_STATUS_WORDS[l.status]})` : ''}`)
            .join('\n'),
        ),
      ],
      ['Quyết định công bố', columns.map((c) => c.decision ?? '')],
      ['Số hồ sơ một năm', columns.map((c) => c.annual_volume ?? null), VND],
      ['Chi phí một lần hiện tại (đồng)', columns.map((c) => c.cost.total), VND],
      ['Chi phí một lần sau đơn giản hóa (đồng)', columns.map((c) => saving.get(c.id)?.after ?? null), VND],
      ['Tiết kiệm một lần (đồng)', columns.map((c) => saving.get(c.id)?.saving ?? null), VND],
      ['Dữ liệu minh họa (chưa kiểm chứng)', columns.map((c) => (c.demo ? 'Có' : ''))],
    ];
    for (const [label, values, format] of rows) {
      bodyRow(sheet, [label, ...values], [undefined, ...values.map(() => format)], true);
    }
    // One group per printed page: a group's title never ends up at the foot of the page before it.
    blank(sheet).addPageBreak();
  }
}

/** What the proposal changes in the group's records (each change once, however many records it touches). */
function practice(g: ReportModel['groups'][number]): string {
  const labels = [...new Set(g.changes.map((c) => c.label))];
  return labels.length === 0 ? 'Không có thay đổi làm giảm chi phí' : labels.join('\n');
}

function costSheet(book: Book, model: ReportModel): void {
  const sheet = addSheet(book, 'Chi phí', {
    orientation: 'landscape',
    pagesWide: 1,
    widths: [11, 30, 28, 11, 18, 13, 8, 12, 12, 12, 12, 12, 12, 8, 10, 14, 14, 14, 10],
  });
  title(sheet, 'Chi phí tuân thủ theo nhóm thủ tục (một người, một lần; một năm theo số hồ sơ)');
  table(
    sheet,
    [
      'Mã thủ tục',
      'Tên thủ tục',
      'Thay đổi đề xuất (tính vào chi phí sau)',
      'Số bản công bố',
      'Chi phí một lần, bản tốn kém nhất (đồng)',
      'Chi phí một lần sau đơn giản hóa (đồng)',
      'Tiết kiệm một lần (đồng)',
      'Tỷ lệ',
      'Chi phí một năm hiện tại (đồng)',
      'Chi phí một năm sau (đồng)',
      'Tiết kiệm một năm (đồng)',
      'Tỷ lệ một năm',
    ],
    [...model.groups, ...model.ungrouped_groups].map((g) => [
      g.code_suggested ? `${g.code ? `${g.code} (mã gợi ý)` : 'Chưa có mã'}` : g.code,
      `${g.title}${g.demo ? ' (có dữ liệu minh họa)' : ''}${g.volume_demo ? ' (số hồ sơ minh họa)' : ''}`,
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
    [TEXT, undefined, undefined, undefined, VND, VND, VND, PERCENT, VND, VND, VND, PERCENT],
  );
  blank(sheet);
  title(sheet, 'Chi phí tuân thủ theo bản công bố');
  headerRow(sheet, [
    'Mã thủ tục',
    'Tên thủ tục',
    'Bản ghi',
    'Cấp',
    'Địa bàn',
    'Cách nộp tính chi phí',
    'Số giờ',
    'Chi phí thời gian (đồng)',
    'Sao chụp, chứng thực, đi lại (đồng)',
    'Phí, lệ phí (đồng)',
    'Chi phí một lần hiện tại (đồng)',
    'Chi phí một lần sau (đồng)',
    'Tiết kiệm một lần (đồng)',
    'Tỷ lệ',
    'Số hồ sơ một năm',
    'Chi phí một năm hiện tại (đồng)',
    'Chi phí một năm sau (đồng)',
    'Tiết kiệm một năm (đồng)',
    'Thời hạn (ngày làm việc)',
  ]);
  const formats = [
    TEXT,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    DAYS,
    VND,
    VND,
    VND,
    VND,
    VND,
    VND,
    PERCENT,
    VND,
    VND,
    VND,
    VND,
    DAYS,
  ];
  for (const r of model.costs.records) {
    bodyRow(
      sheet,
      [
        r.code ?? '',
        `${r.title}${r.demo ? ' (minh họa)' : ''}${r.volume_demo ? ' (số hồ sơ minh họa)' : ''}`,
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
      ],
      formats,
    );
  }
  blank(sheet);
  note(
    sheet,
    'Chi phí = số giờ × thu nhập bình quân một giờ + sao chụp, chứng thực, đi lại + phí, lệ phí (Thông tư 02/2017/TT-VPCP, Điều 27).',
    8,
  );
  note(
    sheet,
    'Thời hạn giải quyết ghi bên cạnh, không tính vào chi phí. Tham số và nguồn: trang "Tham số chi phí"; cách tính từng bản: trang "Cách tính chi phí".',
    8,
  );
}

function breakdownSheet(book: Book, model: ReportModel): void {
  const { sheet, formats } = listSheet(
    book,
    'Cách tính chi phí',
    [
      { header: 'Bản ghi', width: 30 },
      { header: 'Khoản', width: 36 },
      { header: 'Cách đếm, ghi chú', width: 44 },
      { header: 'Số lượng', width: 10, format: DAYS },
      { header: 'Đơn vị', width: 9 },
      { header: 'Đơn giá (đồng)', width: 14, format: VND },
      { header: 'Thành tiền (đồng)', width: 14, format: VND },
    ],
    { orientation: 'portrait', pagesWide: 1, filter: true },
  );
  const records = [
    ...model.groups.flatMap((g) => [...(g.baseline ? [g.baseline] : []), ...g.records]),
    ...model.ungrouped,
  ];
  for (const record of records) {
    const name = `${record.id}${record.demo ? ' (minh họa)' : ''}`;
    for (const l of record.cost.lines)
      bodyRow(sheet, [name, l.label, l.detail ?? '', l.quantity, l.unit, l.unit_cost, l.amount], formats);
    // The total in bold, under the amounts.
    addRow(sheet, [name, 'Cộng hiện tại', record.cost.notes.join('\n'), null, null, null, record.cost.total], (col) =>
      bodyStyle(col === 7 ? VND : undefined, true),
    );
    const after = record.cost_after;
    if (after && after.total !== record.cost.total) {
      // The same lines once the proposal's changes are made: the reader sees which line the saving comes from.
      for (const l of after.lines)
        bodyRow(
          sheet,
          [name, `Sau đơn giản hóa: ${l.label}`, l.detail ?? '', l.quantity, l.unit, l.unit_cost, l.amount],
          formats,
        );
      addRow(sheet, [name, 'Cộng sau đơn giản hóa', '', null, null, null, after.total], (col) =>
        bodyStyle(col === 7 ? VND : undefined, true),
      );
    }
  }
}

function parametersSheet(book: Book, model: ReportModel): void {
  const { sheet } = listSheet(
    book,
    'Tham số chi phí',
    [
      { header: 'Tham số', width: 44 },
      { header: 'Giá trị', width: 12, format: '#,##0.##' },
      { header: 'Đơn vị', width: 14 },
      { header: 'Loại', width: 14 },
      { header: 'Năm', width: 8 },
      { header: 'Nguồn', width: 90 },
      { header: 'Khóa trong site.yaml', width: 24 },
    ],
    { orientation: 'landscape', pagesWide: 1, filter: false },
  );
  const basis = {
    official: 'Văn bản pháp luật',
    statistic: 'Thống kê chính thức',
    assumption: 'Giả định',
    site: 'site.yaml',
  } as const;
  for (const p of model.costs.parameters) {
    bodyRow(
      sheet,
      [p.label, p.value, p.unit, basis[p.basis], p.year, p.url ? `${p.source} ${p.url}` : p.source, p.name],
      [undefined, '#,##0.##'],
    );
  }
}

/**
 * Written with exceljs's streaming writer: rows become XML as they are committed, so memory holds the sheets'
 * text until it is zipped rather than an object per cell (a few hundred bytes each, millions of cells at a
 * province's size). The bytes are collected and returned whole; the caller writes them (write-report.ts: all
 * files or none), and a failure before the end returns no bytes at all.
 */
export async function renderXlsx(model: ReportModel): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  // The report date, not the clock: the same content and --today give the same document properties.
  const created = new Date(`${model.today}T00:00:00Z`);
  // zlib level 6 stated: archiver's own default left the file about a quarter larger than before.
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: true,
    zip: { zlib: { level: 6 } },
  });
  book.creator = 'tthc-kb';
  book.title = xmlSafe(model.title);
  book.created = created;
  book.modified = created;
  for (const sheet of [summarySheet, findingsSheet, groupsSheet, costSheet, breakdownSheet, parametersSheet]) {
    sheet(book, model);
  }
  await book.commit();
  return Buffer.concat(chunks);
}
