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
  Header,
  LineRuleType,
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
import { formatDate, formatNumber, formatPercent, formatVnd } from '../words/format.ts';
import { ruleWords } from './labels.ts';
import type { ReportFinding, ReportGroup, ReportModel } from './model.ts';

export const REPORT_DOCX = 'report.docx';

const MM = 56.6929; // twips per millimetre
const PAGE = { width: 11906, height: 16838 }; // A4
const MARGIN = {
  top: Math.round(20 * MM),
  bottom: Math.round(20 * MM),
  left: Math.round(30 * MM),
  right: Math.round(15 * MM),
};
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
  {
    id: 'Dash',
    name: 'Gạch đầu dòng',
    basedOn: 'Normal',
    quickFormat: true,
    paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 60, line: 276 }, indent: DASH_INDENT },
  },
  { id: 'DashLeft', name: 'Gạch đầu dòng (căn trái)', basedOn: 'Dash', paragraph: { alignment: AlignmentType.LEFT } },
  {
    id: 'Cell',
    name: 'Chữ trong bảng',
    basedOn: 'Normal',
    quickFormat: true,
    run: { size: TABLE_SIZE },
    paragraph: { alignment: AlignmentType.LEFT },
  },
  { id: 'CellNumber', name: 'Số trong bảng', basedOn: 'Cell', paragraph: { alignment: AlignmentType.RIGHT } },
  {
    id: 'CellHeader',
    name: 'Tiêu đề bảng',
    basedOn: 'Cell',
    run: { bold: true },
    paragraph: { alignment: AlignmentType.CENTER },
  },
];

function para(
  text: string,
  options: {
    bold?: boolean;
    italics?: boolean;
    align?: 'center' | 'right' | 'both' | 'left';
    size?: number;
    before?: number;
    after?: number;
    indent?: boolean;
    keepNext?: boolean;
  } = {},
): Paragraph {
  return new Paragraph({
    // A heading stays on the page of what follows it.
    keepNext: options.keepNext ?? options.bold ?? false,
    keepLines: true,
    alignment:
      options.align === 'center'
        ? AlignmentType.CENTER
        : options.align === 'right'
          ? AlignmentType.RIGHT
          : options.align === 'left'
            ? AlignmentType.LEFT
            : AlignmentType.JUSTIFIED,
    spacing: { before: options.before ?? 0, after: options.after ?? 80, line: 276 },
    ...(options.indent ? { indent: { firstLine: Math.round(10 * MM) } } : {}),
    children: [
      new TextRun({
        text: xmlSafe(text),
        bold: options.bold,
        italics: options.italics,
        ...(options.size ? { size: options.size } : {}),
      }),
    ],
  });
}

/** "- text" with a hanging indent, the way Vietnamese administrative documents list items. */
function dash(text: string, align: 'justified' | 'left' = 'justified'): Paragraph {
  return new Paragraph({
    style: align === 'left' ? 'DashLeft' : 'Dash',
    children: [new TextRun(xmlSafe(`- ${text}`))],
  });
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
      ...rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: r.map((v, i) => cell(v, twips[i]!, right[i] ? 'CellNumber' : 'Cell')),
          }),
      ),
    ],
  });
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** A short centred rule under a header line (Decree 30/2020/NĐ-CP, Appendix I: the line under the motto and the body's name). */
function rule(cellWidth: number, widthPct: number): Paragraph {
  const indent = Math.round(((1 - widthPct) / 2) * cellWidth);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // A little space above: the line sits under the text, never through it.
    spacing: { before: 60, after: 120, line: 120, lineRule: LineRuleType.EXACT },
    indent: { left: indent, right: indent },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

/**
 * A borderless table of two blocks side by side across the text width, as Decree 30/2020/NĐ-CP lays out the
 * header (issuing body | national name) and the closing ("Nơi nhận" | signature).
 */
function twoColumns(
  left: number,
  leftChildren: Paragraph[],
  rightChildren: Paragraph[],
  { cantSplit = false }: { cantSplit?: boolean } = {},
): Table {
  const right = TEXT_WIDTH - left;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
    rows: [
      new TableRow({
        ...(cantSplit ? { cantSplit } : {}),
        children: [
          new TableCell({ width: { size: left, type: WidthType.DXA }, children: leftChildren }),
          new TableCell({ width: { size: right, type: WidthType.DXA }, children: rightChildren }),
        ],
      }),
    ],
  });
}

