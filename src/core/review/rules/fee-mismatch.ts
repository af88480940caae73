import type { RawFinding, Rule } from '../finding.ts';
import { byRecordValue } from '../format.ts';
import { chargesDiffer, feeCharge, feeValueText, type Charge } from '../fees.ts';
import { reviewViews } from '../views.ts';
import type { ByRecord, ShownFee } from '../evidence.ts';

/** Per record: its rows of the fee. */
export type FeeMismatchEvidence = ByRecord<ShownFee[]>;

/** Within a group, one fee with different amounts, or charged by some records and free in others. */
export const feeMismatch: Rule<'fee-mismatch', FeeMismatchEvidence> = {
  id: 'fee-mismatch',
  severity: 'error',
  keyScope: 'group',
  description:
    'Cùng một khoản phí, lệ phí nhưng các bản công bố của cùng thủ tục ghi mức thu khác nhau, hoặc nơi thu nơi miễn.',
  words: {
    label: 'Phí, lệ phí không thống nhất',
    reason:
      'Cùng một thủ tục trong tỉnh phải có cùng mức thu; thủ tục phải thực hiện được không phụ thuộc địa giới hành chính trong tỉnh (Nghị quyết 66/NQ-CP năm 2025).',
    action: 'Thống nhất một mức thu trong toàn tỉnh theo văn bản quy định phí, lệ phí.',
  },
  run({ catalogue }, groups) {
    const views = reviewViews(catalogue);
    const findings: RawFinding<FeeMismatchEvidence>[] = [];
    for (const [code, records] of groups.byCode) {
      if (records.length < 2) continue;
      for (const slot of views.groupFees(code)) {
        const values = new Map<string, Charge>();
        const texts = new Map<string, string>();
        for (const record of records) {
          const fees = slot.byRecord.get(record.id);
          const charge = feeCharge(fees);
          if (charge === undefined) continue;
          values.set(record.id, charge);
          texts.set(record.id, feeValueText(fees));
        }
        if (!chargesDiffer([...values.values()])) continue;
        findings.push({
          rule: this.id,
          severity: this.severity,
          code,
          records: [...values.keys()],
          field: 'fees',
          subject: slot.subject,
          message: `Phí, lệ phí "${slot.name}" khác nhau giữa các bản công bố: ${byRecordValue(catalogue, texts, (t) => t)}.`,
          evidence: Object.fromEntries(
            [...values.keys()].map((id) => [
              id,
              (slot.byRecord.get(id) ?? []).map(({ name, amount, per, note }) => ({ name, amount, per, note })),
            ]),
          ),
        });
      }
    }
    return findings;
  },
};
