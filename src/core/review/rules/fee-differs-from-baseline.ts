import type { Fee } from '../../schema/index.ts';
import type { RawFinding, Rule } from '../finding.ts';
import {
  chargesDiffer,
  defersToLocalRules,
  feeCharge,
  feeValueText,
  servicePriceRows,
  statedInNotes,
  suspectAmount,
} from '../fees.ts';
import { generalChannel } from '../effective-channels.ts';
import { groupsOf } from '../groups.ts';
import { recordName } from '../names.ts';
import { reviewViews } from '../views.ts';
import type { ByRecord, ShownFee } from '../evidence.ts';

interface Row {
  name: string;
  province: string;
  national: string;
  fees: Fee[];
  baseline: Fee[];
}

/** The record's fees that differ, and the baseline's fees they are compared with. */
export type FeeDiffersFromBaselineEvidence = ByRecord<ShownFee[]>;

/**
 * A record's fee differs from the baseline's amount, or is charged where the baseline charges nothing. Not
 * compared: service prices ("Đơn giá ...": not a fee under the Law on Fees and Charges), amounts the baseline
 * leaves to local rules ("Lệ phí: 0 — theo quy định của Luật phí và lệ phí", "HĐND tỉnh quyết định"), fees the
 * baseline does not list when it leaves its amounts to local rules, suspect national amounts (under 1.000 đ),
 * unknown amounts. One finding per record, listing the rows that differ.
 */
export const feeDiffersFromBaseline: Rule<'fee-differs-from-baseline', FeeDiffersFromBaselineEvidence> = {
  id: 'fee-differs-from-baseline',
  severity: 'error',
  description:
    'Mức phí, lệ phí của bản công bố khác mức trong bản quốc gia (kể cả nơi thu khi bản quốc gia không thu).',
  words: {
    label: 'Mức phí khác bản quốc gia',
    reason:
      'Mức thu phải theo văn bản quy định phí, lệ phí (Luật Phí và lệ phí; nghị quyết HĐND tỉnh khi thuộc thẩm quyền của tỉnh).',
    action: 'Đối chiếu, điều chỉnh mức thu theo văn bản quy định phí, lệ phí.',
  },
  run({ catalogue }, groups) {
    const views = reviewViews(catalogue);
    const findings: RawFinding<FeeDiffersFromBaselineEvidence>[] = [];
    for (const { code, baseline, records } of groupsOf(catalogue, groups)) {
      if (!baseline) continue;
      const baseAll = generalChannel(baseline).fees;
      const localAmounts = baseAll.some((f) => f.amount === null || defersToLocalRules(f.note));
      const slots = views.groupFees(code);
      for (const record of records) {
        const own = generalChannel(record).fees;
        const prices = new Set(own.filter((_, i) => servicePriceRows(own)[i]));
        const rows: Row[] = [];
        for (const slot of slots) {
          const fees = (slot.byRecord.get(record.id) ?? []).filter((f) => !prices.has(f));
          const baseFees = slot.byRecord.get(baseline.id);
          if (slot.byRecord.has(record.id) && fees.length === 0) continue;
          if (baseFees?.some(suspectAmount)) continue;
          if (!baseFees && localAmounts) continue;
          const baseCharge = feeCharge(baseFees);
          const charge = feeCharge(fees);
          if (baseCharge === undefined || charge === undefined || !chargesDiffer([baseCharge, charge])) continue;
          // The baseline often gives a second rate only in a note ("từ trang thứ 3 trở lên thu 1.000 đồng/trang").
          if (!baseFees && fees.every((f) => f.amount !== null && statedInNotes(f.amount, baseAll))) continue;
          rows.push({
            name: slot.name,
            province: feeValueText(fees),
            national: feeValueText(baseFees),
            fees,
            baseline: baseFees ?? [],
          });
        }
        if (rows.length === 0) continue;
        const shown = (list: readonly Fee[]) =>
          list.map(({ name, amount, per, note }) => ({ name, amount, per, note }));
        findings.push({
          rule: this.id,
          severity: this.severity,
          code,
          records: [baseline.id, record.id],
          field: 'fees',
          message: `${recordName(catalogue, record)}: ${rows.map((r) => `"${r.name}" ${r.province}, bản quốc gia ${r.national}`).join('; ')}.`,
          evidence: {
            [record.id]: rows.flatMap((r) => shown(r.fees)),
            [baseline.id]: rows.flatMap((r) => shown(r.baseline)),
          },
        });
      }
    }
    return findings;
  },
};
