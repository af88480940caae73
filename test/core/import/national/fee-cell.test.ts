import { describe, expect, it } from 'vitest';
import type { ChannelRow } from '../../../../src/core/import/national/channel-table.ts';
import { readFee } from '../../../../src/core/import/national/fee-cell.ts';
import { Warnings } from '../../../../src/core/import/national/warnings.ts';
import { feeSchema } from '../../../../src/core/schema/fee.ts';

function row(fee: string, feeNote = '', description = ''): ChannelRow {
  return { channel: 'in_person', channelText: 'Trực tiếp', time: '5 Ngày làm việc', fee, feeNote, description };
}

function read(r: ChannelRow) {
  const warnings = new Warnings();
  const fee = readFee(r, warnings);
  expect(feeSchema.safeParse(fee).success).toBe(true);
  return { fee, kinds: warnings.list.map((w) => w.kind) };
}

describe('readFee', () => {
  it('reads "Miễn phí" as an exempt fee and keeps a council note visible, with a warning', () => {
    const note = 'Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương quyết định.';
    const { fee, kinds } = read(row('Miễn phí', note));
    expect(fee).toEqual({ name: 'Lệ phí', amount: 0, note });
    expect(kinds).toEqual(['fee_free_but_note_has_amount']);
  });

  it('keeps an amount stated beside "Miễn phí" in the note', () => {
    const { fee, kinds } = read(row('Miễn phí', '20.000.000 đồng/lần'));
    expect(fee.amount).toBe(0);
    expect(fee.note).toBe('20.000.000 đồng/lần');
    expect(kinds).toContain('fee_free_but_note_has_amount');
  });

  it('reads "10,000 Việt Nam Đồng(10.000 đồng/khẩu-chiếc.)" as 10000 per khẩu-chiếc', () => {
    const { fee } = read(row('10,000 Việt Nam Đồng', '10.000 đồng/khẩu-chiếc.'));
    expect(fee).toMatchObject({ name: 'Phí, lệ phí', amount: 10000, per: 'khẩu-chiếc' });
  });

  it('reads the unit from a note that is only "/trang" and does not keep it as a note', () => {
    const { fee } = read(row('2,000 Việt Nam Đồng', '/trang'));
    expect(fee).toEqual({ name: 'Phí, lệ phí', amount: 2000, per: 'trang' });
  });

  it('names the fee from "Phí :" and "Lệ phí :" cells', () => {
    expect(read(row('Phí : 0 Đồng')).fee).toEqual({ name: 'Phí', amount: 0 });
    expect(read(row('Lệ phí : 50,000 Đồng')).fee).toEqual({ name: 'Lệ phí', amount: 50000 });
  });

  it('gives a USD fee no VND amount and states it in the note', () => {
    const { fee, kinds } = read(row('10 USD', '/bản', 'Tại cơ quan đại diện: 10 USD/bản.'));
    expect(fee).toEqual({
      name: 'Phí, lệ phí',
      amount: null,
      per: 'bản',
      note: '10 USD/bản — Tại cơ quan đại diện: 10 USD/bản.',
    });
    expect(kinds).toEqual(['fee_foreign_currency']);
  });

  it('marks an unknown fee as unknown rather than free', () => {
    const { fee, kinds } = read(row('Không có thông tin'));
    expect(fee).toEqual({ name: 'Phí, lệ phí', amount: null, note: 'Không có thông tin' });
    expect(kinds).toEqual(['fee_missing']);
  });

  it('warns when the cell amount is not the amount its note states (20 VNĐ beside 20.000 vnđ)', () => {
    const { fee, kinds } = read(row('20 VNĐ', '20.000 vnđ /tờ khai'));
    expect(fee.amount).toBe(20);
    expect(kinds).toEqual(['fee_note_amount_differs']);
  });

  it('adds a description about money to the note but leaves a description about the procedure out', () => {
    expect(read(row('Miễn phí', '', 'Miễn lệ phí cho người thuộc hộ nghèo.')).fee.note).toBe(
      'Miễn lệ phí cho người thuộc hộ nghèo.',
    );
    expect(read(row('Miễn phí', '', 'Trong thời hạn 05 ngày làm việc.')).fee.note).toBeUndefined();
  });
});
