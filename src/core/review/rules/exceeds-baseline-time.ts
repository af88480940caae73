import type { RawFinding, Rule } from '../finding.ts';
import { generalChannel } from '../effective-channels.ts';
import { timeText } from '../format.ts';
import { groupsOf } from '../groups.ts';

/** A record's processing time (working days) longer than its national baseline's. */
export const exceedsBaselineTime: Rule = {
  id: 'exceeds-baseline-time',
  severity: 'error',
  description: 'Thời hạn giải quyết của bản công bố dài hơn thời hạn trong bản quốc gia (chuẩn so sánh).',
  words: {
    label: 'Thời hạn dài hơn bản quốc gia',
    reason: 'Địa phương được rút ngắn, không được kéo dài thời hạn đã công bố ở cấp quốc gia.',
    action: 'Rút thời hạn giải quyết về không quá thời hạn của bản quốc gia.',
  },
  run({ catalogue }, groups) {
    const findings: RawFinding[] = [];
    for (const { code, baseline, records } of groupsOf(catalogue, groups)) {
      if (!baseline) continue;
      const limit = generalChannel(baseline).time;
      if (limit.kind !== 'duration') continue;
      for (const record of records) {
        const time = generalChannel(record).time;
        if (time.kind !== 'duration' || time.workingDays <= limit.workingDays + 1e-9) continue;
        findings.push({
          rule: this.id,
          severity: this.severity,
          code,
          records: [baseline.id, record.id],
          field: 'processing_time',
          message: `Thời hạn của ${record.id} (${timeText(time)}) dài hơn bản quốc gia ${baseline.id} (${timeText(limit)}).`,
          evidence: {
            [record.id]: { ...time.duration, text: time.text, working_days: time.workingDays },
            [baseline.id]: { ...limit.duration, text: limit.text, working_days: limit.workingDays },
          },
        });
      }
    }
    return findings;
  },
};
