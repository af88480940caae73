import { compareWithBaseline, timesText } from '../baseline-times.ts';
import type { RawFinding, Rule } from '../finding.ts';
import { groupsOf } from '../groups.ts';
import { nationalName, recordName } from '../names.ts';
import type { ByRecord, ShownTime, UnreadTime } from '../evidence.ts';

/** The record's time; the baseline's times (those it could not read as text only). */
export type ExceedsBaselineTimeEvidence = ByRecord<ShownTime | (ShownTime | UnreadTime)[]>;

/**
 * A record's processing time is longer than every time its baseline states, compared in the law's units
 * (baseline-times.ts): 20 ngày against a baseline whose rows say 15 and 20 ngày (two cases) is not longer.
 */
export const exceedsBaselineTime: Rule<'exceeds-baseline-time', ExceedsBaselineTimeEvidence> = {
  id: 'exceeds-baseline-time',
  severity: 'error',
  description: 'Thời hạn giải quyết của bản công bố dài hơn thời hạn trong bản quốc gia (chuẩn so sánh).',
  words: {
    label: 'Thời hạn dài hơn bản quốc gia',
    reason: 'Địa phương được rút ngắn, không được kéo dài thời hạn đã công bố ở cấp quốc gia.',
    action: 'Rút thời hạn giải quyết về không quá thời hạn của bản quốc gia.',
  },
  run({ catalogue }, groups) {
    const findings: RawFinding<ExceedsBaselineTimeEvidence>[] = [];
    for (const { code, baseline, records } of groupsOf(catalogue, groups)) {
      if (!baseline) continue;
      for (const record of records) {
        const c = compareWithBaseline(record, baseline);
        if (c.kind !== 'longer') continue;
        findings.push({
          rule: this.id,
          severity: this.severity,
          code,
          records: [baseline.id, record.id],
          field: 'processing_time',
          message: `Thời hạn của ${recordName(catalogue, record)} (${timesText([c.time])}) dài hơn ${nationalName(code)} (${timesText(c.baseline)}).`,
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
