/**
 * A group's records side by side (the national baseline first, then the province's versions), row by row, with
 * what differs marked: a row differs when its compared values are not all equal; a cell differs when its value is
 * not the reference's — the national baseline's when the group has one, else the most common value — so a
 * reader sees at once which version is the odd one. Values are compared the way the review compares them (time
 * in working days, fees by amount and unit, documents as aligned by the review), never by their wording.
 */
import { LEGAL_STATUS_WORDS } from '../../core/words/vocabulary.ts';
import { formatDate, formatVnd } from '../../core/words/format.ts';
import type { ReportGroup, ReportRecord } from '../../core/report/model.ts';
import { formatDays } from '../../core/review/format.ts';

export interface ComparisonColumn {
  id: string;
  baseline: boolean;
  /** "Bản quốc gia", "Cấp xã". */
  heading: string;
  /** "Phường Trấn Biên", "Mọi đơn vị cấp xã", "Cả nước". */
  scope: string;
  /** The record's citizen page. */
  url: string | undefined;
  demo: boolean;
}

export interface ComparisonCell {
  lines: string[];
  /** Not the reference value (only in a row that differs). */
  differs: boolean;
}

export interface ComparisonRow {
  id: string;
  label: string;
  cells: ComparisonCell[];
  /** False for rows that describe rather than compare (scope, agency, decision...). */
  compared: boolean;
  differs: boolean;
}

export interface GroupComparison {
  columns: ComparisonColumn[];
  /** What a cell that differs is compared with. */
  reference: 'baseline' | 'majority';
  rows: ComparisonRow[];
  /** One row per aligned document. */
  documents: ComparisonRow[];
  /** Labels of the rows that differ, in order (documents counted as one "Thành phần hồ sơ"). */
  differing: string[];
}

export const NOT_REQUIRED = 'Không yêu cầu';
const collator = new Intl.Collator('vi', { numeric: true });
export const NOT_STATED = 'Không ghi';

interface RowSpec {
  id: string;
  label: string;
  lines(r: ReportRecord): string[];
  /** What is compared; rows without it only describe. */
  key?(r: ReportRecord): string;
}

function timeDays(r: ReportRecord): string {
  if (r.working_days === null) return 'Không đọc được thời hạn';
  return r.working_days === 0 ? 'Trong ngày (0 ngày làm việc)' : `${formatDays(r.working_days)} ngày làm việc`;
}

function legalLine(l: ReportRecord['legal_basis'][number]): string {
  const status = l.status && l.status !== 'in_force' ? ` (${LEGAL_STATUS_WORDS[l.status]})` : '';
  return `${l.number}${status}`;
}

const ROWS: readonly RowSpec[] = [
  { id: 'agency', label: 'Cơ quan thực hiện', lines: (r) => [r.agency || NOT_STATED] },
  { id: 'decision', label: 'Quyết định công bố', lines: (r) => [r.decision ?? NOT_STATED] },
  { id: 'time-text', label: 'Thời hạn giải quyết (như đã công bố)', lines: (r) => [r.time_text || NOT_STATED] },
  {
    id: 'time',
    label: 'Thời hạn tính theo ngày làm việc',
    lines: (r) => [timeDays(r)],
    key: (r) => String(r.working_days),
  },
  {
    id: 'fees',
    label: 'Phí, lệ phí',
    lines: (r) =>
      r.fees.length === 0 ? [NOT_STATED] : r.fees.map((f) => `${f.name}: ${f.text}${f.note ? ` (${f.note})` : ''}`),
    key: (r) =>
      r.fees
        .map((f) => `${f.amount}/${f.per ?? ''}`)
        .sort()
        .join('|'),
  },
  { id: 'channels', label: 'Cách thức nộp', lines: (r) => [r.channels_text], key: (r) => r.channels_text },
  {
    id: 'documents-count',
    label: 'Số giấy tờ phải nộp',
    lines: (r) => [String(r.documents_count)],
    key: (r) => String(r.documents_count),
  },
  {
    id: 'dossier-sets',
    label: 'Số bộ hồ sơ',
    lines: (r) => [String(r.dossier_sets)],
    key: (r) => String(r.dossier_sets),
  },
  {
    id: 'legal-basis',
    label: 'Căn cứ pháp lý',
    // In number order, so that the same text sits at the same height in every column.
    lines: (r) =>
      r.legal_basis.length === 0
        ? [NOT_STATED]
        : [...r.legal_basis].sort((a, b) => collator.compare(a.number, b.number)).map(legalLine),
    key: (r) => [...new Set(r.legal_basis.map((l) => l.number))].sort().join('|'),
  },
  {
    id: 'reviewed',
    label: 'Ngày rà soát gần nhất',
    lines: (r) => [r.reviewed_at ? formatDate(r.reviewed_at) : NOT_STATED],
  },
  { id: 'cost', label: 'Chi phí tuân thủ một lần', lines: (r) => [formatVnd(r.cost.total)] },
];

