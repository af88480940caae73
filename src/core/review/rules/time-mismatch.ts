import type { RawFinding, Rule } from '../finding.ts';
import { generalChannel } from '../effective-channels.ts';
import { byRecordValue, timeText } from '../format.ts';
import type { ByRecord, ShownTime } from '../evidence.ts';

/** Per record: its general processing time. */
export type TimeMismatchEvidence = ByRecord<ShownTime>;

/**
 * Within a group, processing times differ, in the units the law uses: "7 ngày" and "5 ngày làm việc" are two
 * different deadlines (calendar days run over holidays), "05 ngày làm việc" and 5 working days are one.
 */
export const timeMismatch: Rule<'time-mismatch', TimeMismatchEvidence> = {
  id: 'time-mismatch',
  severity: 'warning',
  keyScope: 'group',
  description:
    'Các bản công bố của cùng thủ tục ghi thời hạn giải quyết khác nhau (khác số hoặc khác đơn vị: ngày, ngày làm việc).',
  words: {
    label: 'Thời hạn giải quyết không thống nhất',
    reason:
      'Cùng một thủ tục trong tỉnh nên có cùng thời hạn; người dân được nộp hồ sơ ở bất kỳ nơi nào trong tỉnh (Nghị định 118/2025/NĐ-CP).',
    action: 'Thống nhất thời hạn giải quyết theo mức ngắn nhất đã công bố trong tỉnh.',
  },
  run({ catalogue }, groups) {
    const findings: RawFinding<TimeMismatchEvidence>[] = [];
    for (const [code, records] of groups.byCode) {
      if (records.length < 2) continue;
      const days = new Map<string, string>();
      const texts = new Map<string, string>();
      const evidence: Record<string, ShownTime> = {};
      for (const record of records) {
        const time = generalChannel(record).time;
        if (time.kind !== 'duration') continue;
        days.set(
          record.id,
          time.duration.unit === 'same_day' ? 'same_day' : `${time.duration.value} ${time.duration.unit}`,
        );
        texts.set(record.id, timeText(time));
        evidence[record.id] = { ...time.duration, text: time.text };
      }
      if (new Set(days.values()).size < 2) continue;
      findings.push({
        rule: this.id,
        severity: this.severity,
        code,
        records: [...days.keys()],
        field: 'processing_time',
        message: `Thời hạn giải quyết khác nhau giữa các bản công bố: ${byRecordValue(catalogue, texts, (t) => t)}.`,
        evidence,
      });
    }
    return findings;
  },
};
