import { describe, expect, it } from 'vitest';
import { effectiveChannels, generalChannel } from '../../../src/core/review/effective-channels.ts';
import { catalogueOf } from './content.ts';

describe('effectiveChannels', () => {
  it('applies by_channel overrides to their channel only, reading text times', async () => {
    const catalogue = await catalogueOf({
      records: {
        'xa/a': {
          processing_time: '05 ngày làm việc',
          fees: [{ name: 'Lệ phí', amount: 10000 }],
          channels: { in_person: true, postal: false, online: 'partial' },
          by_channel: {
            online: { processing_time: { value: 8, unit: 'hours' }, fees: [{ name: 'Lệ phí', amount: 5000 }] },
          },
        },
      },
    });
    const views = effectiveChannels(catalogue.records[0]!);
    expect(views.online.time.kind === 'duration' && views.online.time.workingDays).toBe(1);
    expect(views.online.fees[0]!.amount).toBe(5000);
    expect(views.online.overrides).toEqual({ time: true, fees: true });
    expect(views.in_person.time.kind === 'duration' && views.in_person.time.workingDays).toBe(5);
    expect(views.in_person.fees[0]!.amount).toBe(10000);
    expect(views.postal.offered).toBe(false);
    expect(generalChannel(catalogue.records[0]!)).toBe(views.in_person);
  });
});
