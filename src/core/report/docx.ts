/**
 * report.docx: a draft simplification proposal ("phương án đơn giản hóa thủ tục hành chính") in the layout of
 * provincial decisions: per procedure, 1. what to simplify and why, 2. the recommendation with the texts to
 * amend, 3. the benefit (cost before, after, saving per year and in %). A4, Times New Roman 13 pt, margins of
 * Decree 30/2020/NĐ-CP. It is a draft for the Provincial Office to edit, and says so.
 */
import { xmlSafe } from './inert-text.ts';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  type IParagraphStyleOptions,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { CHANNEL_LABELS } from '../review/cost/record-cost.ts';
import { formatDate, formatNumber, formatPercent, formatVnd } from './format.ts';
import { ruleWords } from './labels.ts';
import type { ReportFinding, ReportGroup, ReportModel } from './model.ts';

export const REPORT_DOCX = 'report.docx';

const MM = 56.6929; // twips per millimetre
const PAGE = { width: 11906, height: 16838 }; // A4
const MARGIN = { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const FONT = 'Times New Roman';
const BODY_SIZE = 26; // half-points: 13 pt
const TABLE_SIZE = 24; // 12 pt
/** At most this many problems are quoted per procedure; the workbook lists them all. */
const MAX_PROBLEMS = 8;

/**
 * The paragraphs repeated for every procedure (dash items, table cells) refer to a named style instead of
 * carrying their own formatting: docx builds and serialises a dozen objects for each run's font and size, which
 * made most of the document's cost. The names also let the Office restyle every item of a kind at once in Word.
 * Runs never name the font: the document default is Times New Roman 13 pt.
 */
const DASH_INDENT = { left: Math.round(10 * MM), hanging: Math.round(4 * MM) };
const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  { id: 'Dash', name: 'Gạch đầu dòng', basedOn: 'Normal', quickFormat: true, paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 60, line: 276 }, indent: DASH_INDENT } },
  { id: 'DashLeft', name: 'Gạch đầu dòng (căn trái)', basedOn: 'Dash', paragraph: { alignment: AlignmentType.LEFT } },
  { id: 'Cell', name: 'Chữ trong bảng', basedOn: 'Normal', quickFormat: true, run: { size: TABLE_SIZE }, paragraph: { alignment: AlignmentType.LEFT } },
  { id: 'CellNumber', name: 'Số trong bảng', basedOn: 'Cell', paragraph: { alignment: AlignmentType.RIGHT } },
  { id: 'CellHeader', name: 'Tiêu đề bảng', basedOn: 'Cell', run: { bold: true }, paragraph: { alignment: AlignmentType.CENTER } },
];

function para(
  text: string,
  options: { bold?: boolean; italics?: boolean; align?: 'center' | 'right' | 'both' | 'left'; size?: number; before?: number; after?: number; indent?: boolean; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    // A heading stays on the page of what follows it.
    keepNext: options.keepNext ?? options.bold ?? false,
    keepLines: true,
    alignment: options.align === 'center' ? AlignmentType.CENTER : options.align === 'right' ? AlignmentType.RIGHT : options.align === 'left' ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
    spacing: { before: options.before ?? 0, after: options.after ?? 80, line: 276 },
    ...(options.indent ? { indent: { firstLine: Math.round(10 * MM) } } : {}),
    children: [new TextRun({ text: xmlSafe(text), bold: options.bold, italics: options.italics, ...(options.size ? { size: options.size } : {}) })],
  });
}

/** "- text" with a hanging indent, the way Vietnamese administrative documents list items. */
function dash(text: string, align: 'justified' | 'left' = 'justified'): Paragraph {
  return new Paragraph({ style: align === 'left' ? 'DashLeft' : 'Dash', children: [new TextRun(xmlSafe(`- ${text}`))] });
}

function cell(text: string, width: number, style: 'Cell' | 'CellNumber' | 'CellHeader'): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    ...(style === 'CellHeader' ? { shading: { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' } } : {}),
    children: text.split('\n').map((line) => new Paragraph({ style, children: [new TextRun(xmlSafe(line))] })),
  });
}

