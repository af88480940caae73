import type { RawFinding, Rule } from '../finding.ts';
import { byRecordValue } from '../format.ts';
import type { ByRecord } from '../evidence.ts';
import type { Channels } from '../../schema/index.ts';

const ONLINE_WORDS = {
  none: 'không có dịch vụ trực tuyến',
  partial: 'trực tuyến một phần',
  full: 'trực tuyến toàn trình',
} as const;

/** Per record: its online level (field `channels.online`) or whether it takes dossiers by post (`channels.postal`). */
export type ChannelMismatchEvidence = ByRecord<Channels['online'] | Channels['postal']>;

/** Within a group, the online level or postal availability differs. */
export const channelMismatch: Rule<'channel-mismatch', ChannelMismatchEvidence> = {
  id: 'channel-mismatch',
  severity: 'info',
  keyScope: 'group',
  description:
    'Các bản công bố của cùng thủ tục khác nhau về mức độ dịch vụ công trực tuyến hoặc về việc nhận hồ sơ qua bưu chính.',
  words: {
    label: 'Cách thức nộp không thống nhất',
    reason: 'Người dân ở mọi nơi trong tỉnh cần được nộp trực tuyến, qua bưu chính như nhau.',
    action: 'Cung cấp cùng cách thức nộp (trực tuyến, bưu chính) ở mọi địa bàn.',
  },
  run({ catalogue }, groups) {
    const findings: RawFinding<ChannelMismatchEvidence>[] = [];
    for (const [code, records] of groups.byCode) {
      if (records.length < 2) continue;
      const ids = records.map((r) => r.id);
      const online = new Map(records.map((r) => [r.id, r.data.channels.online]));
      if (new Set(online.values()).size > 1) {
        findings.push({
          rule: this.id,
          severity: this.severity,
          code,
          records: ids,
          field: 'channels.online',
          message: `Mức độ trực tuyến khác nhau: ${byRecordValue(catalogue, online, (v) => ONLINE_WORDS[v])}.`,
          evidence: Object.fromEntries(online),
        });
      }
      const postal = new Map(records.map((r) => [r.id, r.data.channels.postal]));
      if (new Set(postal.values()).size > 1) {
        findings.push({
          rule: this.id,
          severity: this.severity,
          code,
          records: ids,
          field: 'channels.postal',
          message: `Nhận hồ sơ qua bưu chính khác nhau: ${byRecordValue(catalogue, postal, (v) => (v ? 'có' : 'không'))}.`,
          evidence: Object.fromEntries(postal),
        });
      }
    }
    return findings;
  },
};
