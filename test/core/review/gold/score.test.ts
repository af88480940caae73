import { describe, expect, it } from 'vitest';
import type { Finding, RuleId } from '../../../../src/core/review/finding.ts';
import type { Gold } from '../../../../src/core/review/gold/gold-files.ts';
import { formatScore } from '../../../../src/core/review/gold/format-score.ts';
import { scoreReview } from '../../../../src/core/review/gold/score.ts';

// No evidence: the score reads the message, the key and the evidence as text.
const finding = (key: string, records: string[], field = 'fees'): Finding =>
  ({
    key,
    rule: key.split(':')[0]! as RuleId,
    severity: 'error',
    records,
    scope: records.every((r) => r.startsWith('national/')) ? 'national' : 'province',
    field,
    message: '',
    evidence: {},
    status: 'open',
  }) as Finding;

const judgement = (key: string, verdict: true | false | 'noise', retired?: string) => ({
  key,
  verdict,
  reason: 'r',
  province: '',
  national: '',
  file: 'judgements/x.yaml',
  ...(retired ? { retired } : {}),
});

const gold = (
  judgements: ReturnType<typeof judgement>[],
  expected: { rule: string; field: string; key_contains?: string; fixed?: string }[] = [],
): Gold => ({
  settings: { review_date: '2026-12-06', targets: { province_precision: 0.9, national_precision: 0.8, recall: 0.8 } },
  judgements: new Map(judgements.map((j) => [j.key, j])),
  handReviews: [
    {
      record: 'xa/a',
      reviewed: '2026-12-06',
      note: '',
      file: 'hand-review/a.yaml',
      expected: expected.map((e, i) => ({ id: `a-${i}`, subject: '', what: 'w', province: '', national: '', ...e })),
      not_problems: [],
    },
  ],
});

describe('scoreReview', () => {
  const findings = [
    finding('fee-differs-from-baseline:national/1+xa/a:fees', ['national/1', 'xa/a']),
    finding('extra-document:national/1+xa/a:documents:x', ['national/1', 'xa/a'], 'documents'),
    finding('extra-document:national/1+xa/a:documents:y', ['national/1', 'xa/a'], 'documents'),
    finding('ambiguous-time:national/2:processing_time', ['national/2'], 'processing_time'),
    finding('missing-information:xa/a:steps', ['xa/a'], 'steps'),
  ];

  it('gives precision per rule and scope, noise counting against it, and lists unjudged findings', () => {
    const report = scoreReview(
      findings,
      gold([
        judgement('fee-differs-from-baseline:national/1+xa/a:fees', true),
        judgement('extra-document:national/1+xa/a:documents:x', false),
        judgement('extra-document:national/1+xa/a:documents:y', 'noise'),
        judgement('ambiguous-time:national/2:processing_time', true),
      ]),
    );
    expect(report.precision.province.total).toMatchObject({ findings: 4, judged: 3, true: 1, false: 1, noise: 1 });
    expect(report.precision.province.total.precision).toBeCloseTo(1 / 3);
    expect(report.precision.province.rows.find((r) => r.rule === 'extra-document')?.precision).toBe(0);
    expect(report.precision.national.total.precision).toBe(1);
    expect(report.changes.unjudged.province.map((f) => f.key)).toEqual(['missing-information:xa/a:steps']);
  });

  it('counts an expected finding as found when a finding of its rule names its record and field, narrowed by key_contains', () => {
    const report = scoreReview(
      findings,
      gold(
        [],
        [
          { rule: 'extra-document', field: 'documents', key_contains: ':y' },
          { rule: 'extra-document', field: 'documents', key_contains: ':z' },
          { rule: 'missing-baseline-document', field: 'documents' },
          { rule: 'missing-information', field: 'steps' },
        ],
      ),
    );
    expect(report.recall.items.map((i) => i.foundBy)).toEqual([
      ['extra-document:national/1+xa/a:documents:y'],
      [],
      [],
      ['missing-information:xa/a:steps'],
    ]);
    expect(report.recall.recall).toBe(0.5);
  });

  it('leaves a problem fixed in the content out of recall, listed apart, and flags it if still reported', () => {
    const report = scoreReview(
      findings,
      gold(
        [],
        [
          { rule: 'missing-information', field: 'steps' },
          { rule: 'ungrouped-record', field: 'code', fixed: 'the record now carries its code' },
          { rule: 'missing-information', field: 'steps', fixed: 'steps added' },
        ],
      ),
    );
    expect(report.recall).toMatchObject({ found: 1, total: 1, recall: 1 });
    expect(report.recall.fixed.map((i) => i.expected.id)).toEqual(['a-1', 'a-2']);
    const text = formatScore(report, gold([]).settings);
    expect(text).toContain('left out of recall (2)');
    expect(text).toContain('xa/a a-2: steps added — STILL REPORTED by missing-information:xa/a:steps');
    expect(text).not.toContain('a-1: the record now carries its code —');
  });

  it('reports judged findings that disappeared unretired, and retired ones that came back', () => {
    const report = scoreReview(
      findings,
      gold([
        judgement('obsolete-document:xa/a:documents:cmnd', true),
        judgement('missing-information:xa/a:steps', true, 'fixed'),
      ]),
    );
    expect(report.changes.gone.map((j) => j.key)).toEqual(['obsolete-document:xa/a:documents:cmnd']);
    expect(report.changes.back.map((j) => j.key)).toEqual(['missing-information:xa/a:steps']);
    expect(formatScore(report, gold([]).settings)).toContain('LOST TRUE obsolete-document:xa/a:documents:cmnd');
    const missed = scoreReview(findings, gold([], [{ rule: 'missing-baseline-document', field: 'documents' }]));
    expect(formatScore(missed, gold([]).settings)).toMatch(
      /MISS recall on the hand-reviewed records: 0\.0% \(target ≥ 80\.0%\)/,
    );
  });

  it('credits a finding listing several legal texts or papers only with the ones it names', () => {
    const legal = {
      ...finding(
        'legal-basis-differs-from-baseline:national/1+xa/a:legal_basis',
        ['national/1', 'xa/a'],
        'legal_basis',
      ),
      message: 'xa không trích dẫn 04/2024/TT-BTP, 226/2025/NĐ-CP.',
    };
    const paper: Finding = {
      ...finding(
        'missing-baseline-document:national/1+xa/a:documents:manh-trich-do',
        ['national/1', 'xa/a'],
        'documents',
      ),
      rule: 'missing-baseline-document',
      evidence: { 'national/1': [{ name: '(2) Mảnh trích đo bản đồ địa chính thửa đất', form: 'original' }] },
    };
    const report = scoreReview(
      [legal, paper],
      gold([], [
        { rule: 'legal-basis-differs-from-baseline', field: 'legal_basis', subject: '4/2024/TT-BTP' },
        { rule: 'legal-basis-differs-from-baseline', field: 'legal_basis', subject: '58/2024/QH15' },
        { rule: 'missing-baseline-document', field: 'documents', subject: 'Mảnh trích đo bản đồ địa chính' },
        { rule: 'missing-baseline-document', field: 'documents', subject: 'Giấy phép xây dựng' },
      ] as never),
    );
    expect(report.recall.items.map((i) => i.foundBy.length > 0)).toEqual([true, false, true, false]);
  });
});
