import { formatVnd } from '../../money/format-vnd.ts';
import type { RawFinding, Rule } from '../finding.ts';
import { effectiveChannels } from '../effective-channels.ts';
import { timeText } from '../format.ts';
import { suspectAmount, totalAmount } from '../fees.ts';
import { recordName } from '../names.ts';
import type { ByRecord } from '../evidence.ts';

/** Per record: online against in person, in working days (field `…processing_time`) or VND (`…fees`). */
export type OnlinePenaltyEvidence = ByRecord<{ online: number; in_person: number }>;

/**
 * Online takes longer or costs more than in person (Decree 45/2020, Art. 4: e-procedures must not add
 * burden). Only the province's own records offering both channels: in the national table the per-channel rows
 * are mostly cases (12 days, +10 in difficult communes; cash at the counter or a transfer) or different fee items
 * (the publication fee online, the registration fee at the desk), so a national row is no channel's price.
 * Suspect amounts (under 1.000 đ) are never compared.
 */
export const onlinePenalty: Rule<'online-penalty', OnlinePenaltyEvidence> = {
  id: 'online-penalty',
  severity: 'warning',
  description: 'Nộp trực tuyến lâu hơn hoặc tốn phí hơn nộp trực tiếp, trái Nghị định 45/2020/NĐ-CP.',
  words: {
    label: 'Trực tuyến chậm hơn hoặc đắt hơn',
    reason:
      'Thực hiện thủ tục trên môi trường điện tử không được làm tăng phí, lệ phí hay thời hạn (Nghị định 45/2020/NĐ-CP, Điều 4).',
    action: 'Bảo đảm nộp trực tuyến không chậm hơn, không đắt hơn nộp trực tiếp.',
  },
  run({ catalogue }) {
    const findings: RawFinding<OnlinePenaltyEvidence>[] = [];
    for (const record of catalogue.records) {
      const { online, in_person: desk } = effectiveChannels(record);
      if (!online.offered || !desk.offered) continue;
      const base = {
        rule: this.id,
        severity: this.severity,
        ...(record.data.code ? { code: record.data.code } : {}),
        records: [record.id],
      };
      if (
        (online.overrides.time || desk.overrides.time) &&
        online.time.kind === 'duration' &&
        desk.time.kind === 'duration' &&
        online.time.workingDays > desk.time.workingDays + 1e-9
      ) {
        findings.push({
          ...base,
          field: 'by_channel.online.processing_time',
          message: `${recordName(catalogue, record)}: nộp trực tuyến mất ${timeText(online.time)}, lâu hơn nộp trực tiếp (${timeText(desk.time)}).`,
          evidence: { [record.id]: { online: online.time.workingDays, in_person: desk.time.workingDays } },
        });
      }
      if ((online.overrides.fees || desk.overrides.fees) && ![...online.fees, ...desk.fees].some(suspectAmount)) {
        const onlineTotal = totalAmount(online.fees);
        const deskTotal = totalAmount(desk.fees);
        if (onlineTotal > deskTotal) {
          findings.push({
            ...base,
            field: 'by_channel.online.fees',
            message: `${recordName(catalogue, record)}: nộp trực tuyến phải trả ${formatVnd(onlineTotal)}, nhiều hơn nộp trực tiếp (${formatVnd(deskTotal)}).`,
            evidence: { [record.id]: { online: onlineTotal, in_person: deskTotal } },
          });
        }
      }
    }
    return findings;
  },
};
