/** The checker's human summary of the review: counts by severity and rule, then the open errors, briefly. */
import type { Decision } from '../schema/index.ts';
import type { Finding, Severity } from './finding.ts';
import { SEVERITY_ORDER } from './order.ts';
import type { ReviewSummary } from './summary.ts';
import type { Lang } from '../load/problem.ts';
import { checkWords } from '../words/check-output.ts';

/** Open errors listed in full; the rest are counted (`--json` has them all). */
export const MAX_LISTED_ERRORS = 20;

export function formatFindingsSummary(
  findings: readonly Finding[],
  summary: ReviewSummary,
  orphaned: readonly Decision[],
  today: string,
  lang: Lang = 'vi',
): string {
  const w = checkWords(lang);
  const out: string[] = [w.reviewAt(today, summary.findings, summary.open)];
  for (const scope of ['province', 'national'] as const) {
    const inScope = findings.filter((f) => f.scope === scope);
    // A rule's findings may differ in severity (an obsolete paper itself, or named among valid ones): the most severe.
    const severityOf = new Map<string, Severity>();
    for (const f of inScope) {
      const seen = severityOf.get(f.rule);
      if (seen === undefined || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[seen]) severityOf.set(f.rule, f.severity);
    }
    const counts = summary.by_scope[scope];
    out.push(`${w.scopeHeading[scope]}: ${w.scopeCounts(counts.findings, counts.open, counts.open_by_severity)}`);
    const total = new Map<string, number>();
    const open = new Map<string, number>();
    for (const f of inScope) {
      total.set(f.rule, (total.get(f.rule) ?? 0) + 1);
      if (f.status === 'open') open.set(f.rule, (open.get(f.rule) ?? 0) + 1);
    }
    const rules = [...total.keys()].sort(
      (a, b) => SEVERITY_ORDER[severityOf.get(a)!] - SEVERITY_ORDER[severityOf.get(b)!] || (a < b ? -1 : 1),
    );
    const width = Math.max(0, ...rules.map((r) => r.length));
    const severityWidth = Math.max(...Object.values(w.severity).map((label) => label.length));
    for (const rule of rules) {
      const label = w.severity[severityOf.get(rule)!];
      out.push(
        `  ${rule.padEnd(width)}  ${label.padEnd(severityWidth)}  ${w.ruleOpen(open.get(rule) ?? 0, total.get(rule)!)}`,
      );
    }
  }
  // The province's own errors first: they are what the Office acts on; national data quality apart, after.
  for (const scope of ['province', 'national'] as const) {
    const errors = findings.filter((f) => f.status === 'open' && f.severity === 'error' && f.scope === scope);
    if (errors.length === 0) continue;
    out.push('', w.openErrors[scope]);
    for (const f of errors.slice(0, MAX_LISTED_ERRORS)) out.push(`  ${f.message}`, `      ${w.key}: ${f.key}`);
    if (errors.length > MAX_LISTED_ERRORS) out.push(`  ${w.more(errors.length - MAX_LISTED_ERRORS)}`);
  }
  if (orphaned.length > 0) {
    out.push('', w.orphaned(orphaned.length));
    for (const d of orphaned) out.push(`  ${d.key} (${d.status})`);
  }
  return out.join('\n');
}
