/** Vietnamese words of the report: severities, statuses, rules and the reason each rule gives for simplifying. */
import type { FindingScope, FindingStatus, RuleWords, Severity } from '../review/finding.ts';
import { RULES_BY_ID } from '../review/rules/index.ts';

export type { RuleWords };

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: 'Lỗi',
  warning: 'Cảnh báo',
  info: 'Thông tin',
};

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export const STATUS_LABELS: Readonly<Record<FindingStatus, string>> = {
  open: 'Chưa xử lý',
  justified: 'Khác biệt hợp lý',
  fix_planned: 'Sẽ sửa',
  fixed: 'Đã sửa',
};

export const STATUS_ORDER: readonly FindingStatus[] = ['open', 'fix_planned', 'justified', 'fixed'];

export const LEGAL_STATUS_LABELS: Readonly<Record<string, string>> = {
  in_force: 'còn hiệu lực',
  amended: 'đã được sửa đổi',
  superseded: 'đã bị thay thế',
  expired: 'hết hiệu lực',
};

/** Whose data a finding is about: the province's own records first, national data quality apart. */
export const SCOPE_LABELS: Readonly<Record<FindingScope, string>> = {
  province: 'Bản công bố của tỉnh',
  national: 'Chất lượng dữ liệu quốc gia',
};

export const SCOPE_ORDER: readonly FindingScope[] = ['province', 'national'];

export const ONLINE_LABELS = { none: 'Không', partial: 'Một phần', full: 'Toàn trình' } as const;

/** The rules of review-rules.md. A rule the project adds later falls back to its id (ruleWords). */
/** The words of a rule (its label, the reason to simplify and the proposed action), carried by the rule itself. */
export function ruleWords(rule: string): RuleWords {
  const found = RULES_BY_ID.get(rule);
  if (!found) throw new Error(`no review rule "${rule}": every finding comes from a rule in src/core/review/rules/`);
  return found.words;
}
