/**
 * Annual volumes (số hồ sơ một năm) from a CSV file the Provincial Office exports from its one-stop system, so
 * the report can give the province-wide cost per year without editing every record. Columns (docs/report.md,
 * "Annual volumes"):
 *
 *   ban_ghi     the record: its path under procedures/ without ".md" (xa/ho-tich/dang-ky-khai-sinh)
 *   ma_thu_tuc  optional: the record's national code, checked against the record
 *   nam         the year counted (2025)
 *   so_ho_so    dossiers received that year: a whole number, "12000", "12.000" or "12 000"
 *   nguon       where the number comes from (required unless the row is illustrative)
 *   minh_hoa    "có" for an illustrative number; a file named *.demo.csv is illustrative throughout
 *
 * Every problem is reported at once, in Vietnamese, with its line, column, what was found, what is needed and
 * how to fix it; a file with any problem is not used at all (a wrong volume silently used would be worse than
 * no yearly figure).
 */
import { basename } from 'node:path';
import type { Catalogue } from '../catalogue/types.ts';

export const VOLUME_COLUMNS = ['ban_ghi', 'ma_thu_tuc', 'nam', 'so_ho_so', 'nguon', 'minh_hoa'] as const;
const REQUIRED = ['ban_ghi', 'nam', 'so_ho_so'] as const;

export interface VolumeRow {
  record: string;
  year: number;
  volume: number;
  source: string;
  /** Illustrative: never to be presented as a real figure. */
  demo: boolean;
  line: number;
}

export interface VolumeProblem {
  line: number;
  column: number;
  field: string;
  /** Vietnamese: what was found and what is needed. */
  message: string;
  /** Vietnamese: how to fix it. */
  fix: string;
}

export interface VolumeTable {
  /** The file's name as given (shown in the report next to every figure it gives). */
  file: string;
  /** True when the file is illustrative throughout (*.demo.csv). */
  demo_file: boolean;
  /** One row per record: the latest year given. */
  rows: VolumeRow[];
}

/** RFC 4180 fields of one CSV text, with the line and column where each field starts. */
function parseCsv(text: string): { fields: { value: string; line: number; column: number }[]; line: number }[] {
  const rows: { fields: { value: string; line: number; column: number }[]; line: number }[] = [];
  let fields: { value: string; line: number; column: number }[] = [];
  let value = '';
  let quoted = false;
  let line = 1;
  let column = 1;
  let start = { line: 1, column: 1 };
  let rowLine = 1;
  const endField = () => {
    fields.push({ value, ...start });
    value = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
        column += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else value += c;
      if (c === '\n') {
        line++;
        column = 1;
      } else column++;
      continue;
    }
    if (c === '"' && value === '') {
      quoted = true;
      column++;
      continue;
    }
    if (c === ',') {
      endField();
      column++;
      start = { line, column };
      continue;
    }
    if (c === '\r' && text[i + 1] === '\n') continue;
    if (c === '\n') {
      endField();
      if (fields.some((f) => f.value.trim() !== '') || fields.length > 1) rows.push({ fields, line: rowLine });
      fields = [];
      line++;
      column = 1;
      start = { line, column };
      rowLine = line;
      continue;
    }
    value += c;
    column++;
  }
  endField();
  if (fields.some((f) => f.value.trim() !== '') || fields.length > 1) rows.push({ fields, line: rowLine });
  return rows;
}

const YES = new Set(['co', 'có', 'x', 'yes', 'true', '1']);

/** "12.000", "12 000", "12000" -> 12000; anything else -> undefined. */
function wholeNumber(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+$/.test(t) || /^\d{1,3}([. \u00a0]\d{3})+$/.test(t)) return Number(t.replace(/[. \u00a0]/g, ''));
  return undefined;
}

/** Edit distance, stopping early once it exceeds `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** The record ids closest to a mistyped one: the same file name at another level or sector, or a typo away. */
function closest(id: string, ids: readonly string[]): string[] {
  const tail = id.split('/').at(-1) ?? id;
  return ids.filter((x) => x.split('/').at(-1) === tail || distance(x, id, 3) <= 3).slice(0, 3);
}

