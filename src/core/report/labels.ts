/** The report's order of severities, statuses and scopes, and the words each rule carries (labels: core/words). */
import type { FindingScope, FindingStatus, RuleWords, Severity } from '../review/finding.ts';
import { RULES_BY_ID } from '../review/rules/index.ts';

export type { RuleWords };

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export const STATUS_ORDER: readonly FindingStatus[] = ['open', 'fix_planned', 'justified', 'fixed'];

/** Whose data a finding is about: the province's own records first, national data quality apart. */
export const SCOPE_ORDER: readonly FindingScope[] = ['province', 'national'];

/** The words of a rule (its label, the reason to simplify and the proposed action), carried by the rule itself. */
export function ruleWords(rule: string): RuleWords {
  const found = RULES_BY_ID.get(rule);
  if (!found) throw new Error(`no review rule "${rule}": every finding comes from a rule in src/core/review/rules/`);
  return found.words;
}
