import { describe, expect, it } from 'vitest';
import { staleReview } from '../../../../src/core/review/rules/stale-review.ts';
import { runRule } from '../content.ts';

describe('stale-review', () => {
  it('flags a record reviewed more than 365 days before the report date by default', async () => {
    const findings = await runRule(
      staleReview,
      { records: { 'xa/a': { reviewed_at: '2025-11-29' }, 'xa/b': { reviewed_at: '2025-11-30' } } },
      '2026-11-30',
    );
    expect(findings.map((f) => f.records[0])).toEqual(['xa/a']);
    expect(findings[0]!.message).toBe(
      '"Đăng ký khai sinh" (cấp xã) được rà soát lần cuối ngày 29/11/2025, đã 366 ngày (tối đa 365 ngày).',
    );
    expect(findings[0]!.message).not.toMatch(/xa\/|national\//);
  });

  it('uses site.yaml review.max_age_days and the report date', async () => {
    const spec = { site: { review: { max_age_days: 30 } }, records: { 'xa/a': { reviewed_at: '2026-10-01' } } };
    expect(await runRule(staleReview, spec, '2026-10-31')).toEqual([]);
    expect((await runRule(staleReview, spec, '2026-11-01')).map((f) => f.records[0])).toEqual(['xa/a']);
  });
});
