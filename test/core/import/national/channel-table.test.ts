import { describe, expect, it } from 'vitest';
import { readChannelTable } from '../../../../src/core/import/national/channel-table.ts';
import { rawRecord } from './raw-fixtures.ts';

const table = (path: string) => readChannelTable(rawRecord(path).cach_thuc_thuc_hien);

describe('readChannelTable', () => {
  it('reads the land record 1.012783 as three rows with their own times (15 / 20 / 5 working days)', () => {
    const { rows, unread } = table('bo-nong-nghiep-mt/1.012783');
    expect(unread).toBe('');
    expect(rows.map((r) => [r.channel, r.time, r.fee])).toEqual([
      ['online', '15 Ngày làm việc', 'Miễn phí'],
      ['postal', '20 Ngày làm việc', 'Miễn phí'],
      ['in_person', '5 Ngày làm việc', 'Miễn phí'],
    ]);
    expect(rows[0]!.feeNote).toMatch(/^Theo quy định của Luật phí và lệ phí/);
  });

  it('keeps a channel name inside a description in the description (1.014061)', () => {
    const { rows } = table('bo-cong-an/1.014061');
    expect(rows.map((r) => r.channel)).toEqual(['in_person', 'online']);
    expect(rows[0]!.description).toMatch(/^- Trực tiếp tại địa điểm tiếp dân của Công an cấp xã/);
    expect(rows[0]!.time).toBe('7 Ngày làm việc');
  });

  it('reads the same channel twice when two agencies charge differently (2.000815)', () => {
    const { rows } = table('bo-tu-phap/2.000815');
    expect(rows.map((r) => [r.channel, r.fee, r.feeNote])).toEqual([
      ['in_person', '2,000 Việt Nam Đồng', '/trang'],
      ['in_person', '10 USD', '/bản'],
    ]);
    expect(rows[1]!.description).toBe('Tại cơ quan đại diện: 10 USD/bản.');
  });

  it('splits a unit-less time from a fee that starts with digits: "120 VNĐ" is time 1 and fee 20 VNĐ', () => {
    const { rows } = table('bo-tai-chinh/1.000014');
    expect(rows.map((r) => [r.time, r.fee, r.feeNote])).toEqual([
      ['1', '20 VNĐ', '20.000 vnđ /tờ khai'],
      ['1', '20 VNĐ', '20.000 vnđ /tờ khai'],
    ]);
  });

  it('reads time cells written as sentences when no row has a standard time', () => {
    const text =
      'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tuyếnKhông phải trả kết quả cho người nộp thuếMiễn phíQua Cổng dịch vụ công quốc giaDịch vụ bưu chínhKhông phải trả kết quả cho người nộp thuếMiễn phíQua bưu chính';
    const { rows, unread } = readChannelTable(text);
    expect(unread).toBe('');
    expect(rows.map((r) => [r.channel, r.time, r.description])).toEqual([
      ['online', 'Không phải trả kết quả cho người nộp thuế', 'Qua Cổng dịch vụ công quốc gia'],
      ['postal', 'Không phải trả kết quả cho người nộp thuế', 'Qua bưu chính'],
    ]);
  });

  it('returns no row and keeps the text when there is no table', () => {
    expect(readChannelTable('Không có thông tin')).toEqual({ rows: [], unread: 'Không có thông tin' });
  });
});
