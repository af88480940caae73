/**
 * The one order findings are reported in, by check --json, the report files and /bao-cao/: open first (then
 * planned, justified, fixed), the province's own records before national data quality, then by severity, rule,
 * code and records.
 */
import type { Finding, FindingScope, FindingStatus, Severity } from './finding.ts';

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
export const STATUS_RANK: Record<FindingStatus, number> = { open: 0, fix_planned: 1, justified: 2, fixed: 3 };
export const SCOPE_ORDER: Record<FindingScope, number> = { province: 0, national: 1 };

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The report order of two findings; `recordsOf` gives each finding's record list as one string. */
export function compareFindings(a: Finding, b: Finding, recordsOf = (f: Finding) => f.records.join(' ')): number {
  return (
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope] ||
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
