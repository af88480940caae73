import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRulesCatalogue, withRulesCatalogue } from '../../../src/core/review/rules-catalogue.ts';
import { RULES } from '../../../src/core/review/rules/index.ts';

describe('the rule catalogue of docs/review-rules.md', () => {
  it('has a row for every rule with its words', () => {
    const table = renderRulesCatalogue();
    for (const rule of RULES) {
      expect(table).toContain(`| \`${rule.id}\` |`);
      expect(table).toContain(rule.words.label);
    }
  });

  it('is committed as the rules generate it (run npm run docs:rules after changing a rule)', () => {
    const committed = readFileSync(new URL('../../../docs/review-rules.md', import.meta.url), 'utf8');
    expect(withRulesCatalogue(committed)).toBe(committed);
  });
});