export function parseVolumesCsv(
  text: string,
  file: string,
  catalogue: Catalogue,
  today: string,
): { table?: VolumeTable; problems: VolumeProblem[] } {
  const problems: VolumeProblem[] = [];
  const problem = (line: number, column: number, field: string, message: string, fix: string) =>
    problems.push({ line, column, field, message, fix });
  const demoFile = /\.demo\.csv$/i.test(basename(file));
  if (text.includes('\uFFFD')) {
    problem(
      1,
      1,
      '',
      'Gặp ký tự không đọc được (tệp không phải UTF-8)',
      'Lưu lại tệp dưới dạng "CSV UTF-8 (Comma delimited)" trong Excel, hoặc chọn mã hóa UTF-8 trong LibreOffice.',
    );
    return { problems };
  }
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  if (rows.length === 0) {
    problem(1, 1, '', 'Tệp trống', `Dòng đầu là tên cột: ${VOLUME_COLUMNS.join(',')}.`);
    return { problems };
  }
  const [header, ...body] = rows;
  const names = header!.fields.map((f) => f.value.trim().toLowerCase());
  header!.fields.forEach((f, i) => {
    const name = names[i]!;
    if (!(VOLUME_COLUMNS as readonly string[]).includes(name)) {
      problem(
        f.line,
        f.column,
        name,
        `Gặp cột "${f.value}", cần một trong ${VOLUME_COLUMNS.join(', ')}`,
        'Đổi tên cột cho đúng, hoặc xóa cột không dùng.',
      );
    } else if (names.indexOf(name) !== i) {
      problem(f.line, f.column, name, `Cột "${name}" có hai lần`, 'Giữ một cột, xóa cột còn lại.');
    }
  });
  for (const required of REQUIRED) {
    if (!names.includes(required))
      problem(
        header!.line,
        1,
        required,
        `Thiếu cột "${required}"`,
        `Thêm cột "${required}" vào dòng tên cột (${VOLUME_COLUMNS.join(',')}).`,
      );
  }
  if (problems.length > 0) return { problems };

  const col = (name: string) => names.indexOf(name);
  const byId = new Map(catalogue.records.map((r) => [r.id, r]));
  const ids = [...byId.keys()];
  const thisYear = Number(today.slice(0, 4));
  const seen = new Map<string, number>();
  const latest = new Map<string, VolumeRow>();
  for (const row of body) {
    if (row.fields.length !== names.length) {
      problem(
        row.line,
        1,
        '',
        `Gặp ${row.fields.length} ô, cần ${names.length} ô như dòng tên cột`,
        'Kiểm tra dấu phẩy thừa hoặc thiếu; ô có dấu phẩy phải đặt trong ngoặc kép.',
      );
      continue;
    }
    const cell = (name: string) => (col(name) >= 0 ? row.fields[col(name)]! : undefined);
    const id = cell('ban_ghi')!;
    const record = byId.get(
      id.value
        .trim()
        .replace(/\.md$/, '')
        .replace(/^procedures\//, ''),
    );
    if (!record) {
      const near = closest(id.value.trim(), ids);
      problem(
        id.line,
        id.column,
        'ban_ghi',
        `Gặp "${id.value}", cần đường dẫn một bản công bố trong procedures/ (không có ".md")`,
        near.length > 0
          ? `Có phải: ${near.join(', ')}?`
          : 'Mở tệp của thủ tục trong content/procedures/ và chép đường dẫn, ví dụ xa/ho-tich/dang-ky-khai-sinh.',
      );
    }
    const code = cell('ma_thu_tuc');
    if (record && code && code.value.trim() !== '' && code.value.trim() !== (record.data.code ?? '')) {
      problem(
        code.line,
        code.column,
        'ma_thu_tuc',
        `Gặp mã "${code.value}", cần mã của bản ghi ${record.id}: ${record.data.code ?? '(chưa có mã)'}`,
        'Sửa mã, hoặc để trống ô này.',
      );
    }
    const yearCell = cell('nam')!;
    const year = /^\d{4}$/.test(yearCell.value.trim()) ? Number(yearCell.value.trim()) : undefined;
    if (year === undefined || year < 2000 || year > thisYear) {
      problem(
        yearCell.line,
        yearCell.column,
        'nam',
        `Gặp "${yearCell.value}", cần năm có 4 chữ số, từ 2000 đến ${thisYear}`,
        'Ghi năm của số liệu, ví dụ 2025.',
      );
    }
    const volumeCell = cell('so_ho_so')!;
    const volume = wholeNumber(volumeCell.value);
    if (volume === undefined) {
      problem(
        volumeCell.line,
        volumeCell.column,
        'so_ho_so',
        `Gặp "${volumeCell.value}", cần số nguyên không âm (12000, 12.000 hoặc 12 000)`,
        'Ghi số hồ sơ đã tiếp nhận trong năm, không ghi đơn vị hay số thập phân.',
      );
    }
    const demoCell = cell('minh_hoa');
    const demo = demoFile || (demoCell !== undefined && YES.has(demoCell.value.trim().toLowerCase()));
    const sourceCell = cell('nguon');
    const source = sourceCell?.value.trim() ?? '';
    if (!demo && source === '') {
      problem(
        sourceCell?.line ?? row.line,
        sourceCell?.column ?? 1,
        'nguon',
        'Gặp ô nguồn trống, cần nguồn của số liệu',
        'Ghi nơi lấy số liệu (ví dụ: Hệ thống thông tin giải quyết TTHC tỉnh, báo cáo năm 2025); số liệu minh họa thì ghi "có" ở cột minh_hoa.',
      );
    }
    if (!record || year === undefined || volume === undefined) continue;
    const key = `${record.id} ${year}`;
    if (seen.has(key)) {
      problem(
        id.line,
        id.column,
        'ban_ghi',
        `Gặp ${record.id} năm ${year} lần thứ hai (đã có ở dòng ${seen.get(key)})`,
        'Giữ một dòng cho mỗi bản ghi và năm.',
      );
      continue;
    }
    seen.set(key, row.line);
    const previous = latest.get(record.id);
    if (!previous || previous.year < year)
      latest.set(record.id, {
        record: record.id,
        year,
        volume,
        source: source || 'Số liệu minh họa',
        demo,
        line: row.line,
      });
  }
  if (problems.length > 0) return { problems };
  return {
    table: {
      file: basename(file),
      demo_file: demoFile,
      rows: [...latest.values()].sort((a, b) => (a.record < b.record ? -1 : 1)),
    },
    problems,
  };
}

/** "so-ho-so.csv:3:12  so_ho_so  Gặp …, cần …" then "  fix: …", the way check prints problems. */
export function formatVolumeProblems(file: string, problems: readonly VolumeProblem[]): string {
  return problems
    .map((p) => `${file}:${p.line}:${p.column}  ${p.field || '-'}  ${p.message}\n  fix: ${p.fix}\n`)
    .join('');
}

/** The catalogue with each record's annual_volume taken from the table (a new catalogue; records not in it keep theirs). */
export function withVolumes(catalogue: Catalogue, table: VolumeTable): Catalogue {
  const byRecord = new Map(table.rows.map((r) => [r.record, r]));
  const records = catalogue.records.map((r) => {
    const row = byRecord.get(r.id);
    return row ? { ...r, data: { ...r.data, annual_volume: row.volume } } : r;
  });
  return { ...catalogue, records };
}
