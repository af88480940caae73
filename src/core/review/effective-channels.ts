/**
 * The time and fees that apply on each channel once `by_channel` overrides are applied. The record-level
 * `processing_time` and `fees` are the general rule; an override replaces them for its channel only.
 */
import type { AnyRecord, TimeReading } from '../catalogue/types.ts';
import { readTime } from '../load/read-record.ts';
import { CHANNEL_IDS, type ChannelId, type Fee } from '../schema/index.ts';

export interface ChannelView {
  channel: ChannelId;
  /** Whether citizens can use this channel (online `partial` counts). */
  offered: boolean;
  time: TimeReading;
  fees: Fee[];
  /** Which values come from `by_channel` rather than the general rule. */
  overrides: { time: boolean; fees: boolean };
}

export type ChannelViews = Record<ChannelId, ChannelView>;

const cache = new WeakMap<AnyRecord, ChannelViews>();

/** Each channel's effective time and fees (memoised per record object). */
export function effectiveChannels(record: AnyRecord): ChannelViews {
  const cached = cache.get(record);
  if (cached) return cached;
  const { channels, by_channel: byChannel, fees } = record.data;
  const offered: Record<ChannelId, boolean> = {
    in_person: channels.in_person,
    postal: channels.postal,
    online: channels.online !== 'none',
  };
  const views = {} as ChannelViews;
  for (const channel of CHANNEL_IDS) {
    const override = byChannel?.[channel];
    views[channel] = {
      channel,
      offered: offered[channel],
      time: override?.processing_time !== undefined ? readTime(override.processing_time) : record.time,
      fees: override?.fees ?? fees,
      overrides: { time: override?.processing_time !== undefined, fees: override?.fees !== undefined },
    };
  }
  cache.set(record, views);
  return views;
}

/**
 * The values compared between records: the in-person channel's (the general rule with its in-person override),
 * since a record's headline time and fee are those of filing at the desk. Channel differences inside one
 * record are online-penalty's concern.
 */
export function generalChannel(record: AnyRecord): ChannelView {
  return effectiveChannels(record).in_person;
}
