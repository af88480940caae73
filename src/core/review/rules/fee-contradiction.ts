import type { AnyRecord } from '../../catalogue/types.ts';
import { CHANNEL_IDS, type Fee } from '../../schema/index.ts';
import { formatVnd } from '../../money/format-vnd.ts';
import { slugify } from '../../text/slug.ts';
import type { RawFinding, Rule } from '../finding.ts';
import { feeContradiction } from '../fees.ts';
import { parseVndAmounts } from '../../money/parse-vnd.ts';
import { allRecords, recordFinding } from '../rule-helpers.ts';
import { recordName } from '../names.ts';
import type { ByRecord, ShownFee } from '../evidence.ts';

// "Miễn, giảm 100% theo Nghị quyết 21/2024/NQ-HĐND", "miễn 100% khi nộp trực tuyến".
const WAIVED = /(?:miễn|giảm)[^.;]{0,12}100\s?%/iu;

/**
 * A published amount the record's own note contradicts: a published record's stated amount beside a note giving
 * other amounts for it ("Trang TTHC-2228 ghi 1.260.000 đ cho mức này") or waiving it ("miễn, giảm 100%"): the
 * citizen cannot tell what is charged. The province's own notes only: national notes often list the rates of
 * other cases.
 */
function amountContradiction(fee: Fee): { amounts: number[]; waived: boolean } | undefined {
  if (fee.amount === null || fee.amount === 0 || !fee.note) return undefined;
  // A cap is not another rate: "Tối đa không quá 200.000 đồng/bản".
  // A range names both ends: "12.000 - 60.000 đ" is 12.000 đ and 60.000 đ.
  const uncapped = fee.note
    .replace(/(?:tối đa|không quá|tối thiểu|không thấp hơn)[^.;]*/giu, ' ')
    .replace(/(\d[\d.]*)\s*[-–]\s*(\d[\d.]*)\s*(đồng|đ)(?![\p{L}])/gu, '$1 $3 - $2 $3');
  const amounts = [
    ...new Set(
      parseVndAmounts(uncapped)
        .map((a) => a.amount)
        .filter((a) => a > 0),
    ),
  ];
  const other = amounts.length > 0 && !amounts.includes(fee.amount) ? amounts : [];
  const waived = WAIVED.test(fee.note.normalize('NFC'));
  return other.length > 0 || waived ? { amounts: other, waived } : undefined;
}

/** Per record: the fee whose amount and note disagree. */
export type FeeContradictionEvidence = ByRecord<ShownFee>;

/**
 * A fee given as free (0) while its note states an amount or says it is set elsewhere (national records
 * included); and a published record's amount contradicted by its own note (other amounts, a 100% waiver).
 */
export const feeContradictionRule: Rule<'fee-contradiction', FeeContradictionEvidence> = {
  id: 'fee-contradiction',
  severity: 'warning',
  description:
    'Phí, lệ phí ghi miễn phí (0 đồng) nhưng ghi chú lại nêu số tiền hoặc nói mức thu do HĐND tỉnh, Luật Phí và lệ phí quy định; hoặc mức thu của bản công bố trái với chính ghi chú của nó (số tiền khác, miễn 100%).',
  words: {
    label: 'Phí, lệ phí mâu thuẫn',
    reason: 'Thông tin phí, lệ phí công khai phải thống nhất, không để người dân hiểu là miễn phí khi vẫn thu.',
    action: 'Ghi rõ mức thu và văn bản quy định; bỏ ghi "miễn phí" khi vẫn thu.',
  },
  run({ catalogue }) {
    const findings: RawFinding<FeeContradictionEvidence>[] = [];
    const check = (record: AnyRecord, fees: readonly Fee[], field: string) => {
      for (const fee of fees) {
        const stated = record.kind === 'published' ? amountContradiction(fee) : undefined;
        if (stated && fee.amount !== null) {
          // The amounts, not the note: an editor's note may name its sources ("Trang TTHC-2228…"); it stays in the evidence.
          const said = [
            stated.amounts.length > 0
              ? `nêu mức khác (${stated.amounts.slice(0, 4).map(formatVnd).join(', ')}${stated.amounts.length > 4 ? ', …' : ''})`
              : '',
            stated.waived ? 'nói được miễn, giảm 100%' : '',
          ]
            .filter(Boolean)
            .join(' và ');
          findings.push(
            recordFinding(this, record, {
              field,
              subject: slugify(fee.name, { maxLength: 60 }),
              message: `${recordName(catalogue, record)}: "${fee.name}" ghi ${formatVnd(fee.amount)}${fee.per ? `/${fee.per}` : ''} nhưng ghi chú ${said}.`,
              evidence: { [record.id]: { name: fee.name, amount: fee.amount, per: fee.per, note: fee.note } },
            }),
          );
          continue;
        }
        const why = feeContradiction(fee);
        if (!why) continue;
        const said = [
          why.amounts.length > 0 ? `nêu ${[...new Set(why.amounts)].map(formatVnd).join(', ')}` : '',
          why.council ? 'nói HĐND tỉnh quyết định mức thu' : '',
        ]
          .filter(Boolean)
          .join(' và ');
        findings.push(
          recordFinding(this, record, {
            field,
            subject: slugify(fee.name, { maxLength: 60 }),
            message: `${recordName(catalogue, record)}: "${fee.name}" ghi miễn phí nhưng ghi chú ${said}.`,
            evidence: { [record.id]: { name: fee.name, amount: fee.amount, note: fee.note } },
          }),
        );
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
