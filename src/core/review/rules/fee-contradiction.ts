import type { AnyRecord } from '../../catalogue/types.ts';
import { CHANNEL_IDS, type Fee } from '../../schema/index.ts';
import { formatVnd } from '../../money/format-vnd.ts';
import { slugify } from '../../text/slug.ts';
import type { RawFinding, Rule } from '../finding.ts';
import { feeContradiction } from '../fees.ts';
import { allRecords, recordFinding } from '../rule-helpers.ts';
import { recordName } from '../names.ts';

/** A fee given as free (0) while its note states an amount or says the People's Council sets it; national records included. */
export const feeContradictionRule: Rule = {
  id: 'fee-contradiction',
  severity: 'warning',
  description: 'Phí, lệ phí ghi miễn phí (0 đồng) nhưng ghi chú lại nêu số tiền hoặc nói HĐND tỉnh quyết định mức thu.',
  words: {
    label: 'Phí, lệ phí mâu thuẫn',
    reason: 'Thông tin phí, lệ phí công khai phải thống nhất, không để người dân hiểu là miễn phí khi vẫn thu.',
    action: 'Ghi rõ mức thu và văn bản quy định; bỏ ghi "miễn phí" khi vẫn thu.',
  },
  run({ catalogue }) {
    const findings: RawFinding[] = [];
    const check = (record: AnyRecord, fees: readonly Fee[], field: string) => {
      for (const fee of fees) {
        const why = feeContradiction(fee);
        if (!why) continue;
        const said = [
          why.amounts.length > 0 ? `nêu ${[...new Set(why.amounts)].map(formatVnd).join(', ')}` : '',
          why.council ? 'nói HĐND tỉnh quyết định mức thu' : '',
        ].filter(Boolean).join(' và ');
        findings.push(recordFinding(this, record, {
          field,
          subject: slugify(fee.name, { maxLength: 60 }),
          message: `${recordName(catalogue, record)}: "${fee.name}" ghi miễn phí nhưng ghi chú ${said}.`,
          evidence: { [record.id]: { name: fee.name, amount: fee.amount, note: fee.note } },
        }));
      }
    };
    for (const record of allRecords(catalogue)) {
      check(record, record.data.fees, 'fees');
      for (const channel of CHANNEL_IDS) {
        const fees = record.data.by_channel?.[channel]?.fees;
        if (fees) check(record, fees, `by_channel.${channel}.fees`);
      }
    }
    return findings;
  },
};