/** A bordered table; `widths` are fractions of the text width; `right` marks numeric columns. */
function table(headers: string[], rows: string[][], widths: number[], right: boolean[] = []): Table {
  const twips = widths.map((w) => Math.round(w * TEXT_WIDTH));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: twips,
    layout: TableLayoutType.FIXED,
    // Cell padding once for the table, not on every cell.
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, twips[i]!, 'CellHeader')) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, twips[i]!, right[i] ? 'CellNumber' : 'Cell')) })),
    ],
  });
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** The national-emblem header of a provincial document: issuing body left, the state motto right. */
function documentHeader(model: ReportModel): Table {
  // Decree 30/2020/NĐ-CP: the issuing body left, the motto (12-13 pt, one line) right.
  const left = Math.round(TEXT_WIDTH * 0.38);
  const right = TEXT_WIDTH - left;
  const centred = (lines: [string, boolean][]) =>
    lines.map(([text, bold]) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: xmlSafe(text), bold, size: TABLE_SIZE })] }));
  const province = model.province.name.toLocaleUpperCase('vi');
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: left, type: WidthType.DXA }, children: centred([['ỦY BAN NHÂN DÂN', false], [`TỈNH ${province}`, true]]) }),
          new TableCell({
            width: { size: right, type: WidthType.DXA },
            children: centred([['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true], ['Độc lập - Tự do - Hạnh phúc', true]]),
          }),
        ],
      }),
    ],
  });
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of table) while (n >= value) { out += letters; n -= value; }
  return out;
}

/** Findings still to act on: open, or with a fix planned. */
function actionable(findings: readonly ReportFinding[]): ReportFinding[] {
  return findings.filter((f) => f.status === 'open' || f.status === 'fix_planned');
}

/** The procedures the proposal covers: a saving to make, or problems in the province's own records to fix. */
export function proposalGroups(model: ReportModel): ReportGroup[] {
  const provincial = new Set(actionable(model.findings).flatMap((f) => (f.code && !aboutNationalOnly(f) ? [f.code] : [])));
  return model.groups
    .filter((g) => g.savings.per_case.saving > 0 || provincial.has(g.code))
    .sort((a, b) => (b.savings.annual?.saving ?? 0) - (a.savings.annual?.saving ?? 0) || b.savings.per_case.saving - a.savings.per_case.saving || (a.code < b.code ? -1 : 1));
}

function recommendations(group: ReportGroup, findings: ReportFinding[]): string[] {
  const lines: string[] = [];
  const costs = new Map([...(group.baseline ? [group.baseline] : []), ...group.records].map((r) => [r.id, r]));
  for (const best of group.best) {
    const differs = group.records.some((r) => r.cost.components[best.component] > best.amount);
    if (!differs || best.record === '') continue;
    const source = costs.get(best.record);
    const where = source ? `${best.record} (${source.localities})` : best.record;
    if (best.component === 'documents') lines.push(`Thống nhất thành phần hồ sơ và hình thức giấy tờ theo bản ${where}.`);
    if (best.component === 'channel') lines.push(`Cung cấp cách thức ${CHANNEL_LABELS[source?.cost.channel ?? 'online_full'].toLowerCase()} như bản ${where}.`);
    if (best.component === 'fees') lines.push(`Thống nhất mức thu phí, lệ phí như bản ${where}: ${best.amount === 0 ? 'miễn thu' : `${formatVnd(best.amount)}/hồ sơ`}.`);
  }
  for (const rule of new Set(findings.map((f) => f.rule))) {
    const action = ruleWords(rule).action;
    if (action && !lines.includes(action)) lines.push(action);
  }
  const decisions = [...new Set(group.records.flatMap((r) => (r.decision ? [r.decision] : [])))];
  const outdated = [...new Set(group.records.flatMap((r) => r.legal_basis.filter((l) => l.status === 'superseded' || l.status === 'expired').map((l) => l.number)))];
  const basis = [...new Set(group.records.flatMap((r) => r.legal_basis.map((l) => l.number)))];
  lines.push(
    `Văn bản cần sửa đổi, bổ sung: ${decisions.length > 0 ? `Quyết định công bố số ${decisions.join(', ')}` : 'quyết định công bố thủ tục của tỉnh'}${outdated.length > 0 ? `; thay căn cứ đã hết hiệu lực ${outdated.join(', ')}` : ''}.`,
  );
  if (basis.length > 0) lines.push(`Căn cứ pháp lý đang trích dẫn: ${basis.join('; ')}.`);
  return lines;
}