/**
 * A document cell's requirements one per line: the model joins them with "; ", and national records often list
 * one requirement per case (and the same one twice), which reads as a wall of text on one line.
 */
export function requirementLines(text: string): string[] {
  return [
    ...new Set(
      text
        .split('; ')
        .map((l) => l.trim())
        .filter((l) => l !== ''),
    ),
  ];
}

/** Marks a row: which cells differ from the reference value (index `base`, or the most common value). */
function mark(keys: readonly string[], base: number | undefined): { differs: boolean; cells: boolean[] } {
  if (new Set(keys).size <= 1) return { differs: false, cells: keys.map(() => false) };
  let reference: string;
  if (base !== undefined) reference = keys[base]!;
  else {
    const counts = new Map<string, number>();
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    // The first of the most common values, so ties resolve in column order.
    reference = keys.reduce((best, k) => ((counts.get(k) ?? 0) > (counts.get(best) ?? 0) ? k : best), keys[0]!);
  }
  return { differs: true, cells: keys.map((k) => k !== reference) };
}

export function groupComparison(group: ReportGroup, urlOf: (id: string) => string | undefined): GroupComparison {
  const records = [...(group.baseline ? [group.baseline] : []), ...group.records];
  const base = group.baseline ? 0 : undefined;
  const columns = records.map((r): ComparisonColumn => ({
    id: r.id,
    baseline: r.kind === 'national',
    heading: r.kind === 'national' ? 'Bản quốc gia' : r.level_label,
    scope: r.localities,
    url: urlOf(r.id),
    demo: r.demo,
  }));

  const rows = ROWS.map((spec): ComparisonRow => {
    const lines = records.map(spec.lines);
    if (!spec.key)
      return {
        id: spec.id,
        label: spec.label,
        compared: false,
        differs: false,
        cells: lines.map((l) => ({ lines: l, differs: false })),
      };
    const m = mark(records.map(spec.key), base);
    return {
      id: spec.id,
      label: spec.label,
      compared: true,
      differs: m.differs,
      cells: lines.map((l, i) => ({ lines: l, differs: m.cells[i]! })),
    };
  });

  // The model's document cells are in the same column order (baseline first).
  const documents = group.documents.map((doc, i): ComparisonRow => {
    const texts = doc.cells.map((c) => (c.required ? c.text : NOT_REQUIRED));
    const m = mark(texts, base);
    return {
      id: `document-${i + 1}`,
      label: doc.name,
      compared: true,
      differs: m.differs,
      cells: texts.map((t, j) => ({ lines: requirementLines(t), differs: m.cells[j]! })),
    };
  });

  const differing = rows.filter((r) => r.differs).map((r) => r.label);
  if (documents.some((d) => d.differs)) differing.push('Thành phần hồ sơ');
  return { columns, reference: group.baseline ? 'baseline' : 'majority', rows, documents, differing };
}
