/** The checker's human summary of the review: counts by severity and rule, then the open errors, briefly. */
import type { Decision } from '../schema/index.ts';
import type { Finding, FindingScope, Severity } from './finding.ts';
import { SEVERITY_ORDER } from './order.ts';
import type { ReviewSummary } from './summary.ts';

/** Open errors listed in full; the rest are counted (`--json` has them all). */
export const MAX_LISTED_ERRORS = 20;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const SCOPE_HEADINGS: Record<FindingScope, string> = {
  province: "The province's own records",
  national: 'National data quality (national records alone, reported apart)',
};

export function formatFindingsSummary(
  findings: readonly Finding[],
  summary: ReviewSummary,
  orphaned: readonly Decision[],
  today: string,
): string {
  const out: string[] = [`Review at ${today}: ${plural(summary.findings, 'finding')}, ${summary.open} open.`];
  for (const scope of ['province', 'national'] as const) {
    const inScope = findings.filter((f) => f.scope === scope);
    // A rule's findings may differ in severity (an obsolete paper itself, or named among valid ones): the most severe.
    const severityOf = new Map<string, Severity>();
    for (const f of inScope) {
      const seen = severityOf.get(f.rule);
      if (seen === undefined || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[seen]) severityOf.set(f.rule, f.severity);
    }
    const counts = summary.by_scope[scope];
    const s = counts.open_by_severity;
    out.push(
      `${SCOPE_HEADINGS[scope]}: ${plural(counts.findings, 'finding')}, ${counts.open} open ` +
        `(${plural(s.error, 'error')}, ${plural(s.warning, 'warning')}, ${s.info} info).`,
    );
    const total = new Map<string, number>();
    const open = new Map<string, number>();
    for (const f of inScope) {
      total.set(f.rule, (total.get(f.rule) ?? 0) + 1);
      if (f.status === 'open') open.set(f.rule, (open.get(f.rule) ?? 0) + 1);
    }
    const rules = [...total.keys()].sort((a, b) => SEVERITY_ORDER[severityOf.get(a)!] - SEVERITY_ORDER[severityOf.get(b)!] || (a < b ? -1 : 1));
    const width = Math.max(0, ...rules.map((r) => r.length));
    for (const rule of rules) {
      const o = open.get(rule) ?? 0;
      const t = total.get(rule)!;
      out.push(`  ${rule.padEnd(width)}  ${severityOf.get(rule)!.padEnd(7)}  ${o} open${t > o ? ` of ${t}` : ''}`);
    }
  }
  // The province's own errors first: they are what the Office acts on; national data quality apart, after.
  const OPEN_ERRORS: Record<FindingScope, string> = {
    province: "Open errors on the province's own records:",
    national: 'Open errors in the national data (for the ministries to fix):',
  };
  for (const scope of ['province', 'national'] as const) {
    const errors = findings.filter((f) => f.status === 'open' && f.severity === 'error' && f.scope === scope);
    if (errors.length === 0) continue;
    out.push('', OPEN_ERRORS[scope]);
    for (const f of errors.slice(0, MAX_LISTED_ERRORS)) out.push(`  ${f.message}`, `      key: ${f.key}`);
    if (errors.length > MAX_LISTED_ERRORS) out.push(`  ... and ${errors.length - MAX_LISTED_ERRORS} more (--json lists every finding).`);
  }
  if (orphaned.length > 0) {
    const verb = orphaned.length === 1 ? 'matches' : 'match';
    out.push('', `${plural(orphaned.length, 'decision')} in review/decisions.yaml ${verb} no finding (fixed, or the key changed):`);
    for (const d of orphaned) out.push(`  ${d.key} (${d.status})`);
  }
  return out.join('\n');
}
