import type { DocumentRequirement, DocumentType } from '../../schema/index.ts';
import { foldVietnamese } from '../../text/fold.ts';
import type { RawFinding, Rule } from '../finding.ts';
import { identifyDocument } from '../match-vocabulary.ts';
import { allRecords, recordFinding } from '../rule-helpers.ts';
import { reviewViews } from '../views.ts';

// A fallback clause: the paper is asked for only when the agency cannot look the data up (Resolution 66.7/2025),
// or is not needed once the data is found ("... thì không phải xuất trình"). National records write it in the name.
const FALLBACK = new RegExp(
  [
    'không (?:thể )?(?:khai thác|tra cứu|kết nối|xác minh)',
    'chưa (?:được )?(?:cập nhật|kết nối|khai thác|đưa vào vận hành|vận hành)',
    'không có (?:thông tin|dữ liệu) trong cơ sở dữ liệu',
    'thì không phải (?:xuất trình|nộp|cung cấp)',
  ].join('|'),
  'u',
);

const isFallback = (r: DocumentRequirement) => FALLBACK.test(foldVietnamese(`${r.name} ${r.when ?? ''} ${r.note ?? ''}`));

/**
 * A required document whose data the state holds (documents.yaml `held_by_state`): the agency should look it
 * up. A requirement limited to the case where lookup fails is allowed.
 */
export const stateHeldDocument: Rule = {
  id: 'state-held-document',
  severity: 'warning',
  description: 'Thành phần hồ sơ là giấy tờ mà dữ liệu đã có trong cơ sở dữ liệu nhà nước: cơ quan phải tự khai thác, không yêu cầu người dân nộp (trừ khi không khai thác được).',
  words: {
    label: 'Giấy tờ nhà nước đã có dữ liệu',
    reason: 'Không yêu cầu người dân nộp thông tin cơ quan nhà nước đã quản lý hoặc được chia sẻ (Nghị định 45/2020/NĐ-CP, Điều 4; Nghị quyết 66.7/2025/NQ-CP).',
    action: 'Bỏ yêu cầu nộp giấy tờ; cơ quan khai thác cơ sở dữ liệu, chỉ yêu cầu giấy tờ khi không khai thác được.',
  },
  run({ catalogue }) {
    const { vocabulary } = reviewViews(catalogue);
    const findings: RawFinding[] = [];
    for (const record of allRecords(catalogue)) {
      const hits = new Map<string, { type: DocumentType; requirements: DocumentRequirement[] }>();
      for (const requirement of record.data.documents) {
        const type = identifyDocument(requirement, vocabulary);
        if (!type?.held_by_state || isFallback(requirement)) continue;
        const hit = hits.get(type.id) ?? { type, requirements: [] };
        hit.requirements.push(requirement);
        hits.set(type.id, hit);
      }
      for (const { type, requirements } of hits.values()) {
        findings.push(recordFinding(this, record, {
          field: 'documents',
          subject: type.id,
          message: `${record.id} yêu cầu "${requirements[0]!.name}" (${type.name}) dù dữ liệu đã có trong cơ sở dữ liệu nhà nước.${type.note ? ` ${type.note}` : ''}`,
          evidence: { [record.id]: requirements.map(({ name, form, when }) => ({ name, form, ...(when ? { when } : {}) })) },
        }));
      }
    }
    return findings;
  },
};
