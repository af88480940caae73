/**
 * Cách thức thực hiện: a portal table flattened to text. After the header
 * "Hình thức nộpThời gianPhí, lệ phíMô tả" come rows of channel, time, fee (with an optional note in
 * parentheses) and a free description, all run together:
 *   "Trực tuyến5 Ngày làm việcMiễn phíDịch vụ bưu chính5 Ngày làm việc10,000 Việt Nam Đồng(/trang)..."
 * A row starts where a channel name is followed at once by a time cell and a fee cell; a channel name
 * inside a description ("Trực tiếp tại ...") is not followed by both, so it stays in the description.
 */
import type { ChannelId } from '../../schema/channels.ts';
import { normalizeInline } from '../../text/normalize.ts';

export interface ChannelRow {
  channel: ChannelId;
  /** The portal's channel word: "Trực tiếp", "Trực tuyến", "Dịch vụ bưu chính". */
  channelText: string;
  /** Time cell as found: "5 Ngày làm việc", "1", "Không có thông tin". */
  time: string;
  /** Fee cell without its note: "Miễn phí", "10,000 Việt Nam Đồng", "Phí : 0 Đồng". */
  fee: string;
  /** The note in parentheses after the fee, without the parentheses; '' when none. */
  feeNote: string;
  /** The row's description (Mô tả); '' when none. */
  description: string;
}

export interface ChannelTable {
  rows: ChannelRow[];
  /** Text before the first row that could not be read as a row; '' when none. */
  unread: string;
}

const HEADER = /^Hình thức nộp\s*Thời gian\s*Phí, lệ phí\s*Mô tả/u;
const CHANNELS: Record<string, ChannelId> = {
  'Trực tiếp': 'in_person',
  'Trực tuyến': 'online',
  'Dịch vụ bưu chính': 'postal',
};
const CHANNEL = /Trực tiếp|Trực tuyến|Dịch vụ bưu chính/gu;
const TIME_WITH_UNIT = /^\d+(?:[.,]\d+)?\s?(?:Ngày làm việc|Ngày|Giờ làm việc|Giờ|Tháng|Năm|Tuần|Phút)/u;
const TIME_WORDS = /^(?:Không có thông tin|Trong ngày(?: làm việc)?)/u;
const BARE_DIGITS = /^\d+/u;
// A well-formed amount: "0", "50", "10,000", "1.000.000", "150000"; no leading zero.
const AMOUNT = String.raw`(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d*)`;
const FEE_CELL = String.raw`(?:Miễn phí|Không có thông tin|(?:Lệ phí|Phí)\s?:\s?${AMOUNT}\s?(?:Đồng|đồng|VNĐ|Việt Nam Đồng)|${AMOUNT}\s?(?:Việt Nam Đồng|VNĐ|USD|Đồng))`;
const FEE = new RegExp(`^${FEE_CELL}`, 'u');
// Fallback for tables whose time cells hold sentences ("Không phải trả kết quả cho người nộp thuế"):
// any text without a channel name, up to the first fee cell.
const LOOSE_CELLS = new RegExp(`^(\\S(?:(?!Trực tiếp|Trực tuyến|Dịch vụ bưu chính).){0,199}?)\\s?(${FEE_CELL})`, 'u');

interface Cells {
  time: string;
  fee: string;
  end: number;
}

/** Reads the time and fee cells that follow a channel name at `from`; null when they are not there. */
function readCells(text: string, from: number): Cells | null {
  const rest = text.slice(from);
  const timed = TIME_WITH_UNIT.exec(rest) ?? TIME_WORDS.exec(rest);
  if (timed) {
    const fee = FEE.exec(rest.slice(timed[0].length));
    return fee ? { time: timed[0], fee: fee[0], end: from + timed[0].length + fee[0].length } : null;
  }
  // A bare number ("1") is a time whose unit the portal lost. When the fee starts with digits too
  // ("120 VNĐ"), the shortest time that leaves a well-formed fee wins: 1 + "20 VNĐ".
  const digits = BARE_DIGITS.exec(rest)?.[0];
  if (digits === undefined) return null;
  for (let k = 1; k <= digits.length; k++) {
    const fee = FEE.exec(rest.slice(k));
    if (fee && (k === digits.length || /^\d/u.test(fee[0]))) {
      return { time: digits.slice(0, k), fee: fee[0], end: from + k + fee[0].length };
    }
  }
  return null;
}

/** Index just after the parenthesis that closes the one at `open`, or -1 when it is never closed. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

function readLooseCells(text: string, from: number): Cells | null {
  const m = LOOSE_CELLS.exec(text.slice(from));
  return m ? { time: m[1] ?? '', fee: m[2] ?? '', end: from + m[0].length } : null;
}

interface RowStart {
  index: number;
  name: string;
  cells: Cells;
}

function findRowStarts(text: string, loose: boolean): RowStart[] {
  const starts: RowStart[] = [];
  for (const m of text.matchAll(CHANNEL)) {
    const index = m.index ?? 0;
    const after = index + m[0].length;
    let cells = readCells(text, after);
    // Loosely, only where the channel name is glued to the next cell, as the flattened table does.
    if (!cells && loose && /^\S/u.test(text.slice(after, after + 1))) cells = readLooseCells(text, after);
    if (cells) starts.push({ index, name: m[0], cells });
  }
  return starts;
}

export function readChannelTable(input: string): ChannelTable {
  const text = normalizeInline(input).replace(HEADER, '');
  let starts = findRowStarts(text, false);
  if (text !== '' && starts[0]?.index !== 0) starts = findRowStarts(text, true);
  const rows: ChannelRow[] = [];
  starts.forEach((start, i) => {
    const segmentEnd = starts[i + 1]?.index ?? text.length;
    let rest = text.slice(start.cells.end, segmentEnd);
    let feeNote = '';
    if (rest.startsWith('(')) {
      const close = closingParen(rest, 0);
      const noteEnd = close === -1 ? rest.length : close;
      feeNote = rest.slice(1, close === -1 ? rest.length : close - 1).trim();
      rest = rest.slice(noteEnd);
    }
    rows.push({
      channel: CHANNELS[start.name] ?? 'in_person',
      channelText: start.name,
      time: start.cells.time.trim(),
      fee: start.cells.fee.trim(),
      feeNote,
      description: rest.trim(),
    });
  });
  const firstStart = starts[0]?.index ?? text.length;
  return { rows, unread: text.slice(0, firstStart).trim() };
}
