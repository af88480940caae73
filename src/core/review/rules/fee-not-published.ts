import type { Fee } from '../../schema/index.ts';
import type { RawFinding, Rule } from '../finding.ts';
import { defersToLocalRules, servicePriceRows } from '../fees.ts';
import { groupsOf } from '../groups.ts';
import { nationalName, recordName } from '../names.ts';
import type { ByRecord } from '../evidence.ts';

/** The record's fees without an amount; the baseline's fees. */
export type FeeNotPublishedEvidence = ByRecord<Pick<Fee, 'name' | 'amount' | 'note'>[]>;

/**
 * A fee or charge the citizen must pay whose amount the record does not publish (`amount: null`), where the
 * baseline charges it or leaves its amount to the province ("do HĐND tỉnh quyết định"): citizens cannot know
 * what they will pay. Service prices are left out; one finding per record, listing the rows.
 */
export const feeNotPublished: Rule<'fee-not-published', FeeNotPublishedEvidence> = {
  id: 'fee-not-published',
  severity: 'error',
  description:
    'Bản công bố không nêu mức thu của khoản phí, lệ phí mà người dân phải nộp (bản quốc gia có thu hoặc để tỉnh quyết định).',
  words: {
    label: 'Chưa công khai mức phí, lệ phí',
    reason:
      'Mức phí, lệ phí là nội dung bắt buộc phải công khai (Nghị định 63/2010/NĐ-CP, Điều 8); người dân phải biết trước số tiền phải nộp. Khi mức thu do HĐND tỉnh quyết định, bản công bố phải nêu mức thu và nghị quyết.',
    action: 'Công bố mức thu cụ thể và số, ngày của nghị quyết HĐND tỉnh quy định mức thu.',
  },
  run({ catalogue }, groups) {
    const findings: RawFinding<FeeNotPublishedEvidence>[] = [];
    for (const { code, baseline, records } of groupsOf(catalogue, groups)) {
      if (!baseline) continue;
      const baseFees = baseline.data.fees;
      const charged = baseFees.some((f) => (f.amount ?? 0) > 0 || f.amount === null || defersToLocalRules(f.note));
      if (!charged) continue;
      for (const record of records) {
        const fees = record.data.fees;
        const prices = servicePriceRows(fees);
        const unknown = fees.filter((f, i) => f.amount === null && !prices[i]);
        if (unknown.length === 0) continue;
        const shown = (list: readonly Fee[]) =>
          list.map(({ name, amount, note }) => ({ name, amount, ...(note ? { note } : {}) }));
        findings.push({
          rule: this.id,
          severity: this.severity,
          code,
          records: [baseline.id, record.id],
          field: 'fees',
          message: `${recordName(catalogue, record)} chưa nêu mức thu của ${unknown.map((f) => `"${f.name}"`).join(', ')}; ${nationalName(code)} ${baseFees.some((f) => (f.amount ?? 0) > 0) ? 'có thu khoản này' : 'để mức thu cho địa phương quyết định'}.`,
          evidence: { [record.id]: shown(unknown), [baseline.id]: shown(baseFees) },
        });
      }
    }
    return findings;
  },
};
