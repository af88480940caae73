import type { RawFinding, Rule } from '../finding.ts';
import { groupsOf } from '../groups.ts';
import { reviewViews } from '../views.ts';

/**
 * A record requires a document its baseline does not list. Skipped when the baseline lists no documents at
 * all: missing-information reports that, and every document would otherwise look extra.
 */
export const extraDocument: Rule = {
  id: 'extra-document',
  severity: 'error',
  description: 'Bản công bố yêu cầu giấy tờ mà bản quốc gia không quy định.',
  words: {
    label: 'Giấy tờ ngoài bản quốc gia',
    reason: 'Không được yêu cầu giấy tờ ngoài quy định của pháp luật (tiêu chí hợp pháp khi rà soát thủ tục hành chính).',
    action: 'Bỏ giấy tờ không có trong bản quốc gia.',
  },
  run({ catalogue }, groups) {
    const views = reviewViews(catalogue);
    const findings: RawFinding[] = [];
    for (const { code, baseline, records } of groupsOf(catalogue, groups)) {
      if (!baseline || baseline.data.documents.length === 0) continue;
      for (const slot of views.groupDocuments(code)) {
        if (slot.byRecord.has(baseline.id)) continue;
        for (const record of records) {
          const list = slot.byRecord.get(record.id);
          if (!list) continue;
          findings.push({
            rule: this.id,
            severity: this.severity,
            code,
            records: [baseline.id, record.id],
            field: 'documents',
            subject: slot.subject,
            message: `${record.id} yêu cầu "${list[0]!.name}" nhưng bản quốc gia ${baseline.id} không quy định giấy tờ này.`,
            evidence: { [record.id]: list.map(({ name, form, when }) => ({ name, form, ...(when ? { when } : {}) })), [baseline.id]: null },
          });
        }
      }
    }
    return findings;
  },
};
