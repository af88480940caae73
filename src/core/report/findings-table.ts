/** The findings as a table: one definition of the columns for findings.csv and the workbook's "Phát hiện" sheet. */
import { capitalised, FINDING_SCOPE_WORDS } from '../words/vocabulary.ts';
import type { ReportFinding } from './model.ts';

export interface FindingColumn {
  header: string;
  /** Column width in characters, for the workbook. */
  width: number;
  /** `vnd` and `percent` are numbers the workbook formats; `code` is text that looks like a number; `text` is written as is. */
  kind: 'text' | 'code' | 'vnd' | 'percent';
  value(finding: ReportFinding, levelName: (id: string) => string): string | number | null;
}

/** Reading order: what a reader needs first comes first (the workbook prints two pages wide, these on the first). */
export const FINDING_COLUMNS: readonly FindingColumn[] = [
  { header: 'Phạm vi', width: 16, kind: 'text', value: (f) => capitalised(FINDING_SCOPE_WORDS[f.scope]) },
  { header: 'Trạng thái', width: 11, kind: 'text', value: (f) => f.status_label },
  { header: 'Mức độ', width: 10, kind: 'text', value: (f) => f.severity_label },
  { header: 'Quy tắc', width: 24, kind: 'text', value: (f) => f.rule_label },
  { header: 'Mã thủ tục', width: 10, kind: 'code', value: (f) => f.code ?? '' },
  { header: 'Tên thủ tục', width: 30, kind: 'text', value: (f) => f.title },
  { header: 'Nội dung', width: 60, kind: 'text', value: (f) => f.message },
  { header: 'Dữ liệu', width: 12, kind: 'text', value: (f) => (f.demo ? 'Minh họa, chưa kiểm chứng' : '') },
  // Only an official record is the province's published text; the others rest on a compilation or the national one.
  { header: 'Căn cứ của bản ghi', width: 20, kind: 'text', value: (f) => f.provenance.join('\n') },
  { header: 'Ghi chú quyết định', width: 24, kind: 'text', value: (f) => f.decision_note ?? '' },
  { header: 'Bản ghi', width: 34, kind: 'text', value: (f) => f.records.join('\n') },
  { header: 'Cấp', width: 14, kind: 'text', value: (f, levelName) => f.levels.map(levelName).join(', ') },
  { header: 'Lĩnh vực', width: 18, kind: 'text', value: (f) => f.sector?.name ?? '' },
  { header: 'Trường', width: 14, kind: 'text', value: (f) => f.field },
  { header: 'Chi phí hiện tại (đồng/lần)', width: 13, kind: 'vnd', value: (f) => f.cost?.before ?? null },
  { header: 'Chi phí sau đơn giản hóa (đồng/lần)', width: 13, kind: 'vnd', value: (f) => f.cost?.after ?? null },
  { header: 'Tiết kiệm (đồng/lần)', width: 12, kind: 'vnd', value: (f) => f.cost?.saving ?? null },
  { header: 'Tỷ lệ tiết kiệm', width: 10, kind: 'percent', value: (f) => f.cost?.saving_ratio ?? null },
  { header: 'Tiết kiệm một năm (đồng)', width: 15, kind: 'vnd', value: (f) => f.cost?.annual_saving ?? null },
  { header: 'Mã quy tắc', width: 22, kind: 'text', value: (f) => f.rule },
  { header: 'Khóa', width: 40, kind: 'text', value: (f) => f.key },
];
