/** The fee cell of one channel row ("Miễn phí", "10,000 Việt Nam Đồng(10.000 đồng/khẩu-chiếc)", "10 USD(/bản)"). */
import type { Fee } from '../../schema/fee.ts';
import { mentionsCouncilSetFee } from '../../money/council-fee.ts';
import { parseMoneyAmounts, parseVndAmounts } from '../../money/parse-vnd.ts';
import type { ChannelRow } from './channel-table.ts';
import { isNoInformation } from './portal-text.ts';
import type { Warnings } from './warnings.ts';

const FREE = 'Miễn phí';
const NO_INFO = 'Không có thông tin';
// The column's own title, for an amount the cell does not name.
const UNNAMED = 'Phí, lệ phí';
const NAMED = /^(Lệ phí|Phí)\s?:\s?/u;
// Words that show a description speaks about money, so that it belongs in the fee's note.
const ABOUT_MONEY = /phí|đồng|vnđ|usd|miễn|hội đồng nhân dân|hđnd/iu;
const PER_ONLY = /^\/\s*[^()/]{1,30}$/u;

/** Reads the fee of a row; its note keeps the cell's note and, when it speaks about money, the row's description. */
export function readFee(row: ChannelRow, warnings: Warnings): Fee {
  // A note that only repeats the unit ("(/trang)") is read into `per`, not kept as a note.
  const feeNote = PER_ONLY.test(row.feeNote) ? '' : row.feeNote;
  const notes = [feeNote, ABOUT_MONEY.test(row.description) ? row.description : '']
    .map((s) => s.trim())
    .filter((s) => s !== '' && !isNoInformation(s));
  const note = notes.join(' — ');
  const withNote = (fee: Fee): Fee => (note === '' || fee.note !== undefined ? fee : { ...fee, note });

  if (row.fee === FREE) {
    const noteAmounts = parseMoneyAmounts(note).filter((a) => a.amount > 0);
    if (noteAmounts.length > 0 || mentionsCouncilSetFee(note)) warnings.add('fee_free_but_note_has_amount', note);
    return withNote({ name: 'Lệ phí', amount: 0 });
  }
  if (row.fee === NO_INFO) {
    warnings.add('fee_missing');
    return { name: UNNAMED, amount: null, note: note === '' ? NO_INFO : `${NO_INFO}. ${note}` };
  }
  const name = NAMED.exec(row.fee)?.[1] ?? UNNAMED;
  const cellText = row.feeNote === '' ? row.fee : `${row.fee} (${row.feeNote})`;
  const [first] = parseMoneyAmounts(cellText);
  if (first === undefined) {
    warnings.add('fee_unreadable', row.fee);
    return { name, amount: null, note: note === '' ? row.fee : `${row.fee}. ${note}` };
  }
  const per = first.per ?? perFromNote(row.feeNote, first.amount);
  if (first.currency === 'USD') {
    warnings.add('fee_foreign_currency', row.fee);
    const stated = per === undefined ? row.fee : `${row.fee}/${per}`;
    const usdNote = note === '' ? stated : `${stated} — ${note}`;
    return per === undefined ? { name, amount: null, note: usdNote } : { name, amount: null, per, note: usdNote };
  }
  const noteAmounts = parseVndAmounts(note).map((a) => a.amount);
  if (noteAmounts.length > 0 && !noteAmounts.includes(first.amount)) {
    warnings.add('fee_note_amount_differs', `${row.fee} / ${note}`);
  }
  return withNote(per === undefined ? { name, amount: first.amount } : { name, amount: first.amount, per });
}

/** "(10.000 đồng/khẩu-chiếc)": the unit an amount is charged per, when the note states the same amount with one. */
function perFromNote(note: string, amount: number): string | undefined {
  return parseVndAmounts(note).find((a) => a.amount === amount && a.per !== undefined)?.per;
}