/**
 * The header of a provincial document (Decree 30/2020/NĐ-CP, Appendix I): left, the issuing body (12-13 pt,
 * upper case, the body's own name bold, a rule under it) and the number and symbol; right, the national name
 * (12-13 pt, bold, upper case), the motto (13-14 pt, bold, a rule under it), then place and date in italics.
 */
function documentHeader(model: ReportModel): Table {
  const left = Math.round(TEXT_WIDTH * 0.4);
  const right = TEXT_WIDTH - left;
  const line = (text: string, run: { bold?: boolean; italics?: boolean; size?: number }, after = 0) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after },
      children: [new TextRun({ text: xmlSafe(text), ...run })],
    });
  const province = model.province.name.toLocaleUpperCase('vi');
  const [, month, day] = model.today.split('-');
  const year = model.today.slice(0, 4);
  return twoColumns(
    left,
    [
      line('ỦY BAN NHÂN DÂN', { size: TABLE_SIZE }),
      line(`TỈNH ${province}`, { bold: true, size: TABLE_SIZE }),
      rule(left, 0.4),
      line('Số:       /PA-UBND', { size: BODY_SIZE }),
    ],
    [
      line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: TABLE_SIZE }),
      line('Độc lập - Tự do - Hạnh phúc', { bold: true, size: BODY_SIZE }),
      rule(right, 0.6),
      line(`${model.province.name}, ngày ${Number(day)} tháng ${Number(month)} năm ${year}`, {
        italics: true,
        size: BODY_SIZE,
      }),
    ],
  );
}

/** Where the draft goes and who signs (Decree 30/2020/NĐ-CP: "Nơi nhận" left, 12 pt bold italic; the signature block right). */
function closing(): Table {
  const left = Math.round(TEXT_WIDTH * 0.45);
  const p = (
    text: string,
    run: { bold?: boolean; italics?: boolean; size?: number },
    align: 'left' | 'center' = 'left',
  ) =>
    new Paragraph({
      alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
      children: [new TextRun({ text: xmlSafe(text), ...run })],
    });
  return twoColumns(
    left,
    [
      p('Nơi nhận:', { bold: true, italics: true, size: TABLE_SIZE }),
      p('- Văn phòng Chính phủ (Cục Kiểm soát TTHC);', { size: 22 }),
      p('- Chủ tịch, các PCT UBND tỉnh;', { size: 22 }),
      p('- Các sở, ban, ngành liên quan;', { size: 22 }),
      p('- UBND các xã, phường;', { size: 22 }),
      p('- Lưu: VT, KSTT.', { size: 22 }),
    ],
    [
      p('TM. ỦY BAN NHÂN DÂN', { bold: true }, 'center'),
      p('CHỦ TỊCH', { bold: true }, 'center'),
      p('(Dự thảo: chưa ký)', { italics: true }, 'center'),
    ],
    { cantSplit: true },
  );
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of table)
    while (n >= value) {
      out += letters;
      n -= value;
    }
  return out;
}

/** Findings still to act on: open, or with a fix planned. */
function actionable(findings: readonly ReportFinding[]): ReportFinding[] {
  return findings.filter((f) => f.status === 'open' || f.status === 'fix_planned');
}

/**
 * The procedures the proposal covers: a saving to make, or problems in the province's own records to fix; records
 * without a code come in too, each under the code the review suggests. Largest saving first.
 */
