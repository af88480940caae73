import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  evidenceDocOf,
  renderEvidenceCatalogue,
  withEvidenceCatalogue,
} from '../../../src/core/review/evidence-catalogue.ts';
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

describe('the evidence table of docs/review-rules.md', () => {
  it('gives each rule its exported evidence type, what it holds and its shape', () => {
    const source = `import x from 'y';
/** Per record: its rows of the fee. */
export type FeeMismatchEvidence = ByRecord<
  | ShownFee[]
  | null
>;
export const feeMismatch = {};`;
    expect(evidenceDocOf(source)).toEqual({
      name: 'FeeMismatchEvidence',
      doc: 'Per record: its rows of the fee.',
      shape: 'ByRecord<ShownFee[] | null>',
    });
    expect(renderEvidenceCatalogue()).toContain(
      '| `fee-mismatch` | `FeeMismatchEvidence` | Per record: its rows of the fee. | `ByRecord<ShownFee[]>` |',
    );
  });

  it('stops on a rule whose file exports no evidence type', () => {
    expect(() => renderEvidenceCatalogue(() => 'export const x = 1;')).toThrow(
      'src/core/review/rules/fee-mismatch.ts exports no evidence type',
    );
  });

  it('is committed as the rules generate it (run npm run docs:rules after changing a rule)', () => {
    const committed = readFileSync(new URL('../../../docs/review-rules.md', import.meta.url), 'utf8');
    expect(withEvidenceCatalogue(committed)).toBe(committed);
  });
});
