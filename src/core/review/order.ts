/** The order findings are reported in: open first, then by severity, rule, code and records. */
import type { Finding, Severity } from './finding.ts';

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The report order of two findings; `recordsOf` gives each finding's record list as one string. */
export function compareFindings(a: Finding, b: Finding, recordsOf = (f: Finding) => f.records.join(' ')): number {
  return (
    Number(a.status !== 'open') - Number(b.status !== 'open') ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    cmp(a.rule, b.rule) ||
    // Findings without a code (ungrouped records) after those with one.
    cmp(a.code ?? '\uffff', b.code ?? '\uffff') ||
    cmp(recordsOf(a), recordsOf(b)) ||
    cmp(a.key, b.key)
  );
}

/** Sorts in place, joining each finding's records once (a catalogue may give 100,000 findings). */
export function sortFindings(findings: Finding[]): Finding[] {
  const records = new Map(findings.map((f) => [f, f.records.join(' ')]));
  return findings.sort((a, b) => compareFindings(a, b, (f) => records.get(f)!));
}
