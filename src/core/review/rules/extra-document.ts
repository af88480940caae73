import { SAME_PAPER_COVERAGE } from '../../documents/names.ts';
import type { RawFinding, Rule } from '../finding.ts';
import { groupsOf } from '../groups.ts';
import { nationalName, recordName } from '../names.ts';
import { reviewViews } from '../views.ts';
import { shownDocument, type ByRecord, type ShownDocument } from '../evidence.ts';

/** The record's requirements of the paper; for the baseline, its closest row and how much of the name it contains. */
export type ExtraDocumentEvidence = ByRecord<ShownDocument[] | { closest_row: string | null; coverage: number }>;

/**
 * A record requires a document its baseline does not list. A baseline row that contains the paper inside a
 * longer sentence (a case clause, a fallback "thì công dân xuất trình …") lists it. Skipped when the baseline
 * lists no documents at all: missing-information reports that. The evidence always shows the closest baseline
 * row and how much of the name it contains.
 */
export const extraDocument: Rule<'extra-document', ExtraDocumentEvidence> = {
  id: 'extra-document',
  severity: 'error',
  description: 'Bản công bố yêu cầu giấy tờ mà bản quốc gia không quy định.',
  words: {
    label: 'Giấy tờ ngoài bản quốc gia',
    reason:
      'Không được yêu cầu giấy tờ ngoài quy định của pháp luật (tiêu chí hợp pháp khi rà soát thủ tục hành chính).',
    action: 'Bỏ giấy tờ không có trong bản quốc gia.',
  },
  run({ catalogue }, groups) {
    const views = reviewViews(catalogue);
    const findings: RawFinding<ExtraDocumentEvidence>[] = [];
    for (const { code, baseline, records } of groupsOf(catalogue, groups)) {
      if (!baseline || baseline.data.documents.length === 0) continue;
      const rows = baseline.data.documents;
      for (const slot of views.groupDocuments(code)) {
        if (slot.byRecord.has(baseline.id)) continue;
        for (const record of records) {
          const list = slot.byRecord.get(record.id);
          if (!list) continue;
          const closest = views.documents.closest(list[0]!, rows);
          if (closest && closest.coverage >= SAME_PAPER_COVERAGE) continue;
          findings.push({
            rule: this.id,
            severity: this.severity,
            code,
            records: [baseline.id, record.id],
            field: 'documents',
            subject: slot.subject,
            message:
              `${recordName(catalogue, record)} yêu cầu "${list[0]!.name}" nhưng ${nationalName(code)} không quy định giấy tờ này` +
              (closest && closest.coverage > 0
                ? ` (dòng gần nhất: "${closest.row.name.slice(0, 120)}${closest.row.name.length > 120 ? '…' : ''}").`
                : '.'),
            evidence: {
              [record.id]: list.map(shownDocument),
              [baseline.id]: { closest_row: closest?.row.name ?? null, coverage: closest?.coverage ?? 0 },
            },
          });
        }
      }
    }
    return findings;
  },
};
