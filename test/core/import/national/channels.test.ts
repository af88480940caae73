import { describe, expect, it } from 'vitest';
import { readChannelTable } from '../../../../src/core/import/national/channel-table.ts';
import { readChannelFields } from '../../../../src/core/import/national/channels.ts';
import { Warnings } from '../../../../src/core/import/national/warnings.ts';
import { rawRecord } from './raw-fixtures.ts';

function fields(path: string) {
  const warnings = new Warnings();
  const result = readChannelFields(readChannelTable(rawRecord(path).cach_thuc_thuc_hien), warnings);
  return { ...result, kinds: new Set(warnings.list.map((w) => w.kind)) };
}

describe('readChannelFields', () => {
  it('takes the in-person row as the base and puts the other channels’ times in by_channel (1.012783)', () => {
    const f = fields('bo-nong-nghiep-mt/1.012783');
    expect(f.processing_time).toEqual({ value: 5, unit: 'working_days', text: '5 Ngày làm việc' });
    expect(f.by_channel).toEqual({
      online: { processing_time: { value: 15, unit: 'working_days', text: '15 Ngày làm việc' } },
      postal: { processing_time: { value: 20, unit: 'working_days', text: '20 Ngày làm việc' } },
    });
    expect(f.channels).toEqual({ in_person: true, postal: true, online: 'partial' });
    expect(f.kinds.has('time_differs_by_channel')).toBe(true);
  });

  it('reads 17 / 20 / 27 days for 1.013978 with 27 in person', () => {
    const f = fields('bo-nong-nghiep-mt/1.013978');
    expect(f.processing_time).toMatchObject({ value: 27, unit: 'working_days' });
    expect(f.by_channel?.online?.processing_time).toMatchObject({ value: 17 });
    expect(f.by_channel?.postal?.processing_time).toMatchObject({ value: 20 });
  });

  it('keeps the fee that differs by channel: 50,000 in person, 150,000 online and by post (1.001612)', () => {
    const f = fields('bo-tai-chinh/1.001612');
    expect(f.fees.map((fee) => fee.amount)).toEqual([50000]);
    expect(f.by_channel?.online?.fees?.map((fee) => fee.amount)).toEqual([150000]);
    expect(f.by_channel?.postal?.fees?.map((fee) => fee.amount)).toEqual([150000]);
    expect(f.by_channel?.online?.processing_time).toBeUndefined();
    expect(f.processing_time).toBe('Không có thông tin');
    expect(f.kinds.has('time_missing')).toBe(true);
  });

  it('keeps a time of "1" as found and reports it, without rejecting the record (1.001193)', () => {
    const f = fields('bo-tu-phap/1.001193');
    expect(f.processing_time).toBe('1');
    expect(f.kinds.has('time_without_unit')).toBe(true);
    expect(f.by_channel).toBeUndefined();
  });

  it('keeps the second row of a repeated channel as an extra fee with a note (2.000815)', () => {
    const f = fields('bo-tu-phap/2.000815');
    expect(f.channels).toEqual({ in_person: true, postal: false, online: 'none' });
    expect(f.fees).toHaveLength(2);
    expect(f.fees[0]).toMatchObject({ amount: 2000, per: 'trang' });
    expect(f.fees[1]).toMatchObject({ amount: null, per: 'bản' });
    expect(f.fees[1]!.note).toMatch(/^Dòng "Trực tiếp" thứ 2 .*10 USD\/bản/);
    expect(f.kinds.has('duplicate_channel_row')).toBe(true);
  });

  it('says "none" online when no row is online, and does not invent channels for an empty table', () => {
    const warnings = new Warnings();
    const f = readChannelFields({ rows: [], unread: '' }, warnings);
    expect(f.channels).toEqual({ in_person: false, postal: false, online: 'none' });
    expect(f.fees).toEqual([{ name: 'Phí, lệ phí', amount: null, note: 'Không có thông tin' }]);
    expect(warnings.list.map((w) => w.kind)).toContain('no_channel_rows');
  });
});
