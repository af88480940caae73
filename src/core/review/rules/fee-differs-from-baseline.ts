import type { RawFinding, Rule } from '../finding.ts';
import { chargesDiffer, feeCharge, feeValueText, statedInNotes } from '../fees.ts';
import { generalChannel } from '../effective-channels.ts';
import { groupsOf } from '../groups.ts';
import { reviewViews } from '../views.ts';

/**
 * A record's fee differs from the baseline's (charged where the baseline is free counts; unknown amounts do
 * not; a fee the baseline lacks is accepted when a note of the baseline's fees states its amount).
 */
export const feeDiffersFromBaseline: Rule = {
  id: 'fee-differs-from-baseline',
  severity: 'error',
  description: 'Mức phí, lệ phí của bản công bố khác mức trong bản quốc gia (kể cả nơi thu khi bản quốc gia không thu).',
  words: {
    label: 'Mức phí khác bản quốc gia',
    reason: 'Mức thu phải theo văn bản quy định phí, lệ phí (Luật Phí và lệ phí; nghị quyết HĐND tỉnh khi thuộc thẩm quyền của tỉnh).',
    action: 'Đối chiếu, điều chỉnh mức thu theo văn bản quy định phí, lệ phí.',
  },
  run({ catalogue }, groups) {
    const views = reviewViews(catalogue);
    const findings: RawFinding[] = [];
    for (const { code, baseline, records } of groupsOf(catalogue, groups)) {
      if (!baseline) continue;
      for (const slot of views.groupFees(code)) {
        const baseFees = slot.byRecord.get(baseline.id);
        const baseCharge = feeCharge(baseFees);
        if (baseCharge === undefined) continue;
        for (const record of records) {
          const fees = slot.byRecord.get(record.id);
          const charge = feeCharge(fees);
          if (charge === undefined || !chargesDiffer([baseCharge, charge])) continue;
          // The baseline often gives a second rate only in a note ("từ trang thứ 3 trở lên thu 1.000 đồng/trang").
          if (!baseFees && fees?.every((f) => f.amount !== null && statedInNotes(f.amount, generalChannel(baseline).fees))) continue;
          const shown = (list: typeof fees) => (list ?? []).map(({ name, amount, per, note }) => ({ name, amount, per, note }));
          findings.push({
            rule: this.id,
            severity: this.severity,
            code,
            records: [baseline.id, record.id],
            field: 'fees',
            subject: slot.subject,
            message: `Phí, lệ phí "${slot.name}": ${record.id} ${feeValueText(fees)}, bản quốc gia ${baseline.id} ${feeValueText(baseFees)}.`,
            evidence: { [record.id]: shown(fees), [baseline.id]: shown(baseFees) },
          });
        }
      }
    }
    return findings;
  },
};
