import type { DocumentRequirement, DocumentType } from '../../schema/index.ts';
import { foldVietnamese } from '../../text/fold.ts';
import { isFallback } from '../../documents/conditions.ts';
import type { RawFinding, Rule } from '../finding.ts';
import { allRecords, recordFinding } from '../rule-helpers.ts';
import { reviewViews } from '../views.ts';
import { recordName } from '../names.ts';
import { shownDocument, type ByRecord, type ShownDocument } from '../evidence.ts';

// A paper handed back so that it is withdrawn ("Giấy xác nhận tình trạng hôn nhân đã được cấp trước đó", "nộp lại",
// "bản gốc Giấy chứng nhận đã cấp"): a database lookup cannot withdraw a paper.
const SURRENDERED =
  /(?:nộp lại|thu hồi|đã được cấp trước đó|đã cấp trước đây|đã cấp trước đó|giấy chứng nhận đã cấp|bản gốc)/u;
const isSurrendered = (r: DocumentRequirement) =>
  SURRENDERED.test(foldVietnamese(`${r.name} ${r.when ?? ''} ${r.note ?? ''}`));

// Issued abroad (a foreign adopter's marriage certificate): not in a Vietnamese database.
const ABROAD = /nước ngoài cấp|cơ quan có thẩm quyền (?:của )?nước ngoài|ở nước ngoài/u;
// Re-registering a birth or death exists because the register entry is lost: the old paper rebuilds it.
const REREGISTRATION = /^đăng ký lại/u;

// Showing an identity paper at the desk proves who is there; it is not a demand for data the state holds.
const IDENTITY = new Set(['can-cuoc', 'giay-to-tuy-than', 'ho-chieu']);
// Only a copy of an identity paper is a demand for data; showing it (or handing the card over to be updated) proves
// who is there (national 1.014059).
const notACopy = (r: DocumentRequirement) =>
  (Array.isArray(r.form) ? r.form : [r.form]).every((f) => f === 'present' || f === 'original' || f === 'electronic');
// Procedures with a foreign element: the papers of a person abroad are not in a Vietnamese database.
const FOREIGN = /yếu tố nước ngoài|người nước ngoài|ở nước ngoài/u;

/** Per record: the requirements of the paper the state already holds. */
export type StateHeldDocumentEvidence = ByRecord<ShownDocument[]>;

/**
 * A required document whose data the state holds (documents.yaml `held_by_state`): the agency should look it
 * up. Allowed: a requirement limited to the case where lookup fails (or to a person without an identification
 * number), a paper handed back to be withdrawn, an identity paper only shown at the desk, a paper issued abroad,
 * and the old paper that rebuilds a lost register entry (đăng ký lại).
 */
export const stateHeldDocument: Rule<'state-held-document', StateHeldDocumentEvidence> = {
  id: 'state-held-document',
  severity: 'warning',
  description:
    'Thành phần hồ sơ là giấy tờ mà dữ liệu đã có trong cơ sở dữ liệu nhà nước: cơ quan phải tự khai thác, không yêu cầu người dân nộp (trừ khi không khai thác được).',
  words: {
    label: 'Giấy tờ nhà nước đã có dữ liệu',
    reason:
      'Không yêu cầu người dân nộp thông tin cơ quan nhà nước đã quản lý hoặc được chia sẻ (Nghị định 45/2020/NĐ-CP, Điều 4; Nghị quyết 66.7/2025/NQ-CP).',
    action: 'Bỏ yêu cầu nộp giấy tờ; cơ quan khai thác cơ sở dữ liệu, chỉ yêu cầu giấy tờ khi không khai thác được.',
  },
  run({ catalogue }) {
    const { documents } = reviewViews(catalogue);
    const findings: RawFinding<StateHeldDocumentEvidence>[] = [];
    for (const record of allRecords(catalogue)) {
      const hits = new Map<string, { type: DocumentType; requirements: DocumentRequirement[] }>();
      if (REREGISTRATION.test(foldVietnamese(record.data.title)) || FOREIGN.test(foldVietnamese(record.data.title)))
        continue;
      const replaced = record.data.steps
        .map((step) => foldVietnamese(step))
        .filter((step) => /thông tin trên|khai thác|tra cứu/u.test(step) && /thay thế/u.test(step));
      for (const requirement of record.data.documents) {
        if (ABROAD.test(foldVietnamese(`${requirement.name} ${requirement.when ?? ''}`))) continue;
        const type = documents.identify(requirement).type;
        if (!type?.held_by_state || isFallback(requirement) || isSurrendered(requirement)) continue;
        if (IDENTITY.has(type.id) && notACopy(requirement)) continue;
        // A step says the agency uses database data "để thay thế" this paper (2.001263): the paper is the fallback.
        if (replaced.some((step) => [type.name, ...(type.aliases ?? [])].some((n) => step.includes(foldVietnamese(n)))))
          continue;
        const hit = hits.get(type.id) ?? { type, requirements: [] };
        hit.requirements.push(requirement);
        hits.set(type.id, hit);
      }
      for (const { type, requirements } of hits.values()) {
        findings.push(
          recordFinding(this, record, {
            field: 'documents',
            subject: type.id,
            message: `${recordName(catalogue, record)} yêu cầu "${requirements[0]!.name}" (${type.name}) dù dữ liệu đã có trong cơ sở dữ liệu nhà nước.${type.note ? ` ${type.note}` : ''}`,
            evidence: {
              [record.id]: requirements.map(shownDocument),
            },
          }),
        );
      }
    }
    return findings;
  },
};
