/**
 * The gold standard (bench/review-gold/) stays true to the bundled content: every judged finding names records
 * that exist and is either still reported or retired with its cause; every hand-reviewed record and expected
 * rule exists. A rule change that silently drops or renames judged findings fails here.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../../src/core/catalogue/types.ts';
import { loadContent } from '../../../../src/core/load/load-content.ts';
import { review } from '../../../../src/core/review/engine.ts';
import type { Finding } from '../../../../src/core/review/finding.ts';
import { loadGold, type Gold } from '../../../../src/core/review/gold/gold-files.ts';
import { RULES_BY_ID } from '../../../../src/core/review/rules/index.ts';
import { covers } from '../../../../src/core/review/gold/score.ts';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));

let gold: Gold;
let catalogue: Catalogue;
let findings: Finding[];

beforeAll(async () => {
  gold = await loadGold(`${REPO}bench/review-gold`);
  const loaded = await loadContent(`${REPO}content`);
  expect(loaded.problems).toEqual([]);
  catalogue = loaded.catalogue;
  findings = review(catalogue, { today: gold.settings.review_date }).findings;
}, 60_000);

function recordExists(id: string): boolean {
  return id.startsWith('national/')
    ? catalogue.nationalByCode.has(id.slice('national/'.length))
    : catalogue.records.some((r) => r.id === id);
}

/** What a key's scope names: records joined by "+", a group's code, or an agency entry. */
function scopeResolves(key: string): boolean {
  const scope = key.split(':')[1]!;
  if (scope.startsWith('agency/')) return catalogue.agencies.has(scope.slice('agency/'.length));
  if (/^\d\.\d{6}$/.test(scope))
    return catalogue.nationalByCode.has(scope) || catalogue.records.some((r) => r.data.code === scope);
  return scope.split('+').every(recordExists);
}

describe('the review gold standard', () => {
  it('judges every finding on the province records, and at least 60 on national records', () => {
    const judged = new Set(gold.judgements.keys());
    const unjudged = findings.filter((f) => f.scope === 'province' && !judged.has(f.key)).map((f) => f.key);
    expect(unjudged).toEqual([]);
    expect(
      [...gold.judgements.values()].filter(
        (j) =>
          !j.key
            .split(':')[1]!
            .split('+')
            .some((id) => !id.startsWith('national/')),
      ).length,
    ).toBeGreaterThanOrEqual(60);
  });

  it('names only records, codes and agencies that exist in the content', () => {
    const unresolved = [...gold.judgements.keys()].filter((key) => !scopeResolves(key));
    expect(unresolved).toEqual([]);
  });

  it('keeps each judged finding reported, or retired with its cause, never both', () => {
    const reported = new Set(findings.map((f) => f.key));
    const gone = [...gold.judgements.values()]
      .filter((j) => j.retired === undefined && !reported.has(j.key))
      .map((j) => j.key);
    const back = [...gold.judgements.values()]
      .filter((j) => j.retired !== undefined && reported.has(j.key))
      .map((j) => j.key);
    expect({ gone, back }).toEqual({ gone: [], back: [] });
  });

  it('marks an expected problem fixed only when the review no longer reports it', () => {
    const stillReported = gold.handReviews.flatMap((r) =>
      r.expected
        .filter((e) => e.fixed !== undefined && findings.some((f) => covers(f, r, e)))
        .map((e) => `${r.file} ${e.id}`),
    );
    expect(stillReported).toEqual([]);
  });

  it('hand-reviews records that exist, against their national records, with rules the review has', () => {
    expect(gold.handReviews.length).toBeGreaterThanOrEqual(10);
    for (const review of gold.handReviews) {
      expect(recordExists(review.record), review.file).toBe(true);
      if (review.national) expect(recordExists(review.national), review.file).toBe(true);
      for (const expected of review.expected) {
        for (const rule of [expected.rule].flat())
          expect(RULES_BY_ID.has(rule), `${review.file} ${expected.id}: ${rule}`).toBe(true);
      }
    }
  });
});
