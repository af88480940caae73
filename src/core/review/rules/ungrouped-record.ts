import type { RawFinding, Rule } from '../finding.ts';
import { recordName } from '../names.ts';

/** A published record without `code`: it cannot be compared with a baseline or with other localities. */
export const ungroupedRecord: Rule = {
  id: 'ungrouped-record',
  severity: 'info',
  description: 'Bản công bố không có mã thủ tục quốc gia (code) nên không so sánh được với bản quốc gia và các địa phương khác.',
  words: {
    label: 'Chưa có mã thủ tục',
    reason: 'Không có mã thủ tục quốc gia thì không so sánh được với bản quốc gia và các bản khác.',
    action: 'Gắn mã thủ tục quốc gia, hoặc xác định là thủ tục đặc thù của tỉnh.',
  },
  run({ catalogue }, groups) {
    return groups.ungrouped.map((record): RawFinding => ({
      rule: this.id,
      severity: this.severity,
      records: [record.id],
      field: 'code',
      message: `${recordName(catalogue, record)} chưa có mã thủ tục quốc gia.`,
      evidence: { [record.id]: { title: record.data.title, local_code: record.data.local_code ?? null } },
    }));
  },
};
