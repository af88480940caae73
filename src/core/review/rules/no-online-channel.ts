import type { RawFinding, Rule } from '../finding.ts';
import { listNames } from '../format.ts';
import { allRecords, betweenStateBodies } from '../rule-helpers.ts';
import { recordName } from '../names.ts';
import type { Channels } from '../../schema/index.ts';

/** The record's online level; `full`: the records of its code already fully online, when that is the point. */
export interface NoOnlineChannelEvidence {
  readonly [recordId: string]: Channels['online'] | string[] | undefined;
  readonly full?: string[];
}

/**
 * Online is `none`, or `partial` where another record of the group (its baseline included) is `full`. A published
 * record is not flagged for having no online channel where its national version has none either.
 */
export const noOnlineChannel: Rule<'no-online-channel', NoOnlineChannelEvidence> = {
  id: 'no-online-channel',
  severity: 'info',
  description:
    'Thủ tục chưa có dịch vụ công trực tuyến, hoặc chỉ trực tuyến một phần trong khi bản công bố khác của cùng thủ tục đã trực tuyến toàn trình.',
  words: {
    label: 'Chưa có dịch vụ công trực tuyến toàn trình',
    reason:
      'Cung cấp dịch vụ công trực tuyến toàn trình để người dân không phải đi lại (Nghị quyết 66/NQ-CP năm 2025).',
    action: 'Cung cấp dịch vụ công trực tuyến toàn trình.',
  },
  run({ catalogue }, groups) {
    // Per code, the records (baseline included) already fully online: computed once, not once per record.
    const fullByCode = new Map<string, string[]>();
    const fullOf = (code: string) => {
      let ids = fullByCode.get(code);
      if (!ids) {
        ids = [catalogue.nationalByCode.get(code), ...(groups.byCode.get(code) ?? [])]
          .filter((p) => p !== undefined && p.data.channels.online === 'full')
          .map((p) => p!.id);
        fullByCode.set(code, ids);
      }
      return ids;
    };
    const findings: RawFinding<NoOnlineChannelEvidence>[] = [];
    for (const record of allRecords(catalogue)) {
      // An internal procedure (only officials apply) brings nothing online to a citizen.
      if (betweenStateBodies(record)) continue;
      const { online } = record.data.channels;
      const code = record.data.code;
      const base = { rule: this.id, severity: this.severity, ...(code ? { code } : {}), field: 'channels.online' };
      if (online === 'none') {
        // The national version has none either (certifying a paper original or a signature needs the person there):
        // nothing the province can change; the national record's own finding says it.
        if (
          record.kind === 'published' &&
          code !== undefined &&
          catalogue.nationalByCode.get(code)?.data.channels.online === 'none'
        )
          continue;
        findings.push({
          ...base,
          records: [record.id],
          message: `${recordName(catalogue, record)} chưa có dịch vụ công trực tuyến.`,
          evidence: { [record.id]: online },
        });
        continue;
      }
      if (online !== 'partial' || code === undefined) continue;
      const ids = fullOf(code);
      if (ids.length === 0) continue;
      findings.push({
        ...base,
        records: [record.id],
        message: `${recordName(catalogue, record)} chỉ trực tuyến một phần, trong khi ${listNames(catalogue, ids)} đã trực tuyến toàn trình.`,
        evidence: { [record.id]: online, full: ids },
      });
    }
    return findings;
  },
};
