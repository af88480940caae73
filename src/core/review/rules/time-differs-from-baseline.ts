import { compareWithBaseline, timesText } from '../baseline-times.ts';
import type { RawFinding, Rule } from '../finding.ts';
import { groupsOf } from '../groups.ts';
import { nationalName, recordName } from '../names.ts';
import type { ByRecord, ShownTime, UnreadTime } from '../evidence.ts';

const WHAT = {
  shorter: 'ngắn hơn',
  'other-unit': 'tính theo đơn vị khác',
  'unreadable-baseline': 'không đối chiếu được với',
  'fewer-cases': 'chỉ nêu một phần các mức thời hạn theo trường hợp hoặc cách nộp của',
} as const;

/** The record's time; the baseline's times (those it could not read as text only). */
export type TimeDiffersFromBaselineEvidence = ByRecord<ShownTime | (ShownTime | UnreadTime)[]>;

/**
 * A record's processing time differs from its baseline's without being longer: shorter than every time the
 * baseline states (a province may shorten, but the difference must be deliberate and published by decision),
 * in another unit ("20 ngày" against "15 ngày làm việc"), the baseline's time has no unit ("1"), or the baseline
 * states several times (by case or channel) and the record keeps fewer of them.
 */
export const timeDiffersFromBaseline: Rule<'time-differs-from-baseline', TimeDiffersFromBaselineEvidence> = {
  id: 'time-differs-from-baseline',
  severity: 'info',
  description:
    'Thời hạn của bản công bố khác bản quốc gia mà không dài hơn: ngắn hơn, khác đơn vị (ngày / ngày làm việc), hoặc bản quốc gia ghi thời hạn không có đơn vị.',
  words: {
    label: 'Thời hạn khác bản quốc gia',
    reason:
      'Thời hạn công bố phải khớp văn bản quy định; "ngày" và "ngày làm việc" khác nhau về pháp lý; rút ngắn thời hạn phải được quyết định công bố ghi nhận.',
    action:
      'Đối chiếu thời hạn với văn bản quy định; ghi rõ đơn vị và các trường hợp; nếu tỉnh rút ngắn, nêu quyết định công bố.',
  },
  run({ catalogue }, groups) {
    const findings: RawFinding<TimeDiffersFromBaselineEvidence>[] = [];
    for (const { code, baseline, records } of groupsOf(catalogue, groups)) {
      if (!baseline) continue;
      for (const record of records) {
        const c = compareWithBaseline(record, baseline);
        if (!('time' in c) || c.kind === 'longer') continue;
        findings.push({
          rule: this.id,
          severity: this.severity,
          code,
          records: [baseline.id, record.id],
          field: 'processing_time',
          subject: c.kind,
          message: `Thời hạn của ${recordName(catalogue, record)} (${timesText([c.time])}) ${WHAT[c.kind]} ${nationalName(code)} (${timesText(c.baseline)}).`,
          evidence: {
            [record.id]: { ...c.time.duration, text: c.time.text },
            [baseline.id]: c.baseline.map((t) =>
              t.kind === 'duration' ? { ...t.duration, text: t.text } : { text: t.text },
            ),
          },
        });
      }
    }
    return findings;
  },
};
