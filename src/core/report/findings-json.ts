/**
 * findings.json: the review's findings for tools (the same finding fields as `check --json`, plus the report's
 * Vietnamese labels), the summary counts and the decisions whose finding no longer exists.
 */
import type { ReportModel } from './model.ts';

export const FINDINGS_JSON = 'findings.json';

export function renderFindingsJson(model: ReportModel): string {
  const { today, province, summary, findings, orphaned_decisions } = model;
  return `${JSON.stringify({ today, province, summary, findings, orphaned_decisions }, null, 2)}\n`;
}
