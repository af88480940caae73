import type { AnyRecord, TimeReading } from '../../catalogue/types.ts';
import { CHANNEL_IDS } from '../../schema/index.ts';
import type { RawFinding, Rule } from '../finding.ts';
import { effectiveChannels } from '../effective-channels.ts';
import { CHANNEL_WORDS } from '../../words/vocabulary.ts';
import { quote } from '../format.ts';
import { allRecords, recordFinding } from '../rule-helpers.ts';
import { recordName } from '../names.ts';
import type { ByRecord } from '../evidence.ts';

const WHY = {
  no_unit: 'chỉ có con số, không có đơn vị (ngày làm việc, ngày hay giờ?)',
  no_information: 'ghi "không có thông tin"',
  unreadable: 'không đọc được thành một thời hạn',
} as const;

/** Per record: the time as written and why it cannot be read. */
export type AmbiguousTimeEvidence = ByRecord<{ text: string; reason: 'no_unit' | 'no_information' | 'unreadable' }>;

/** A time with no unit, "Không có thông tin", or unreadable text; national records included (an empty time is missing-information). */
export const ambiguousTime: Rule<'ambiguous-time', AmbiguousTimeEvidence> = {
  id: 'ambiguous-time',
  severity: 'warning',
  description:
    'Thời hạn giải quyết không rõ: chỉ có con số không có đơn vị ("1"), ghi "Không có thông tin", hoặc không đọc được thành số ngày.',
  words: {
    label: 'Thời hạn không rõ',
    reason: 'Thời hạn giải quyết là bộ phận bắt buộc của thủ tục và phải rõ ràng (Nghị định 63/2010/NĐ-CP, Điều 8).',
    action: 'Ghi rõ thời hạn giải quyết bằng ngày làm việc.',
  },
  run({ catalogue }) {
    const findings: RawFinding<AmbiguousTimeEvidence>[] = [];
    const report = (record: AnyRecord, time: TimeReading, field: string, where: string) => {
      if (time.kind !== 'unreadable' || time.reason === 'empty') return;
      findings.push(
        recordFinding(this, record, {
          field,
          message: `Thời hạn${where} của ${recordName(catalogue, record)} ${quote(time.text)} ${WHY[time.reason]}.`,
          evidence: { [record.id]: { text: time.text, reason: time.reason } },
        }),
      );
    };
    for (const record of allRecords(catalogue)) {
      // "Không có thông tin" on every channel: nothing is published, missing-information's (an error).
      const offered = Object.values(effectiveChannels(record)).filter((v) => v.offered);
      if (
        offered.length > 0 &&
        offered.every((v) => v.time.kind === 'unreadable' && v.time.reason === 'no_information')
      )
        continue;
      report(record, record.time, 'processing_time', '');
      const views = effectiveChannels(record);
      for (const channel of CHANNEL_IDS) {
        if (views[channel].overrides.time)
          report(record, views[channel].time, `by_channel.${channel}.processing_time`, ` (${CHANNEL_WORDS[channel]})`);
      }
    }
    return findings;
  },
};
