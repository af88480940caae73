import type { RawFinding, Rule } from '../finding.ts';
import { allRecords } from '../rule-helpers.ts';

/** Online is `none`, or `partial` where another record of the group (its baseline included) is `full`. */
export const noOnlineChannel: Rule = {
  id: 'no-online-channel',
  severity: 'info',
  description: 'Thủ tục chưa có dịch vụ công trực tuyến, hoặc chỉ trực tuyến một phần trong khi bản công bố khác của cùng thủ tục đã trực tuyến toàn trình.',
  run({ catalogue }, groups) {
    const findings: RawFinding[] = [];
    for (const record of allRecords(catalogue)) {
      const { online } = record.data.channels;
      const code = record.data.code;
      const base = { rule: this.id, severity: this.severity, ...(code ? { code } : {}), field: 'channels.online' };
      if (online === 'none') {
        findings.push({ ...base, records: [record.id], message: `${record.id} chưa có dịch vụ công trực tuyến.`, evidence: { [record.id]: online } });
        continue;
      }
      if (online !== 'partial' || code === undefined) continue;
      const peers = [catalogue.nationalByCode.get(code), ...(groups.byCode.get(code) ?? [])].filter(
        (p) => p !== undefined && p.id !== record.id && p.data.channels.online === 'full',
      );
      if (peers.length === 0) continue;
      const ids = peers.map((p) => p!.id);
      findings.push({
        ...base,
        records: [record.id],
        message: `${record.id} chỉ trực tuyến một phần, trong khi ${ids.slice(0, 3).join(', ')}${ids.length > 3 ? '…' : ''} đã trực tuyến toàn trình.`,
        evidence: { [record.id]: online, ...Object.fromEntries(ids.map((id) => [id, 'full'])) },
      });
    }
    return findings;
  },
};
