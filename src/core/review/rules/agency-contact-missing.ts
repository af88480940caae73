import type { RawFinding, Rule } from '../finding.ts';

/**
 * The agency entry, not a record: its address and phone as listed (null when missing), or, for a kind of office
 * (one in every commune), how many communes there are and how many of their own entries have an address.
 */
export type AgencyContactMissingEvidence = Readonly<{
  agency:
    | { id: string; name: string; address: string | null; phone: string | null }
    | { id: string; name: string; communes: number; with_contact: number };
}>;

/**
 * An agency entry that citizens are sent to has no address or no phone (a warning). One finding per entry,
 * whatever the number of records using it: the fix is one line of agencies.yaml. A generic commune-level body
 * ("Ủy ban nhân dân xã, phường": level xa, no locality) stands for 95 offices and cannot have one address: it
 * gets one info finding while the communes' own entries with an address are fewer than the communes.
 */
export const agencyContactMissing: Rule<'agency-contact-missing', AgencyContactMissingEvidence> = {
  id: 'agency-contact-missing',
  severity: 'warning',
  description:
    'Cơ quan mà bản công bố hướng người dân đến chưa có địa chỉ hoặc số điện thoại (mỗi cơ quan một phát hiện).',
  words: {
    label: 'Cơ quan thiếu địa chỉ, điện thoại',
    reason:
      'Người dân cần biết nộp hồ sơ ở đâu, liên hệ thế nào; địa chỉ cơ quan tiếp nhận là thông tin phải công khai (Nghị định 63/2010/NĐ-CP, Điều 8).',
    action: 'Bổ sung địa chỉ, số điện thoại của cơ quan (có nguồn) vào danh mục cơ quan.',
  },
  run({ catalogue, today }) {
    const users = new Map<string, string[]>();
    // Where a citizen goes: the desks where they file, else the agency itself.
    const filing = new Map<string, string[]>();
    for (const record of catalogue.records) {
      for (const id of new Set([record.data.agency, ...(record.data.desks ?? [])]))
        users.set(id, [...(users.get(id) ?? []), record.id]);
      for (const id of record.data.desks?.length ? record.data.desks : [record.data.agency])
        filing.set(id, [...(filing.get(id) ?? []), record.id]);
    }
    const findings: RawFinding<AgencyContactMissingEvidence>[] = [];
    for (const [id, records] of [...users].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const agency = catalogue.agencies.get(id);
      if (!agency) continue;
      // A commune-level body without a locality is a kind of office (one in each commune), not an office: it cannot
      // have one address; what is missing is each commune's own entry, a lighter finding on the kind.
      const kind = agency.level !== undefined && agency.level !== 'tinh' && agency.locality === undefined;
      // Citizens file at the one-stop centre of every record using this body: its addresses are the ones to publish.
      if (kind && !filing.has(id)) continue;
      if (kind) {
        const own = [...catalogue.agencies.values()].filter(
          (a) =>
            a.locality !== undefined &&
            (a.address ?? '').trim() !== '' &&
            a.name.startsWith(agency.name.split(' xã')[0]!),
        ).length;
        const communes = [...catalogue.localities.values()].filter(
          (l) => l.kind === 'commune' && (l.until === undefined || l.until > today),
        ).length;
        if (communes > 0 && own >= communes) continue;
        findings.push({
          rule: this.id,
          severity: 'info',
          records,
          keyOwner: `agency/${id}`,
          field: 'agency',
          message: `${agency.name} là cơ quan chung của ${communes} xã, phường: chưa có địa chỉ, số điện thoại của từng nơi (${own} nơi có), nên người dân không biết nộp hồ sơ ở đâu (${records.length} thủ tục).`,
          evidence: { agency: { id, name: agency.name, communes, with_contact: own } },
        });
        continue;
      }
      const missing = [
        (agency.address ?? '').trim() === '' ? 'địa chỉ' : '',
        (agency.phone ?? '').trim() === '' ? 'số điện thoại' : '',
      ].filter(Boolean);
      if (missing.length === 0) continue;
      findings.push({
        rule: this.id,
        severity: this.severity,
        records,
        keyOwner: `agency/${id}`,
        field: 'agency',
        message: `${agency.name} chưa có ${missing.join(' và ')} (${records.length} thủ tục hướng người dân đến cơ quan này).`,
        evidence: { agency: { id, name: agency.name, address: agency.address ?? null, phone: agency.phone ?? null } },
      });
    }
    return findings;
  },
};
