/**
 * Type-level: a finding's evidence is the type its rule declares, so a reader of a field the rule does not write
 * fails to compile (`npm run typecheck` checks the `@ts-expect-error` lines; vitest runs the rest).
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ShownDocument, ShownFee, ShownTime, UnreadTime } from '../../../src/core/review/evidence.ts';
import type { Catalogue } from '../../../src/core/catalogue/types.ts';
import { review } from '../../../src/core/review/engine.ts';
import type { AnyRule, EvidenceOf, Finding, Rule, RuleId } from '../../../src/core/review/finding.ts';
import { RULES, RULES_BY_ID } from '../../../src/core/review/rules/index.ts';
import { stateHeldDocument } from '../../../src/core/review/rules/state-held-document.ts';

describe('a finding’s evidence is typed by its rule', () => {
  it('narrowing on the rule gives the values that rule compared', () => {
    expectTypeOf<EvidenceOf<'fee-mismatch'>[string]>().toEqualTypeOf<ShownFee[]>();
    expectTypeOf<EvidenceOf<'exceeds-baseline-time'>[string]>().toEqualTypeOf<ShownTime | (ShownTime | UnreadTime)[]>();
    expectTypeOf<EvidenceOf<'state-held-document'>[string]>().toEqualTypeOf<ShownDocument[]>();
    const timeOf = (finding: Finding, id: string) =>
      finding.rule === 'time-mismatch' ? finding.evidence[id] : undefined;
    expectTypeOf(timeOf).returns.toEqualTypeOf<ShownTime | undefined>();
  });

  it('does not compile a reader of a field the rule does not write', () => {
    const read = (finding: Finding) => {
      if (finding.rule === 'time-mismatch') {
        // @ts-expect-error a processing time has no amount: that is a fee's
        return (finding.evidence['xa/a'] as { amount: number }).amount;
      }
      if (finding.rule === 'agency-contact-missing') {
        // @ts-expect-error this rule's evidence is about the agency entry, not per record
        return finding.evidence['xa/a'];
      }
      if (finding.rule === 'obsolete-document') {
        // @ts-expect-error obsolete-document lists the requirements' names, not documents
        return finding.evidence['xa/a']?.map((d) => d.name);
      }
      return undefined;
    };
    expect(typeof read).toBe('function');
  });

  it('runs only registered rules, so every finding is one whose evidence the report knows', () => {
    const foreign: Rule = { ...RULES[0], id: 'foreign-rule', run: () => [] };
    // A stand-in for a registered rule must keep its id and evidence type.
    const standIn: AnyRule = { ...stateHeldDocument, run: () => [] };
    const run = (catalogue: Catalogue) => {
      review(catalogue, { today: '2026-12-06', rules: [standIn, 'fee-mismatch'] });
      // @ts-expect-error a rule that is not in rules/index.ts: its findings would not be a `Finding`
      review(catalogue, { today: '2026-12-06', rules: [foreign] });
      // @ts-expect-error an id that is no registered rule's
      review(catalogue, { today: '2026-12-06', rules: ['foreign-rule'] });
    };
    expect(typeof run).toBe('function');
    // Any string may be looked up; what is found is a registered rule.
    expectTypeOf(RULES_BY_ID.get('foreign-rule')).toEqualTypeOf<AnyRule | undefined>();
  });

  it('knows every rule of the list by its id', () => {
    expectTypeOf<(typeof RULES)[number]['id']>().toEqualTypeOf<RuleId>();
    expectTypeOf<'no-such-rule'>().not.toExtend<RuleId>();
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});
