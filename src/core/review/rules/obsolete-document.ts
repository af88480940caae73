import type { AnyRecord } from '../../catalogue/types.ts';
import type { DocumentRequirement, DocumentType } from '../../schema/index.ts';
import type { RawFinding, Rule } from '../finding.ts';
import { quote } from '../format.ts';
import { formatDate } from '../../words/format.ts';
import { allRecords, legalLabel, recordFinding } from '../rule-helpers.ts';
import { reviewViews } from '../views.ts';
import { recordName } from '../names.ts';
import { foldVietnamese } from '../../text/fold.ts';
import { isFallback } from '../../documents/conditions.ts';
import type { ByRecord } from '../evidence.ts';

// A list of old papers that carry facts (name, date of birth, nationality): an expired paper still proves them.
const EVIDENCE_OF_FACTS =
  /ngày, tháng, năm sinh|thông tin về họ|quốc tịch việt nam|có giá trị chứng minh quốc tịch|nguồn gốc/u;

/** Titles of the legal texts a national record cites as {number, title}: mentions inside them are not requirements. */
function citedTitles(record: AnyRecord): string[] {
  return record.data.legal_basis.flatMap((ref) => (typeof ref === 'string' ? [] : [ref.title]));
}

/** Per record: the names of the requirements that ask for the obsolete paper. */
export type ObsoleteDocumentEvidence = ByRecord<string[]>;

/**
 * A required document that documents.yaml marks obsolete on or before the report date, named as the
 * document itself (an error) or among valid alternatives inside its name ("CMND/CCCD": a warning), never
 * inside a cited legal title. Not flagged: a paper asked for only when the data cannot be looked up, and a list
 * of old papers that prove facts (date of birth, nationality), which an expired paper still proves.
 */
export const obsoleteDocument: Rule<'obsolete-document', ObsoleteDocumentEvidence> = {
  id: 'obsolete-document',
  severity: 'error',
  description:
    'Thành phần hồ sơ là giấy tờ đã bị bãi bỏ (ví dụ sổ hộ khẩu, sổ tạm trú hết giá trị từ 01/01/2023; chứng minh nhân dân từ 01/01/2025).',
  words: {
    label: 'Giấy tờ đã bãi bỏ',
    reason:
      'Giấy tờ đã hết giá trị sử dụng (ví dụ sổ hộ khẩu từ 01/01/2023, Luật Cư trú 2020, Điều 38); cơ quan khai thác Cơ sở dữ liệu quốc gia về dân cư.',
    action: 'Bỏ yêu cầu giấy tờ đã bãi bỏ; cơ quan tự khai thác dữ liệu.',
  },
  run({ catalogue, today }) {
    const { documents } = reviewViews(catalogue);
    const findings: RawFinding<ObsoleteDocumentEvidence>[] = [];
    for (const record of allRecords(catalogue)) {
      const titles = citedTitles(record);
      const title = foldVietnamese(record.data.title);
      const hits = new Map<string, { type: DocumentType; requirements: DocumentRequirement[] }>();
      for (const requirement of record.data.documents) {
        // Asked for only when the agency cannot look the data up: no one is sent for an invalid paper.
        if (isFallback(requirement)) continue;
        for (const type of documents.obsoleteMentions(requirement, titles)) {
          if (!type.obsolete || type.obsolete.since > today) continue;
          // A procedure about the old paper itself ("Xác nhận số Chứng minh nhân dân 9 số"): it is the evidence.
          if ([type.name, ...(type.aliases ?? [])].some((n) => n.length > 4 && title.includes(foldVietnamese(n))))
            continue;
          const hit = hits.get(type.id) ?? { type, requirements: [] };
          hit.requirements.push(requirement);
          hits.set(type.id, hit);
        }
      }
      for (const { type, requirements } of hits.values()) {
        const { since, basis, note } = type.obsolete!;
        // The requirement is the obsolete paper itself, or names it among others ("CMND hoặc CCCD").
        const itself = requirements.some((r) => documents.identify(r).type?.id === type.id);
        if (!itself && requirements.every((r) => EVIDENCE_OF_FACTS.test(foldVietnamese(r.name)))) continue;
        const what = itself
          ? `yêu cầu ${quote(requirements[0]!.name, 120)}`
          : `còn nêu ${type.name} trong ${quote(requirements[0]!.name, 120)}`;
        findings.push(
          recordFinding({ id: this.id, severity: itself ? 'error' : 'warning' }, record, {
            field: 'documents',
            subject: type.id,
            message:
              `${recordName(catalogue, record)} ${what}: ${type.name} đã hết giá trị từ ${formatDate(since)}` +
              `${basis ? ` (${legalLabel(catalogue, basis)})` : ''}.${note ? ` ${note}` : ''}`,
            evidence: { [record.id]: requirements.map((r) => r.name) },
          }),
        );
      }
    }
    return findings;
  },
};
