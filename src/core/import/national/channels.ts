/**
 * From the rows of the channel table to the record's channels, processing time, fees and per-channel
 * overrides. The in-person row is the base (else the first row); another channel whose time or fee differs
 * gets an override in `by_channel`. The national database does not state the online level: a "Trực tuyến"
 * row proves at least partial online filing, so it becomes `partial`.
 */
import type { ByChannel, ChannelId, Channels } from '../../schema/channels.ts';
import type { Fee } from '../../schema/fee.ts';
import type { ProcessingTimeInput } from '../../schema/processing-time.ts';
import { parseDuration } from '../../time/parse-duration.ts';
import type { ChannelRow, ChannelTable } from './channel-table.ts';
import { readFee } from './fee-cell.ts';
import type { Warnings } from './warnings.ts';

export interface ChannelFields {
  channels: Channels;
  processing_time: ProcessingTimeInput;
  fees: Fee[];
  by_channel?: ByChannel;
}

const NO_INFO = 'Không có thông tin';
const CHANNEL_ORDER: ChannelId[] = ['online', 'postal', 'in_person'];

/** The structured time when the cell parses, else the cell's text as found ("1", "Không có thông tin"). */
export function readTime(text: string, warnings: Warnings): ProcessingTimeInput {
  const parsed = parseDuration(text);
  if (parsed.ok) return { value: parsed.value, unit: parsed.unit, text: parsed.text };
  if (parsed.reason === 'no_unit') warnings.add('time_without_unit', text);
  else if (parsed.reason === 'no_information' || parsed.reason === 'empty') warnings.add('time_missing', text);
  else warnings.add('time_unreadable', text);
  return parsed.text === '' ? NO_INFO : parsed.text;
}

interface ChannelValue {
  time: string;
  fees: Fee[];
}

export function readChannelFields(table: ChannelTable, warnings: Warnings): ChannelFields {
  const { rows } = table;
  const has = (channel: ChannelId) => rows.some((r) => r.channel === channel);
  const channels: Channels = {
    in_person: has('in_person'),
    postal: has('postal'),
    online: has('online') ? 'partial' : 'none',
  };
  const base = rows.find((r) => r.channel === 'in_person') ?? rows[0];
  if (base === undefined) {
    warnings.add('no_channel_rows');
    warnings.add('time_missing');
    return { channels, processing_time: NO_INFO, fees: [{ name: 'Phí, lệ phí', amount: null, note: NO_INFO }] };
  }

  // One value per channel: its first row; later rows of the same channel add their fee as an extra entry.
  const values = new Map<ChannelId, ChannelValue>();
  const seen = new Map<ChannelId, number>();
  for (const row of rows) {
    const count = (seen.get(row.channel) ?? 0) + 1;
    seen.set(row.channel, count);
    const fee = readFee(row, warnings);
    const value = values.get(row.channel);
    if (value === undefined) {
      values.set(row.channel, { time: row.time, fees: [fee] });
      continue;
    }
    warnings.add('duplicate_channel_row', `${row.channelText} ${count}`);
    const extra = { ...fee, note: extraNote(fee, row, count) };
    if (!value.fees.some((f) => sameFee(f, fee))) value.fees.push(extra);
  }

  const baseValue = values.get(base.channel)!;
  const byChannel: ByChannel = {};
  let timeDiffers = false;
  let feeDiffers = false;
  for (const channel of CHANNEL_ORDER) {
    const value = values.get(channel);
    if (value === undefined || channel === base.channel) continue;
    const override: { processing_time?: ProcessingTimeInput; fees?: Fee[] } = {};
    if (value.time !== baseValue.time) {
      override.processing_time = readTime(value.time, warnings);
      timeDiffers = true;
    }
    if (!sameFees(value.fees, baseValue.fees)) {
      override.fees = value.fees;
      feeDiffers = true;
    }
    if (override.processing_time !== undefined || override.fees !== undefined) byChannel[channel] = override;
  }
  if (timeDiffers) warnings.add('time_differs_by_channel');
  if (feeDiffers) warnings.add('fee_differs_by_channel');

  const fields: ChannelFields = {
    channels,
    processing_time: readTime(baseValue.time, warnings),
    fees: baseValue.fees,
  };
  if (Object.keys(byChannel).length > 0) fields.by_channel = byChannel;
  return fields;
}

/**
 * Same charge for the citizen: name, amount and unit; notes may be worded differently row by row. Without
 * an amount (USD, unknown) the note is what states the charge, so it must match too.
 */
function sameFee(a: Fee, b: Fee): boolean {
  return a.name === b.name && a.amount === b.amount && a.per === b.per && (a.amount !== null || a.note === b.note);
}

function sameFees(a: Fee[], b: Fee[]): boolean {
  return a.length === b.length && a.every((fee, i) => sameFee(fee, b[i]!));
}

/** The note of a fee taken from a repeated channel row says where it came from. */
function extraNote(fee: Fee, row: ChannelRow, count: number): string {
  const origin = `Dòng "${row.channelText}" thứ ${count} trong CSDL quốc gia (thường là cơ quan hoặc trường hợp khác)`;
  return fee.note === undefined ? `${origin}.` : `${origin}: ${fee.note}`;
}
