/** The checker's human summary of the review: counts by severity and rule, then the open errors, briefly. */
import type { Decision } from '../schema/index.ts';
import type { Finding, Severity } from './finding.ts';
import { SEVERITY_ORDER } from './order.ts';
import type { ReviewSummary } from './summary.ts';

/** Open errors listed in full; the rest are counted (`--json` has them all). */
export const MAX_LISTED_ERRORS = 20;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatFindingsSummary(
  findings: readonly Finding[],
  summary: ReviewSummary,
  orphaned: readonly Decision[],
  today: string,
): string {
  const out: string[] = [];
  const s = summary.open_by_severity;
  out.push(
    `Review at ${today}: ${plural(summary.findings, 'finding')}, ${summary.open} open ` +
      `(${plural(s.error, 'error')}, ${plural(s.warning, 'warning')}, ${s.info} info).`,
  );
  if (summary.findings > 0) {
    const severityOf = new Map<string, Severity>(findings.map((f) => [f.rule, f.severity]));
    const openByRule = new Map<string, number>();
    for (const f of findings) if (f.status === 'open') openByRule.set(f.rule, (openByRule.get(f.rule) ?? 0) + 1);
    const rules = Object.keys(summary.by_rule).sort(
      (a, b) => SEVERITY_ORDER[severityOf.get(a)!] - SEVERITY_ORDER[severityOf.get(b)!] || (a < b ? -1 : 1),
    );
    const width = Math.max(...rules.map((r) => r.length));
    for (const rule of rules) {
      const open = openByRule.get(rule) ?? 0;
      const total = summary.by_rule[rule]!;
      out.push(`  ${rule.padEnd(width)}  ${severityOf.get(rule)!.padEnd(7)}  ${open} open${total > open ? ` of ${total}` : ''}`);
    }
  }
  const errors = findings.filter((f) => f.status === 'open' && f.severity === 'error');
  if (errors.length > 0) {
    out.push('', 'Open errors:');
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
