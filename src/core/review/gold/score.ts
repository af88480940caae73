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
  recall: { items: RecallItem[]; found: number; total: number; recall: number | undefined; fixed: RecallItem[] };
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
  return finding.records.length > 0 && finding.records.every((r) => r.startsWith('national/'))
    ? 'national'
    : 'province';
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

const withPrecision = (row: PrecisionRow): PrecisionRow => ({
  ...row,
  precision: row.judged === 0 ? undefined : row.true / row.judged,
});

function fieldMatches(findingField: string, expectedField: string): boolean {
  return (
    findingField === expectedField ||
    findingField.startsWith(`${expectedField}.`) ||
    expectedField.startsWith(`${findingField}.`)
  );
}

// A legal number as written in a subject ("04/2024/TT-BTP", "66.7/2025/NQ-CP", "3380/QĐ-BNNMT").
const LEGAL_NUMBER = /\d+(?:\.\d+)?\/(?:\d{4}\/)?[\p{Lu}Đ]+(?:-[\p{Lu}Đ0-9]+)*/u;
const folded = (text: string) =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\b0+(\d)/g, '$1');
const words = (text: string) =>
  new Set(
    folded(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2),
  );

/**
 * Whether a finding names what an expected problem is about (its `subject`): a legal number must appear in the
 * finding as written (leading zeros aside); a paper's or fee's name must have most of its words in the finding's
 * message or evidence. A record with several findings of one rule (one per missing paper, one finding listing
 * several legal texts) is credited only with the problems its findings actually name.
 */
export function namesSubject(finding: Finding, subject: string): boolean {
  if (subject.trim() === '') return true;
  const text = `${finding.message} ${JSON.stringify(finding.evidence)} ${finding.key}`;
  const number = LEGAL_NUMBER.exec(subject)?.[0];
  if (number !== undefined) return folded(text).includes(folded(number));
  const wanted = [...words(subject)];
  if (wanted.length === 0) return true;
  const have = words(text);
  return wanted.filter((w) => have.has(w)).length / wanted.length >= NAMED_SHARE;
}
const NAMED_SHARE = 0.6;
// Fields where a record has many findings of one rule (one per paper, per fee) or one finding listing many items
// (legal texts): there the subject decides which finding covers which problem. Times, agencies, channels: one.
const LISTED_FIELDS = new Set(['documents', 'fees', 'legal_basis']);

/** Whether a finding reports an expected problem of a hand-reviewed record. */
export function covers(finding: Finding, review: Pick<HandReview, 'record'>, expected: ExpectedFinding): boolean {
  const rules = Array.isArray(expected.rule) ? expected.rule : [expected.rule];
  return (
    rules.includes(finding.rule) &&
    finding.records.includes(review.record) &&
    fieldMatches(finding.field, expected.field) &&
    (expected.key_contains === undefined || finding.key.includes(expected.key_contains)) &&
    (expected.key_contains !== undefined ||
      !LISTED_FIELDS.has(expected.field) ||
      namesSubject(finding, expected.subject))
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
      {
        rows: [...rows[scope].values()].sort((a, b) => (a.rule < b.rule ? -1 : 1)).map(withPrecision),
        total: withPrecision(totals[scope]),
      },
    ]),
  ) as ScoreReport['precision'];

  const all: RecallItem[] = [];
  for (const review of gold.handReviews) {
    for (const expected of review.expected) {
      all.push({
        record: review.record,
        expected,
        foundBy: findings.filter((f) => covers(f, review, expected)).map((f) => f.key),
      });
    }
  }
  // A problem the content no longer has cannot be missed: apart, not in the denominator.
  const items = all.filter((i) => i.expected.fixed === undefined);
  const fixed = all.filter((i) => i.expected.fixed !== undefined);
  const found = items.filter((i) => i.foundBy.length > 0).length;

  const judged = [...gold.judgements.values()];
  return {
    precision,
    recall: { items, found, total: items.length, recall: items.length === 0 ? undefined : found / items.length, fixed },
    changes: {
      gone: judged.filter((j) => j.retired === undefined && !present.has(j.key)),
      back: judged.filter((j) => j.retired !== undefined && present.has(j.key)),
      unjudged,
    },
  };
}