/** 445182 -> "445.182" (the table's header names the unit). */
function amount(n: number): string {
  return formatVnd(n).replace(/ đ$/, '');
}

function benefitTable(group: ReportGroup): Table {
  const annual = group.savings.annual;
  const figures = annual ?? group.savings.per_case;
  const unit = annual ? 'đồng/năm' : 'đồng/lần';
  const days = group.records.map((r) => r.working_days).filter((d): d is number => d !== null);
  const rows: string[][] = [
    [
      `Chi phí tuân thủ (${unit})`,
      amount(figures.before),
      amount(figures.after),
      amount(figures.saving),
      formatPercent(figures.saving_ratio),
    ],
  ];
  if (days.length > 0) {
    const max = Math.max(...days);
    const min = Math.min(...days);
    rows.push(['Thời hạn giải quyết (ngày làm việc; không tính vào chi phí)', formatNumber(max), formatNumber(min), formatNumber(max - min), formatPercent(max > 0 ? (max - min) / max : 0)]);
  }
  return table(['Chỉ tiêu', 'Trước đơn giản hóa', 'Sau đơn giản hóa', 'Tiết kiệm', 'Tỷ lệ'], rows, [0.34, 0.18, 0.18, 0.17, 0.13], [false, true, true, true, true]);
}

/** A finding about the national record alone is for the ministry to fix, not part of the province's plan. */
function aboutNationalOnly(f: ReportFinding): boolean {
  return f.records.every((id) => id.startsWith('national/'));
}

