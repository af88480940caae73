/**
 * The checker's own words around the problems and findings (counts, headings, the verdict), in Vietnamese for
 * editors and in English with --lang en. The messages themselves are worded where they are made.
 */
import type { Lang } from '../load/problem.ts';
import type { FixChange } from '../fix/fix-change.ts';
import type { FindingScope, Severity } from '../review/finding.ts';

export interface CheckWords {
  reviewAt(today: string, findings: number, open: number): string;
  scopeHeading: Record<FindingScope, string>;
  scopeCounts(findings: number, open: number, bySeverity: Record<Severity, number>): string;
  severity: Record<Severity, string>;
  ruleOpen(open: number, total: number): string;
  openErrors: Record<FindingScope, string>;
  key: string;
  more(n: number): string;
  orphaned(n: number): string;
  fix: string;
  wholeFile: string;
  problemCount(problems: number, files: number): string;
  valid(published: number, national: number, dir: string): string;
  /** npm run fix */
  alreadyCanonical(dir: string): string;
  filesChanged(n: number, dryRun: boolean): string;
  leftUntouched(n: number): string;
  /** One line of what fix changed in a file. */
  change(c: FixChange): string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const VI: CheckWords = {
  reviewAt: (today, findings, open) => `Rà soát ngày ${today}: ${findings} phát hiện, ${open} chưa xử lý.`,
  scopeHeading: {
    province: 'Bản công bố của tỉnh',
    national: 'Chất lượng dữ liệu quốc gia (chỉ bản quốc gia, báo cáo riêng)',
  },
  scopeCounts: (findings, open, s) =>
    `${findings} phát hiện, ${open} chưa xử lý (${s.error} lỗi, ${s.warning} cảnh báo, ${s.info} thông tin).`,
  severity: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' },
  ruleOpen: (open, total) => `${open} chưa xử lý${total > open ? ` / ${total}` : ''}`,
  openErrors: {
    province: 'Lỗi chưa xử lý trong bản công bố của tỉnh:',
    national: 'Lỗi chưa xử lý trong dữ liệu quốc gia (để bộ, ngành sửa):',
  },
  key: 'khóa',
  more: (n) => `... và ${n} lỗi nữa (--json liệt kê mọi phát hiện).`,
  orphaned: (n) => `${n} quyết định trong review/decisions.yaml không khớp phát hiện nào (đã sửa, hoặc khóa đã đổi):`,
  fix: 'sửa',
  wholeFile: '(tệp)',
  problemCount: (problems, files) => `${problems} lỗi trong ${files} tệp.`,
  valid: (published, national, dir) =>
    `Nội dung hợp lệ: ${published} bản công bố và ${national} bản quốc gia trong ${dir}.`,
  alreadyCanonical: (dir) => `Mọi tệp trong ${dir} đã đúng dạng chuẩn.`,
  filesChanged: (n, dryRun) =>
    dryRun ? `${n} tệp sẽ được sửa. Chạy lại không có --dry-run để ghi.` : `Đã sửa ${n} tệp.`,
  leftUntouched: (n) => `${n} tệp để nguyên (fix chỉ ghi tệp nó đọc được trọn vẹn):`,
  change: (c) => {
    switch (c.kind) {
      case 'bom':
        return 'bỏ dấu BOM ở đầu tệp';
      case 'line-endings':
        return `đổi cách xuống dòng Windows (CRLF) thành LF (${c.lines} dòng)`;
      case 'unicode':
        return `chuẩn hóa Unicode ở ${c.lines} dòng (dấu tổ hợp sẵn NFC, bỏ ký tự vô hình, khoảng trắng không ngắt)`;
      case 'utf8':
        return `lưu lại bằng UTF-8 (trước là ${c.was === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'}; giữ nguyên mọi ký tự)`;
      case 'yaml-trailing-space':
        return `bỏ khoảng trắng thừa cuối ${c.lines} dòng YAML`;
      case 'fence-trailing-space':
        return `bỏ khoảng trắng thừa cuối ${c.lines} dòng "---"`;
      case 'text-trailing-space':
        return `bỏ khoảng trắng thừa cuối ${c.lines} dòng văn bản`;
      case 'hard-breaks':
        return `${c.count} chỗ xuống dòng viết bằng "\\" thay cho hai dấu cách cuối dòng`;
      case 'quoted':
        return `dòng ${c.line}: đặt ${c.field} trong dấu nháy để giữ đúng như đã viết: ${c.written} → "${c.written}"`;
      case 'whitespace':
        return 'chuẩn hóa khoảng trắng';
    }
  },
};

const EN: CheckWords = {
  reviewAt: (today, findings, open) => `Review at ${today}: ${plural(findings, 'finding')}, ${open} open.`,
  scopeHeading: {
    province: "The province's own records",
    national: 'National data quality (national records alone, reported apart)',
  },
  scopeCounts: (findings, open, s) =>
    `${plural(findings, 'finding')}, ${open} open (${plural(s.error, 'error')}, ${plural(s.warning, 'warning')}, ${s.info} info).`,
  severity: { error: 'error', warning: 'warning', info: 'info' },
  ruleOpen: (open, total) => `${open} open${total > open ? ` of ${total}` : ''}`,
  openErrors: {
    province: "Open errors on the province's own records:",
    national: 'Open errors in the national data (for the ministries to fix):',
  },
  key: 'key',
  more: (n) => `... and ${n} more (--json lists every finding).`,
  orphaned: (n) =>
    `${plural(n, 'decision')} in review/decisions.yaml ${n === 1 ? 'matches' : 'match'} no finding (fixed, or the key changed):`,
  fix: 'fix',
  wholeFile: '(file)',
  problemCount: (problems, files) => `${plural(problems, 'problem')} in ${plural(files, 'file')}.`,
  valid: (published, national, dir) =>
    `Content is valid: ${published} published and ${national} national records in ${dir}.`,
  alreadyCanonical: (dir) => `All files in ${dir} are already in canonical form.`,
  filesChanged: (n, dryRun) =>
    `${plural(n, 'file')} ${dryRun ? 'would change' : 'changed'}.${dryRun ? ' Run without --dry-run to write them.' : ''}`,
  leftUntouched: (n) => `${plural(n, 'file')} left untouched (fix writes only what it read without loss):`,
  change: (c) => {
    switch (c.kind) {
      case 'bom':
        return 'removed the byte-order mark (BOM)';
      case 'line-endings':
        return `line endings CRLF → LF (${c.lines} lines)`;
      case 'unicode':
        return `Unicode normalised on ${plural(c.lines, 'line')} (NFC, zero-width characters removed, no-break spaces)`;
      case 'utf8':
        return `saved as UTF-8 (was ${c.was === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'}; every character kept)`;
      case 'yaml-trailing-space':
        return `trailing whitespace removed on ${plural(c.lines, 'line')} of YAML`;
      case 'fence-trailing-space':
        return `trailing whitespace removed on ${plural(c.lines, '"---" line')}`;
      case 'text-trailing-space':
        return `trailing whitespace removed on ${plural(c.lines, 'line')} of the text`;
      case 'hard-breaks':
        return `${plural(c.count, 'line break')} written with "\\" instead of two trailing spaces`;
      case 'quoted':
        return `line ${c.line}: ${c.field} quoted so it stays text as written: ${c.written} → "${c.written}"`;
      case 'whitespace':
        return 'whitespace normalised';
    }
  },
};

export function checkWords(lang: Lang): CheckWords {
  return lang === 'en' ? EN : VI;
}