export function proposalGroups(model: ReportModel): ReportGroup[] {
  const provincial = new Set(
    actionable(model.findings)
      .filter((f) => !aboutNationalOnly(f))
      .map((f) => f.key),
  );
  return [...model.groups, ...model.ungrouped_groups]
    .filter((g) => g.savings.per_case.saving > 0 || g.finding_keys.some((k) => provincial.has(k)))
    .sort(
      (a, b) =>
        (b.savings.annual?.saving ?? 0) - (a.savings.annual?.saving ?? 0) ||
        b.savings.per_case.saving - a.savings.per_case.saving ||
        (a.title < b.title ? -1 : 1),
    );
}

/** How the proposal names a record: its level and localities, never its file id. */
function recordLabel(group: ReportGroup, id: string): string {
  const r = group.records.find((x) => x.id === id);
  if (!r) return 'bản công bố của tỉnh';
  return group.records.length === 1
    ? `bản công bố ${r.level_label.toLocaleLowerCase('vi')}`
    : `bản công bố ${r.level_label.toLocaleLowerCase('vi')} (${r.localities})`;
}

function recommendations(group: ReportGroup, findings: ReportFinding[]): string[] {
  const lines: string[] = [];
  // The changes counted in the benefit below, each with the records it applies to.
  const byLabel = new Map<string, string[]>();
  for (const c of group.changes)
    byLabel.set(c.label, [...new Set([...(byLabel.get(c.label) ?? []), recordLabel(group, c.record)])]);
  for (const [label, where] of byLabel) lines.push(`${label.replace(/\.$/, '')} (${where.join('; ')}).`);
  // A rule's general action, for the problems whose change is not already written out above.
  const written = new Set(group.changes.map((c) => c.rule));
  for (const rule of new Set(findings.map((f) => f.rule))) {
    if (written.has(rule)) continue;
    const action = ruleWords(rule).action;
    if (action && !lines.some((l) => l.startsWith(action.replace(/\.$/, '')))) lines.push(action);
  }
  const decisions = [...new Set(group.records.flatMap((r) => (r.decision ? [r.decision] : [])))];
  const outdated = [
    ...new Set(
      group.records.flatMap((r) =>
        r.legal_basis.filter((l) => l.status === 'superseded' || l.status === 'expired').map((l) => l.number),
      ),
    ),
  ];
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
    // The longest published time, brought to the shortest the group or the national record gives.
    const max = Math.max(...days);
    const law = group.baseline?.working_days;
    const min = Math.min(...days, ...(law !== null && law !== undefined ? [law] : []));
    if (max > min)
      rows.push([
        'Thời hạn giải quyết (ngày làm việc; không tính vào chi phí)',
        formatNumber(max),
        formatNumber(min),
        formatNumber(max - min),
        formatPercent(max > 0 ? (max - min) / max : 0),
      ]);
  }
  return table(
    ['Chỉ tiêu', 'Trước đơn giản hóa', 'Sau đơn giản hóa', 'Tiết kiệm', 'Tỷ lệ'],
    rows,
    [0.34, 0.18, 0.18, 0.17, 0.13],
    [false, true, true, true, true],
  );
}

/** A finding about the national record alone is for the ministry to fix, not part of the province's plan. */
function aboutNationalOnly(f: ReportFinding): boolean {
  return f.records.every((id) => id.startsWith('national/'));
}

/** Marks a reader must see before citing a figure: illustrative data, fees the estimate could not count. */
export function honestyMarks(group: ReportGroup): string[] {
  const marks: string[] = [];
  if (group.demo)
    marks.push(
      'Số liệu của thủ tục này có phần minh họa, chưa được kiểm chứng với văn bản công bố: không dùng để trích dẫn.',
    );
  if (group.volume_demo)
    marks.push(
      'Số hồ sơ một năm của thủ tục này là số liệu minh họa, không phải số liệu thật: chi phí một năm chỉ để thử công cụ, không dùng để trích dẫn.',
    );
  if (group.records.some((r) => r.fees.some((f) => f.amount === null)))
    marks.push('Có khoản phí, lệ phí chưa có mức thu cố định: chưa tính vào chi phí, chi phí thực tế cao hơn.');
  if (group.code_suggested)
    marks.push(
      group.code
        ? `Thủ tục chưa ghi mã trên Cơ sở dữ liệu quốc gia; đối chiếu với thủ tục mã ${group.code} theo gợi ý của công cụ rà soát, cần xác nhận.`
        : 'Thủ tục chưa ghi mã trên Cơ sở dữ liệu quốc gia và chưa tìm được thủ tục quốc gia tương ứng.',
    );
  return marks;
}

