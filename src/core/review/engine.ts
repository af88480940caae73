/**
 * The review: runs the rules over a catalogue, gives each finding its stable key (keys.ts), applies
 * review/decisions.yaml and sorts. Pure: the same catalogue and date give the same result.
 */
import type { Catalogue } from '../catalogue/types.ts';
import type { Decision } from '../schema/index.ts';
import { applyDecisions } from './decisions.ts';
import type { AnyRule, Finding, FindingCost, RawFinding, RuleId } from './finding.ts';
import { findingKey } from './keys.ts';
import { sortFindings } from './order.ts';
import { RULES, RULES_BY_ID } from './rules/index.ts';
import { summarize, type ReviewSummary } from './summary.ts';
import { reviewViews } from './views.ts';

export interface ReviewOptions {
  /** Report date YYYY-MM-DD (`--today`). */
  today: string;
  /**
   * The rules to run, as objects or ids (default: every rule). Only the registered rules (rules/index.ts): a
   * finding's evidence type comes from its rule's id, which the report's writers rely on.
   */
  rules?: readonly (AnyRule | RuleId)[];
  /**
   * Hook for the cost model (src/core/review/cost/): the cost figures of a finding's group or record, attached
   * as `finding.cost` when defined. Called once per finding, after keys and decisions are set.
   */
  costOf?: (finding: Finding, catalogue: Catalogue) => FindingCost | undefined;
}

export interface ReviewResult {
  findings: Finding[];
  decisions: { orphaned: Decision[] };
  summary: ReviewSummary;
}

export class UnknownRuleError extends Error {}

export function review(catalogue: Catalogue, options: ReviewOptions): ReviewResult {
  const rules = (options.rules ?? RULES).map((r) => {
    if (typeof r !== 'string') return r;
    const rule = RULES_BY_ID.get(r);
    if (!rule) throw new UnknownRuleError(`unknown review rule "${r}" (known: ${[...RULES_BY_ID.keys()].join(', ')})`);
    return rule;
  });
  const { groups } = reviewViews(catalogue);
  const context = { catalogue, today: options.today };
  const keyed: Finding[] = [];
  for (const rule of rules) {
    for (const raw of rule.run(context, groups)) keyed.push(toFinding(raw, rule));
  }
  const findings = uniqueKeys(keyed);
  const orphaned = applyDecisions(findings, catalogue.decisions);
  if (options.costOf) {
    for (const finding of findings) {
      const cost = options.costOf(finding, catalogue);
      if (cost) finding.cost = cost;
    }
  }
  sortFindings(findings);
  return { findings, decisions: { orphaned }, summary: summarize(findings, orphaned.length) };
}

function toFinding(raw: RawFinding, rule: AnyRule): Finding {
  const { subject: _subject, keyOwner: _keyOwner, ...rest } = raw;
  const records = [...new Set(raw.records)].sort();
  const scope = records.length > 0 && records.every((r) => r.startsWith('national/')) ? 'national' : 'province';
  // `rule` is one of the registered rules (ReviewOptions.rules admits no other), but TypeScript does not follow
  // the pairing of its id with its evidence type through the union. `rule` is set from the rule that ran (in the
  // raw finding's place in the JSON), so the finding is the union member of that id.
  return { key: findingKey(raw, rule), ...rest, rule: rule.id, records, scope, status: 'open' } as Finding;
}

/**
 * Two findings never share a key. Rules are written so that they do not; should it happen (two fees of one
 * record with the same name), the later ones, ordered by message, get ":2", ":3".
 */
function uniqueKeys(findings: Finding[]): Finding[] {
  const byKey = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byKey.get(f.key);
    if (list) list.push(f);
    else byKey.set(f.key, [f]);
  }
  for (const [key, list] of byKey) {
    if (list.length < 2) continue;
    list.sort((a, b) => (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
    list.forEach((f, i) => {
      if (i > 0) f.key = `${key}:${i + 1}`;
    });
  }
  return findings;
}