function procedureSection(number: string, group: ReportGroup, all: ReportFinding[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const findings = all.filter((f) => !aboutNationalOnly(f));
  const national = all.filter(aboutNationalOnly);
  out.push(para(`${number}. ${group.title} (mã ${group.code})`, { bold: true, before: 160 }));
  out.push(para(`${number}.1. Nội dung đơn giản hóa`, { bold: true, italics: true }));
  const problems = findings.slice(0, MAX_PROBLEMS).map((f) => f.message);
  if (problems.length === 0) problems.push('Các bản công bố trong tỉnh khác nhau về chi phí tuân thủ; đưa mọi bản về cách làm ít tốn kém nhất đã công bố.');
  for (const p of problems) out.push(dash(p));
  if (findings.length > MAX_PROBLEMS) out.push(dash(`Và ${findings.length - MAX_PROBLEMS} nội dung khác (xem report.xlsx, trang "Phát hiện").`));
  const reasons = [...new Set(findings.map((f) => ruleWords(f.rule).reason).filter((r) => r !== ''))];
  out.push(para('Lý do:', { italics: true, keepNext: true }));
  for (const r of reasons.length > 0 ? reasons : ['Giảm chi phí tuân thủ cho người dân (Thông tư 02/2017/TT-VPCP, Điều 27).']) out.push(dash(r));
  out.push(para(`${number}.2. Kiến nghị thực thi`, { bold: true, italics: true }));
  // A list of legal numbers justified would stretch its spaces: left-aligned.
  for (const r of recommendations(group, findings)) out.push(dash(r, r.startsWith('Căn cứ pháp lý') ? 'left' : 'justified'));
  if (national.length > 0) {
    out.push(para('Kiến nghị cơ quan quản lý Cơ sở dữ liệu quốc gia về thủ tục hành chính sửa bản quốc gia:', { italics: true, keepNext: true }));
    for (const f of national.slice(0, MAX_PROBLEMS)) out.push(dash(f.message));
    if (national.length > MAX_PROBLEMS) out.push(dash(`Và ${national.length - MAX_PROBLEMS} nội dung khác (xem report.xlsx).`));
  }
  out.push(para(`${number}.3. Lợi ích phương án đơn giản hóa`, { bold: true, italics: true }));
  out.push(benefitTable(group));
  const note = group.savings.annual
    ? `Chi phí một năm tính cho ${group.savings.records.length - group.savings.records_without_volume.length} bản công bố có số hồ sơ một năm${group.savings.records_without_volume.length > 0 ? `; chưa tính ${group.savings.records_without_volume.length} bản chưa có số hồ sơ` : ''}.`
    : 'Chưa có số hồ sơ một năm (annual_volume): chi phí tính cho một người thực hiện một lần, với bản tốn kém nhất trong nhóm.';
  out.push(para(note, { italics: true, size: 22, before: 60 }));
  return out;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export async function renderDocx(model: ReportModel): Promise<Buffer> {
  const groups = proposalGroups(model);
  const findingsByCode = new Map<string, ReportFinding[]>();
  for (const f of actionable(model.findings)) if (f.code) push(findingsByCode, f.code, f);
  const [, month, day] = model.today.split('-');
  const year = model.today.slice(0, 4);

  const children: (Paragraph | Table)[] = [
    documentHeader(model),
    para(`${model.province.name}, ngày ${day} tháng ${month} năm ${year}`, { italics: true, align: 'right', before: 200, after: 240 }),
    para('DỰ THẢO', { bold: true, align: 'center' }),
    para('PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH', { bold: true, align: 'center', size: 28 }),
    para(`(Lập từ kết quả rà soát ngày ${formatDate(model.today)}; để Văn phòng UBND tỉnh xem xét, chỉnh sửa)`, { italics: true, align: 'center', after: 240 }),
    para(
      `Chi phí tuân thủ được ước tính theo Thông tư 02/2017/TT-VPCP, Điều 27, cho một người thực hiện một lần và nhân với số hồ sơ một năm khi có số liệu; "sau đơn giản hóa" là khi mọi bản công bố trong nhóm được đưa về cách làm ít tốn kém nhất đã được công bố trong tỉnh. Tham số và nguồn tại Phụ lục.`,
      { indent: true },
    ),
  ];

  if (groups.length === 0) {
    children.push(para('Chưa có thủ tục nào cần đơn giản hóa theo kết quả rà soát.', { indent: true }));
  }
  const sectors = new Map<string, ReportGroup[]>();
  for (const g of groups) {
    push(sectors, g.sector?.name ?? 'Chưa xác định lĩnh vực', g);
  }
  [...sectors].forEach(([sector, list], s) => {
    children.push(para(`${roman(s + 1)}. LĨNH VỰC ${sector.toLocaleUpperCase('vi')}`, { bold: true, before: 240 }));
    list.forEach((g, i) => children.push(...procedureSection(String(i + 1), g, findingsByCode.get(g.code) ?? [])));
  });

  if (groups.length > 0) {
    children.push(para(`${roman(sectors.size + 1)}. TỔNG HỢP LỢI ÍCH`, { bold: true, before: 240 }));
    const rows = groups.map((g, i) => {
      const f = g.savings.annual ?? g.savings.per_case;
      return [String(i + 1), `${g.title} (${g.code})`, g.savings.annual ? 'một năm' : 'một lần', amount(f.before), amount(f.after), amount(f.saving), formatPercent(f.saving_ratio)];
    });
    const annual = model.summary.cost.annual;
    if (annual) rows.push(['', 'Cộng (các bản có số hồ sơ một năm)', 'một năm', amount(annual.before), amount(annual.after), amount(annual.saving), formatPercent(annual.saving_ratio)]);
    children.push(
      table(
        ['STT', 'Thủ tục', 'Tính cho', 'Chi phí trước (đồng)', 'Chi phí sau (đồng)', 'Tiết kiệm (đồng)', 'Tỷ lệ'],
        rows,
        [0.07, 0.32, 0.1, 0.15, 0.14, 0.13, 0.09],
        [false, false, false, true, true, true, true],
      ),
    );
    if (!annual) children.push(para('"Một lần": một người thực hiện một lần, với bản tốn kém nhất trong nhóm; chưa có số hồ sơ một năm để tính cho cả năm.', { italics: true, size: 22, before: 60 }));
  }

  children.push(para('PHỤ LỤC. THAM SỐ ƯỚC TÍNH CHI PHÍ TUÂN THỦ', { bold: true, align: 'center', before: 360 }));
  children.push(
    table(
      ['Tham số', 'Giá trị', 'Nguồn'],
      model.costs.parameters.map((p) => [p.label, `${formatNumber(p.value).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ${p.unit}`, `${p.source} (${p.year})`]),
      [0.3, 0.18, 0.52],
    ),
  );

  const doc = new Document({
    creator: 'tthc-kb',
    title: xmlSafe(`Phương án đơn giản hóa thủ tục hành chính - ${model.province.name}`),
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } }, paragraphStyles: PARAGRAPH_STYLES },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: MARGIN } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 22 })] })],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