/** What each province version of the procedure rests on: the Office weighs a proposal by its source. */
export function provenanceLines(group: ReportGroup): string[] {
  return group.records.flatMap((r) =>
    r.kind === 'published' && r.provenance
      ? [`Nguồn của ${recordLabel(group, r.id)}: ${r.provenance.label.toLocaleLowerCase('vi')}. ${r.provenance.basis}`]
      : [],
  );
}

/** "Nguồn của các bản công bố…": how many versions in the plan rest on each kind of source. */
export function provenanceSummary(groups: readonly ReportGroup[]): string | undefined {
  const kinds = new Map<string, number>();
  for (const g of groups)
    for (const r of g.records)
      if (r.kind === 'published' && r.provenance) kinds.set(r.provenance.kind, (kinds.get(r.provenance.kind) ?? 0) + 1);
  const total = [...kinds.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return undefined;
  const n = (kind: string) => kinds.get(kind) ?? 0;
  return (
    `Nguồn của ${total} bản công bố trong phương án: ${n('official')} theo quyết định công bố của Chủ tịch Ủy ban nhân dân tỉnh, ` +
    `${n('compilation')} theo bản tổng hợp không chính thức, ${n('national')} theo bản quốc gia (chưa tìm thấy quyết định của tỉnh), ` +
    `${n('demo')} có giá trị minh họa. Nội dung chưa đối chiếu với quyết định công bố cần được kiểm tra trước khi ban hành phương án.`
  );
}

function procedureSection(number: string, group: ReportGroup, all: ReportFinding[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const findings = all.filter((f) => !aboutNationalOnly(f));
  out.push(
    para(
      `${number}. ${group.title}${group.code && !group.code_suggested ? ` (mã ${group.code})` : ''}${group.demo || group.volume_demo ? ' (*)' : ''}`,
      { bold: true, before: 160 },
    ),
  );
  for (const m of honestyMarks(group)) out.push(para(m, { italics: true, size: 24 }));
  for (const line of provenanceLines(group)) out.push(para(line, { italics: true, size: 22 }));
  out.push(para(`${number}.1. Nội dung đơn giản hóa`, { bold: true, italics: true }));
  const problems = findings.slice(0, MAX_PROBLEMS).map((f) => f.message);
  if (problems.length === 0) problems.push('Các bản công bố trong tỉnh khác nhau về chi phí tuân thủ.');
  for (const p of problems) out.push(dash(p));
  if (findings.length > MAX_PROBLEMS)
    out.push(dash(`Và ${findings.length - MAX_PROBLEMS} nội dung khác (xem bảng tính kèm theo, trang "Phát hiện").`));
  const reasons = [...new Set(findings.map((f) => ruleWords(f.rule).reason).filter((r) => r !== ''))];
  out.push(para('Lý do:', { italics: true, keepNext: true }));
  for (const r of reasons.length > 0
    ? reasons
    : ['Giảm chi phí tuân thủ cho người dân (Thông tư 02/2017/TT-VPCP, Điều 27).'])
    out.push(dash(r));
  out.push(para(`${number}.2. Kiến nghị thực thi`, { bold: true, italics: true }));
  // A list of legal numbers justified would stretch its spaces: left-aligned.
  for (const r of recommendations(group, findings))
    out.push(dash(r, r.startsWith('Căn cứ pháp lý') ? 'left' : 'justified'));
  out.push(para(`${number}.3. Lợi ích phương án đơn giản hóa`, { bold: true, italics: true }));
  out.push(benefitTable(group));
  const note = group.savings.annual
    ? `Chi phí một năm tính cho ${group.savings.records.length - group.savings.records_without_volume.length} bản công bố có số hồ sơ một năm${group.savings.records_without_volume.length > 0 ? `; chưa tính ${group.savings.records_without_volume.length} bản chưa có số hồ sơ` : ''}.`
    : 'Chưa có số hồ sơ một năm: chi phí tính cho một người thực hiện một lần, với bản công bố tốn kém nhất.';
  out.push(para(note, { italics: true, size: 22, before: 60 }));
  return out;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A parameter's source in words a reader of the decision understands (never a file or key name). */
function sourceText(p: ReportModel['costs']['parameters'][number]): string {
  if (p.overridden) return `Giá trị do tỉnh thiết lập (mặc định ${formatNumber(p.default_value)} ${p.unit})`;
  return `${p.source} (${p.year})`;
}

export async function renderDocx(model: ReportModel): Promise<Buffer> {
  const groups = proposalGroups(model);
  const byKey = new Map(actionable(model.findings).map((f) => [f.key, f]));
  const findingsOf = (g: ReportGroup) => g.finding_keys.flatMap((k) => (byKey.has(k) ? [byKey.get(k)!] : []));
  const anyDemo = groups.some((g) => g.demo || g.volume_demo);

  const children: (Paragraph | Table)[] = [
    documentHeader(model),
    para('DỰ THẢO', { bold: true, align: 'center', before: 240 }),
    para('PHƯƠNG ÁN', { bold: true, align: 'center', size: 28, after: 0 }),
    para(`Đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý của Ủy ban nhân dân tỉnh ${model.province.name}`, {
      bold: true,
      align: 'center',
    }),
    rule(TEXT_WIDTH, 0.25),
    para(
      `Phương án lập từ kết quả rà soát ngày ${formatDate(model.today)}. Chi phí tuân thủ được tính theo Thông tư 02/2017/TT-VPCP, Điều 27: chi phí thực hiện một lần = thời gian thực hiện × thu nhập bình quân một giờ + chi phí sao chụp, chứng thực, đi lại + phí, lệ phí; chi phí một năm = chi phí một lần × số lần thực hiện một năm × số hồ sơ một năm. Chi phí sau đơn giản hóa là chi phí hiện tại trừ đi đúng những gì phương án cắt giảm (mục 2 của từng thủ tục). Tham số và nguồn tại Phụ lục II.`,
      { indent: true },
    ),
  ];
  if (anyDemo)
    children.push(
      para(
        '(*) Thủ tục có dữ liệu minh họa (bản công bố hoặc số hồ sơ một năm), chưa được kiểm chứng: số liệu chỉ để thử công cụ, không dùng để trích dẫn.',
        { italics: true, indent: true },
      ),
    );
  const sources = provenanceSummary(groups);
  if (sources) children.push(para(sources, { italics: true, indent: true }));
  if (model.volumes?.demo_records) {
    children.push(
      para(
        `Số hồ sơ một năm của ${model.volumes.demo_records} bản công bố là số liệu minh họa${model.volumes.demo_file ? ' (tệp số liệu minh họa)' : ''}: các số tiền một năm dựa trên đó không phải số liệu thật.`,
        { italics: true, indent: true },
      ),
    );
  }

  if (groups.length === 0) {
    children.push(para('Chưa có thủ tục nào cần đơn giản hóa theo kết quả rà soát.', { indent: true }));
  }
  const sectors = new Map<string, ReportGroup[]>();
  for (const g of groups) push(sectors, g.sector?.name ?? 'Chưa xác định lĩnh vực', g);
  [...sectors].forEach(([sector, list], s) => {
    children.push(para(`${roman(s + 1)}. LĨNH VỰC ${sector.toLocaleUpperCase('vi')}`, { bold: true, before: 240 }));
    list.forEach((g, i) => children.push(...procedureSection(String(i + 1), g, findingsOf(g))));
  });

  if (groups.length > 0) {
    children.push(para(`${roman(sectors.size + 1)}. TỔNG HỢP LỢI ÍCH`, { bold: true, before: 240 }));
    const rows = groups.map((g, i) => {
      const f = g.savings.annual ?? g.savings.per_case;
      return [
        String(i + 1),
        `${g.title}${g.code && !g.code_suggested ? ` (${g.code})` : ''}${g.demo || g.volume_demo ? ' (*)' : ''}`,
        g.savings.annual ? 'một năm' : 'một lần',
        amount(f.before),
        amount(f.after),
        amount(f.saving),
        formatPercent(f.saving_ratio),
      ];
    });
    const annual = model.summary.cost.annual;
    if (annual)
      rows.push([
        '',
        `Cộng (các bản có số hồ sơ một năm)${model.summary.cost.annual_demo ? ' (*) có số hồ sơ minh họa' : ''}`,
        'một năm',
        amount(annual.before),
        amount(annual.after),
        amount(annual.saving),
        formatPercent(annual.saving_ratio),
      ]);
    children.push(
      table(
        ['STT', 'Thủ tục', 'Tính cho', 'Chi phí trước (đồng)', 'Chi phí sau (đồng)', 'Tiết kiệm (đồng)', 'Tỷ lệ'],
        rows,
        [0.08, 0.31, 0.1, 0.15, 0.14, 0.13, 0.09],
        [false, false, false, true, true, true, true],
      ),
    );
    if (!annual)
      children.push(
        para(
          '"Một lần": một người thực hiện một lần, với bản công bố tốn kém nhất; chưa có số hồ sơ một năm để tính cho cả năm.',
          { italics: true, size: 22, before: 60 },
        ),
      );
  }
  children.push(para('', { after: 240 }), closing());

  // Annex I: what the national database should correct in the records of these procedures (the province's own
  // problems come first, in the body; national data quality is for the ministries).
  const codes = new Set(groups.map((g) => g.code).filter((c) => c !== ''));
  const national = actionable(model.findings).filter((f) => aboutNationalOnly(f));
  const related = national.filter((f) => f.code !== undefined && codes.has(f.code));
  // The annexes start on their own page, after the signature.
  children.push(
    new Paragraph({
      pageBreakBefore: true,
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new TextRun({
          text: 'PHỤ LỤC I. KIẾN NGHỊ SỬA DỮ LIỆU TRÊN CƠ SỞ DỮ LIỆU QUỐC GIA VỀ THỦ TỤC HÀNH CHÍNH',
          bold: true,
        }),
      ],
    }),
  );
  children.push(
    para(
      `Các nội dung dưới đây thuộc bản quốc gia của các thủ tục nêu trong phương án; đề nghị cơ quan quản lý Cơ sở dữ liệu quốc gia xem xét, sửa đổi. Rà soát còn ghi nhận ${national.length - related.length} nội dung khác về dữ liệu quốc gia của các thủ tục tỉnh chưa công bố (xem bảng tính kèm theo).`,
      { indent: true },
    ),
  );
  if (related.length === 0) children.push(dash('Không có nội dung.'));
  for (const f of related) children.push(dash(`${f.title}: ${f.message}`));

  children.push(para('PHỤ LỤC II. THAM SỐ ƯỚC TÍNH CHI PHÍ TUÂN THỦ', { bold: true, align: 'center', before: 360 }));
  children.push(
    table(
      ['Tham số', 'Giá trị', 'Nguồn'],
      model.costs.parameters.map((p) => [
        p.label,
        `${formatNumber(p.value).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ${p.unit}`,
        sourceText(p),
      ]),
      [0.3, 0.18, 0.52],
    ),
  );

  const doc = new Document({
    creator: 'tthc-kb',
    title: xmlSafe(`Phương án đơn giản hóa thủ tục hành chính - ${model.province.name}`),
    styles: { default: { document: { run: { font: FONT, size: BODY_SIZE } } }, paragraphStyles: PARAGRAPH_STYLES },
    sections: [
      {
        // Decree 30/2020/NĐ-CP: page numbers centred in the top margin, from the second page.
        properties: { titlePage: true, page: { size: { width: PAGE.width, height: PAGE.height }, margin: MARGIN } },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: BODY_SIZE })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
