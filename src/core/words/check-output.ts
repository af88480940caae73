/**
 * The checker's own words around the problems and findings (counts, headings, the verdict), in Vietnamese for
 * editors and in English with --lang en. The messages themselves are worded where they are made.
 */
import type { Lang } from '../load/problem.ts';
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
};

export function checkWords(lang: Lang): CheckWords {
  return lang === 'en' ? EN : VI;
}
