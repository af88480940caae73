/**
 * Scores a review against the gold standard: precision per rule on the judged findings (the province's own
 * records and national records alone apart), recall on the hand-reviewed records, and what changed since the
 * verdicts were given (judged findings gone, findings nobody has judged yet).
 */
import type { Finding } from '../finding.ts';
import type { ExpectedFinding, Gold, HandReview, Judgement } from './gold-files.ts';

export type Scope = 'province' | 'national';

export interface PrecisionRow {
  rule: string;
  findings: number;
  judged: number;
  true: number;
  false: number;
  noise: number;
  /** true / judged; undefined when nothing is judged. */
  precision: number | undefined;
}

export interface RecallItem {
  record: string;
  expected: ExpectedFinding;
  /** Keys of the findings that report it (empty: missed). */
  foundBy: string[];
}

export interface ScoreReport {
  precision: Record<Scope, { rows: PrecisionRow[]; total: PrecisionRow }>;
  recall: { items: RecallItem[]; found: number; total: number; recall: number | undefined };
  changes: {
    /** Judged findings no longer reported, not marked retired. */
    gone: (Judgement & { file: string })[];
    /** Marked retired but reported again. */
    back: (Judgement & { file: string })[];
    unjudged: Record<Scope, Finding[]>;
  };
}

/** A finding about national records alone is national data quality; anything touching the province's records is the province's. */
export function scopeOf(finding: Pick<Finding, 'records'>): Scope {
  return finding.records.length > 0 && finding.records.every((r) => r.startsWith('national/')) ? 'national' : 'province';
}

function emptyRow(rule: string): PrecisionRow {
  return { rule, findings: 0, judged: 0, true: 0, false: 0, noise: 0, precision: undefined };
}

function addVerdict(row: PrecisionRow, verdict: Judgement['verdict'] | undefined) {
  row.findings++;
  if (verdict === undefined) return;
  row.judged++;
  if (verdict === true) row.true++;
  else if (verdict === false) row.false++;
  else row.noise++;
}

const withPrecision = (row: PrecisionRow): PrecisionRow => ({ ...row, precision: row.judged === 0 ? undefined : row.true / row.judged });

function fieldMatches(findingField: string, expectedField: string): boolean {
  return findingField === expectedField || findingField.startsWith(`${expectedField}.`) || expectedField.startsWith(`${findingField}.`);
}

/** Whether a finding reports an expected problem of a hand-reviewed record. */
export function covers(finding: Finding, review: Pick<HandReview, 'record'>, expected: ExpectedFinding): boolean {
  const rules = Array.isArray(expected.rule) ? expected.rule : [expected.rule];
  return (
    rules.includes(finding.rule) &&
    finding.records.includes(review.record) &&
    fieldMatches(finding.field, expected.field) &&
    (expected.key_contains === undefined || finding.key.includes(expected.key_contains))
  );
}

export function scoreReview(findings: readonly Finding[], gold: Gold): ScoreReport {
  const rows: Record<Scope, Map<string, PrecisionRow>> = { province: new Map(), national: new Map() };
  const totals: Record<Scope, PrecisionRow> = { province: emptyRow('(all)'), national: emptyRow('(all)') };
  const unjudged: Record<Scope, Finding[]> = { province: [], national: [] };
  const present = new Set<string>();
  for (const finding of findings) {
    present.add(finding.key);
    const scope = scopeOf(finding);
    const verdict = gold.judgements.get(finding.key)?.verdict;
    const row = rows[scope].get(finding.rule) ?? emptyRow(finding.rule);
    rows[scope].set(finding.rule, row);
    addVerdict(row, verdict);
    addVerdict(totals[scope], verdict);
    if (verdict === undefined) unjudged[scope].push(finding);
  }
  const precision = Object.fromEntries(
    (['province', 'national'] as const).map((scope) => [
      scope,
      { rows: [...rows[scope].values()].sort((a, b) => (a.rule < b.rule ? -1 : 1)).map(withPrecision), total: withPrecision(totals[scope]) },
    ]),
  ) as ScoreReport['precision'];

  const items: RecallItem[] = [];
  for (const review of gold.handReviews) {
    for (const expected of review.expected) {
      items.push({ record: review.record, expected, foundBy: findings.filter((f) => covers(f, review, expected)).map((f) => f.key) });
    }
  }
  const found = items.filter((i) => i.foundBy.length > 0).length;

  const judged = [...gold.judgements.values()];
  return {
    precision,
    recall: { items, found, total: items.length, recall: items.length === 0 ? undefined : found / items.length },
    changes: {
      gone: judged.filter((j) => j.retired === undefined && !present.has(j.key)),
      back: judged.filter((j) => j.retired !== undefined && present.has(j.key)),
      unjudged,
    },
  };
}
