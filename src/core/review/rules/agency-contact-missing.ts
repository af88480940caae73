import type { RawFinding, Rule } from '../finding.ts';

/**
 * An agency entry that citizens are sent to has no address or no phone. One finding per entry, whatever the
 * number of records using it: the fix is one line of agencies.yaml. A generic commune-level body ("Ủy ban nhân
 * dân xã, phường": level xa, no locality) stands for 95 offices and cannot have one address; each commune's own
 * entry can.
 */
export const agencyContactMissing: Rule = {
  id: 'agency-contact-missing',
  severity: 'warning',
  description: 'Cơ quan mà bản công bố hướng người dân đến chưa có địa chỉ hoặc số điện thoại (mỗi cơ quan một phát hiện).',
  words: {
    label: 'Cơ quan thiếu địa chỉ, điện thoại',
    reason: 'Người dân cần biết nộp hồ sơ ở đâu, liên hệ thế nào; địa chỉ cơ quan tiếp nhận là thông tin phải công khai (Nghị định 63/2010/NĐ-CP, Điều 8).',
    action: 'Bổ sung địa chỉ, số điện thoại của cơ quan (có nguồn) vào danh mục cơ quan.',
  },
  run({ catalogue }) {
    const users = new Map<string, string[]>();
    for (const record of catalogue.records) {
      for (const id of new Set([record.data.agency, ...(record.data.desks ?? [])])) users.set(id, [...(users.get(id) ?? []), record.id]);
    }
    const findings: RawFinding[] = [];
    for (const [id, records] of [...users].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const agency = catalogue.agencies.get(id);
      // A commune-level body without a locality is a kind of office (one in each of 95 communes), not an office.
      if (!agency || (agency.level !== undefined && agency.level !== 'tinh' && agency.locality === undefined)) continue;
      const missing = [(agency.address ?? '').trim() === '' ? 'địa chỉ' : '', (agency.phone ?? '').trim() === '' ? 'số điện thoại' : ''].filter(Boolean);
      if (missing.length === 0) continue;
      findings.push({
        rule: this.id,
        severity: this.severity,
        records,
        keyOwner: `agency/${id}`,
        field: 'contact',
        message: `${agency.name} chưa có ${missing.join(' và ')} (${records.length} thủ tục hướng người dân đến cơ quan này).`,
        evidence: { agency: { id, name: agency.name, address: agency.address ?? null, phone: agency.phone ?? null } },
      });
    }
    return findings;
  },
};
