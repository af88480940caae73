import type { RawFinding, Rule } from '../finding.ts';
import { feeValue, feeValueText } from '../fees.ts';
import { groupsOf } from '../groups.ts';
import { reviewViews } from '../views.ts';

/** A record's fee differs from the baseline's (charged where the baseline is free counts; unknown amounts do not). */
export const feeDiffersFromBaseline: Rule = {
  id: 'fee-differs-from-baseline',
  severity: 'error',
  description: 'Mức phí, lệ phí của bản công bố khác mức trong bản quốc gia (kể cả nơi thu khi bản quốc gia không thu).',
  run({ catalogue }, groups) {
    const views = reviewViews(catalogue);
    const findings: RawFinding[] = [];
    for (const { code, baseline, records } of groupsOf(catalogue, groups)) {
      if (!baseline) continue;
      for (const slot of views.groupFees(code)) {
        const baseFees = slot.byRecord.get(baseline.id);
        const baseValue = feeValue(baseFees);
        if (baseValue === undefined) continue;
        for (const record of records) {
          const fees = slot.byRecord.get(record.id);
          const value = feeValue(fees);
          if (value === undefined || value === baseValue) continue;
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
