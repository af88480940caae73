/** Counts of findings for the checker, the report and the site. */
import type { Finding, FindingScope, FindingStatus, Severity } from './finding.ts';

export interface ReviewSummary {
  findings: number;
  open: number;
  /** All findings by severity. */
  by_severity: Record<Severity, number>;
  /** Open findings by severity. */
  open_by_severity: Record<Severity, number>;
  /** All findings by rule id. */
  by_rule: Record<string, number>;
  by_status: Record<FindingStatus, number>;
  /** Findings about the province's own records, and about national records alone (national data quality). */
  by_scope: Record<FindingScope, { findings: number; open: number; open_by_severity: Record<Severity, number> }>;
  orphaned_decisions: number;
}

export function summarize(findings: readonly Finding[], orphaned: number): ReviewSummary {
  const summary: ReviewSummary = {
    findings: findings.length,
    open: 0,
    by_severity: { error: 0, warning: 0, info: 0 },
    open_by_severity: { error: 0, warning: 0, info: 0 },
    by_rule: {},
    by_status: { open: 0, justified: 0, fix_planned: 0, fixed: 0 },
    by_scope: {
      province: { findings: 0, open: 0, open_by_severity: { error: 0, warning: 0, info: 0 } },
      national: { findings: 0, open: 0, open_by_severity: { error: 0, warning: 0, info: 0 } },
    },
    orphaned_decisions: orphaned,
  };
  for (const f of findings) {
    const scope = summary.by_scope[f.scope];
    scope.findings++;
    if (f.status === 'open') {
      scope.open++;
      scope.open_by_severity[f.severity]++;
    }
    summary.by_severity[f.severity]++;
    summary.by_status[f.status]++;
    summary.by_rule[f.rule] = (summary.by_rule[f.rule] ?? 0) + 1;
    if (f.status === 'open') {
      summary.open++;
      summary.open_by_severity[f.severity]++;
    }
  }
  summary.by_rule = Object.fromEntries(Object.entries(summary.by_rule).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  return summary;
}
