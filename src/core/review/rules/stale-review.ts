import type { RawFinding, Rule } from '../finding.ts';
import { formatDate } from '../../words/format.ts';
import { daysBetween, recordFinding } from '../rule-helpers.ts';
import { recordName } from '../names.ts';
import type { ByRecord } from '../evidence.ts';

export const DEFAULT_MAX_AGE_DAYS = 365;

/** Per record: its last review date, its age and the most allowed, in days. */
export type StaleReviewEvidence = ByRecord<{ reviewed_at: string; age_days: number; max_age_days: number }>;

/**
 * A published record whose `reviewed_at` is older than site.yaml `review.max_age_days` (default 365) at the
 * report date. National records are refreshed by the importer, not reviewed by editors.
 */
export const staleReview: Rule<'stale-review', StaleReviewEvidence> = {
  id: 'stale-review',
  severity: 'warning',
  description:
    'Bản công bố đã lâu chưa được rà soát lại: ngày rà soát cuối (reviewed_at) cũ hơn số ngày tối đa trong site.yaml (mặc định 365 ngày).',
  words: {
    label: 'Lâu chưa rà soát',
    reason: 'Thông tin công khai phải được cập nhật khi văn bản thay đổi.',
    action: 'Rà soát, đối chiếu lại bản công bố với văn bản hiện hành.',
  },
  options: { max_age_days: DEFAULT_MAX_AGE_DAYS },
  run({ catalogue, today }) {
    const maxAge = catalogue.site.review?.max_age_days ?? DEFAULT_MAX_AGE_DAYS;
    const findings: RawFinding<StaleReviewEvidence>[] = [];
    for (const record of catalogue.records) {
      const age = daysBetween(record.data.reviewed_at, today);
      if (age <= maxAge) continue;
      findings.push(
        recordFinding(this, record, {
          field: 'reviewed_at',
          message: `${recordName(catalogue, record)} được rà soát lần cuối ngày ${formatDate(record.data.reviewed_at)}, đã ${age} ngày (tối đa ${maxAge} ngày).`,
          evidence: { [record.id]: { reviewed_at: record.data.reviewed_at, age_days: age, max_age_days: maxAge } },
        }),
      );
    }
    return findings;
  },
};
