import { formatVnd } from '../../money/format-vnd.ts';
import type { RawFinding, Rule } from '../finding.ts';
import { effectiveChannels } from '../effective-channels.ts';
import { SUSPECT_AMOUNT_BELOW, suspectAmount } from '../fees.ts';
import { allRecords, recordFinding } from '../rule-helpers.ts';
import { recordName } from '../names.ts';
import type { ByRecord, ShownFee } from '../evidence.ts';

/** Per record: its fees with a suspect amount. */
export type SuspectFeeAmountEvidence = ByRecord<ShownFee[]>;

/**
 * An amount under 1.000 đ: in the national data these are thousands lost on the portal or in its import
 * ("500" for 500.000 đ, "25" for 25.000 đ). Reported so the amount is checked against its source; the fee
 * comparisons leave it out meanwhile. One finding per record.
 */
export const suspectFeeAmount: Rule<'suspect-fee-amount', SuspectFeeAmountEvidence> = {
  id: 'suspect-fee-amount',
  severity: 'warning',
  description: `Mức thu nhỏ bất thường (dưới ${formatVnd(SUSPECT_AMOUNT_BELOW)}), nhiều khả năng là số nghìn đồng bị mất khi nhập liệu.`,
  words: {
    label: 'Mức thu nghi sai đơn vị',
    reason:
      'Phí, lệ phí dưới 1.000 đồng hầu như không tồn tại; con số công khai sai làm người dân hiểu sai số tiền phải nộp.',
    action:
      'Đối chiếu mức thu với văn bản quy định phí, lệ phí và sửa lại trên Cơ sở dữ liệu quốc gia về thủ tục hành chính.',
  },
  run({ catalogue }) {
    const findings: RawFinding<SuspectFeeAmountEvidence>[] = [];
    for (const record of allRecords(catalogue)) {
      const fees = [...new Set(Object.values(effectiveChannels(record)).flatMap((v) => v.fees))].filter(suspectAmount);
      if (fees.length === 0) continue;
      findings.push(
        recordFinding(this, record, {
          field: 'fees',
          message: `${recordName(catalogue, record)} ghi mức thu ${fees.map((f) => `"${f.name}" ${formatVnd(f.amount!)}`).join(', ')}: nhỏ bất thường, có thể là ${fees.map((f) => formatVnd(f.amount! * 1000)).join(', ')}.`,
          evidence: { [record.id]: fees.map(({ name, amount, per, note }) => ({ name, amount, per, note })) },
        }),
      );
    }
    return findings;
  },
};
