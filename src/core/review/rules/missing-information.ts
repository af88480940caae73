import { foldVietnamese } from '../../text/fold.ts';
import type { RawFinding, Rule } from '../finding.ts';
import { effectiveChannels } from '../effective-channels.ts';
import { allRecords, betweenStateBodies, recordFinding } from '../rule-helpers.ts';
import { recordName } from '../names.ts';
import type { ByRecord } from '../evidence.ts';
import type { Fee } from '../../schema/index.ts';
import { hasNameText } from '../../documents/names.ts';

const NO_INFORMATION = /^(?:không có thông tin|chưa có thông tin|không rõ)?$/u;

/**
 * Per record: the empty list (`[]`), the empty or unpublished text, the fees without information, or the document
 * rows that name no paper (their text and 1-based row).
 */
export type MissingInformationEvidence = ByRecord<
  [] | string | Pick<Fee, 'name' | 'note'>[] | { name: string; row: number }[]
>;

/**
 * Something Decree 63/2010 Art. 8 requires to be published is empty: documents, legal basis, steps, result,
 * the processing time (empty), a fee stated as "Không có thông tin". One finding per missing item. An agency's
 * missing address or phone is agency-contact-missing's: one finding per agency, not one per record using it.
 */
export const missingInformation: Rule<'missing-information', MissingInformationEvidence> = {
  id: 'missing-information',
  severity: 'error',
  description:
    'Thiếu thông tin bắt buộc phải công khai: thành phần hồ sơ, căn cứ pháp lý, trình tự, kết quả, thời hạn, phí.',
  words: {
    label: 'Thiếu thông tin bắt buộc',
    reason:
      'Thủ tục phải công khai đủ các bộ phận theo Nghị định 63/2010/NĐ-CP, Điều 8 (sửa đổi bởi Nghị định 92/2017/NĐ-CP).',
    action: 'Công khai đầy đủ thông tin còn thiếu.',
  },
  run({ catalogue }) {
    const findings: RawFinding<MissingInformationEvidence>[] = [];
    for (const record of allRecords(catalogue)) {
      const add = (field: string, what: string, evidence: MissingInformationEvidence[string]) =>
        findings.push(
          recordFinding(this, record, {
            field,
            message: `${recordName(catalogue, record)} thiếu ${what}.`,
            evidence: { [record.id]: evidence },
          }),
        );
      const { data } = record;
      if (data.documents.length === 0) add('documents', 'thành phần hồ sơ', []);
      // A row named "." or ")." publishes no paper: a warning, since the other rows stand.
      const unnamed = data.documents.flatMap((d, i) => (hasNameText(d.name) ? [] : [{ name: d.name, row: i + 1 }]));
      if (unnamed.length > 0) {
        findings.push(
          recordFinding({ id: this.id, severity: 'warning' }, record, {
            field: 'documents.name',
            message: `${recordName(catalogue, record)} có ${unnamed.length} dòng thành phần hồ sơ không ghi tên giấy tờ (dòng ${unnamed.map((u) => u.row).join(', ')}: "${unnamed[0]!.name}").`,
            evidence: { [record.id]: unnamed },
          }),
        );
      }
      if (data.legal_basis.length === 0) add('legal_basis', 'căn cứ pháp lý', []);
      if (data.steps.length === 0) add('steps', 'trình tự thực hiện', []);
      if (data.result.trim() === '') add('result', 'kết quả thực hiện', '');
      // A time that is empty, or "Không có thông tin" on every channel, is not published at all (a bare "1" is
      // ambiguous-time's).
      const times = Object.values(effectiveChannels(record))
        .filter((v) => v.offered)
        .map((v) => v.time);
      if (
        (record.time.kind === 'unreadable' && record.time.reason === 'empty') ||
        (times.length > 0 &&
          times.every((t) => t.kind === 'unreadable' && t.reason === 'no_information') &&
          !betweenStateBodies(record))
      ) {
        add('processing_time', 'thời hạn giải quyết', record.time.text);
      }
      // A fee "Không có thông tin" is a warning: the fee must be published where one exists, and many such
      // procedures charge nothing. Procedures between state bodies (subjects only officials) charge no citizen.
      const unknownFees = data.fees.filter(
        (f) => f.amount === null && NO_INFORMATION.test(foldVietnamese(f.note ?? '').replace(/[.]/g, '')),
      );
      if (unknownFees.length > 0 && !betweenStateBodies(record)) {
        findings.push(
          recordFinding({ id: this.id, severity: 'warning' }, record, {
            field: 'fees',
            message: `${recordName(catalogue, record)} thiếu mức phí, lệ phí ("${unknownFees[0]!.note ?? ''}").`,
            evidence: { [record.id]: unknownFees.map(({ name, note }) => ({ name, note })) },
          }),
        );
      }
    }
    return findings;
  },
};
