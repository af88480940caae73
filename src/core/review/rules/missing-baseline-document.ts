import type { RawFinding, Rule } from '../finding.ts';
import { foldVietnamese } from '../../text/fold.ts';
import { groupsOf } from '../groups.ts';
import { nationalName, recordName } from '../names.ts';
import { reviewViews } from '../views.ts';
import { shownDocument, type ByRecord, type ShownDocument } from '../evidence.ts';

/**
 * The baseline requires a document that a record of its group does not list: the province's dossier is shorter
 * than the law's, so a citizen following it is turned away or the list hides a case. A baseline row counts as
 * listed when it lands in the same document slot as one of the record's, or when its paper is named inside one
 * of the record's requirements (or the other way round). One finding per document. The national notes' rule for a
 * postal dossier (certified copies of the papers otherwise shown) counts as a paper of that channel.
 */
// The national notes often say what a postal dossier must enclose ("Trường hợp gửi hồ sơ qua hệ thống bưu chính thì
// phải gửi kèm theo bản sao có chứng thực các giấy tờ phải xuất trình"): a paper of that channel, outside the table.
const POSTAL_NOTE = /^[-*]\s*(trường hợp gửi hồ sơ qua (?:hệ thống )?bưu chính[^\n]*bản sao có chứng thực[^\n]*)$/imu;
const POSTAL = /bưu chính[^.;]{0,80}chứng thực|chứng thực[^.;]{0,80}bưu chính/u;

/** The sentence of a national record's notes on what a postal dossier encloses, if any. */
function postalCopies(body: string): string | undefined {
  return POSTAL_NOTE.exec(body)?.[1]?.trim();
}

/** The baseline's rows of the paper (or its clause on postal filing); null for the record that lacks it. */
export type MissingBaselineDocumentEvidence = ByRecord<ShownDocument[] | string | null>;

export const missingBaselineDocument: Rule<'missing-baseline-document', MissingBaselineDocumentEvidence> = {
  id: 'missing-baseline-document',
  severity: 'warning',
  description: 'Bản công bố thiếu giấy tờ mà bản quốc gia quy định (thành phần hồ sơ ngắn hơn quy định).',
  words: {
    label: 'Thiếu giấy tờ so với bản quốc gia',
    reason:
      'Thành phần hồ sơ công bố phải đúng, đủ theo quy định (Nghị định 63/2010/NĐ-CP, Điều 8); bỏ sót giấy tờ khiến người dân bị trả hồ sơ hoặc không biết trường hợp của mình.',
    action: 'Bổ sung giấy tờ còn thiếu theo bản quốc gia, ghi rõ trường hợp phải nộp.',
  },
  run({ catalogue }, groups) {
    const views = reviewViews(catalogue);
    const findings: RawFinding<MissingBaselineDocumentEvidence>[] = [];
    for (const { code, baseline, records } of groupsOf(catalogue, groups)) {
      if (!baseline) continue;
      for (const record of records) {
        const own = record.data.documents;
        if (own.length === 0) continue;
        const postal = postalCopies(baseline.body);
        if (
          postal &&
          record.data.channels.postal &&
          !POSTAL.test(
            foldVietnamese(`${record.body} ${own.map((r) => `${r.name} ${r.when ?? ''} ${r.note ?? ''}`).join(' ')}`),
          )
        ) {
          findings.push({
            rule: this.id,
            severity: this.severity,
            code,
            records: [baseline.id, record.id],
            field: 'documents',
            subject: 'ban-sao-chung-thuc-khi-gui-qua-buu-chinh',
            message: `${recordName(catalogue, record)} nhận hồ sơ qua bưu chính nhưng không nêu điều ${nationalName(code)} quy định: "${postal}".`,
            evidence: { [baseline.id]: postal, [record.id]: null },
          });
        }
        for (const slot of views.groupDocuments(code)) {
          const rows = slot.byRecord.get(baseline.id);
          if (!rows || slot.byRecord.has(record.id)) continue;
          const missing = rows.filter((row) => views.documents.namesAPaper(row) && !views.documents.namedIn(row, own));
          if (missing.length === 0) continue;
          const row = missing[0]!;
          findings.push({
            rule: this.id,
            severity: this.severity,
            code,
            records: [baseline.id, record.id],
            field: 'documents',
            subject: slot.subject,
            message: `${recordName(catalogue, record)} không nêu giấy tờ mà ${nationalName(code)} quy định: "${row.name.length > 160 ? `${row.name.slice(0, 159)}…` : row.name}"${row.when ? ` (${row.when})` : ''}.`,
            evidence: {
              [baseline.id]: missing.map(shownDocument),
              [record.id]: null,
            },
          });
        }
      }
    }
    return findings;
  },
};
