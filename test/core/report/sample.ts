/** A small catalogue and review outcome the report tests share: one group of two versions, its baseline, one record without code. */
import type { Finding } from '../../../src/core/review/finding.ts';
import { buildReportModel, type ReviewOutcome } from '../../../src/core/report/model.ts';
import { catalogue, finding, national, published } from '../review/cost/make-records.ts';

export const TODAY = '2026-11-30';

export const strict = published('xa/ho-tich/khai-sinh-tran-bien', {
  code: '1.001193',
  localities: ['phuong-tran-bien'],
  documents: [
    { name: 'Tờ khai đăng ký khai sinh', form: 'original' },
    { name: 'Giấy chứng sinh', form: 'certified_copy', copies: 2 },
  ],
  fees: [{ name: 'Lệ phí đăng ký khai sinh', amount: 50_000 }],
  processing_time: { value: 3, unit: 'working_days' },
  legal_basis: ['nd-123-2015'],
  decision: '2228/QĐ-UBND',
  annual_volume: 1_200,
});

export const lenient = published('xa/ho-tich/khai-sinh', {
  code: '1.001193',
  documents: [
    { name: 'Tờ khai đăng ký khai sinh theo mẫu', form: 'original' },
    { name: 'Giấy chứng sinh', form: ['copy_with_original', 'electronic'] },
  ],
  fees: [{ name: 'Lệ phí đăng ký khai sinh', amount: 0, note: 'Miễn lệ phí' }],
  processing_time: { value: 0, unit: 'same_day', text: 'Ngay trong ngày' },
  channels: { in_person: true, postal: true, online: 'full' },
  annual_volume: 8_000,
});

export const loose = published('xa/ho-tich/xac-nhan-cu-tru', { title: 'Xác nhận thông tin cư trú' });

export const baseline = national('1.001193', { documents: [{ name: 'Tờ khai đăng ký khai sinh', form: 'original' }] });

export const CATALOGUE = catalogue([strict, lenient, loose], [baseline]);

export const FINDINGS: Finding[] = [
  finding({
    key: 'certified-copy-required:xa/ho-tich/khai-sinh-tran-bien:giay-chung-sinh',
    rule: 'certified-copy-required',
    severity: 'info',
    code: '1.001193',
    records: ['xa/ho-tich/khai-sinh-tran-bien'],
    field: 'documents',
    message:
      '"Đăng ký khai sinh" (Phường Trấn Biên) chỉ nhận "Giấy chứng sinh" bản sao có chứng thực, 2 bản; nên nhận bản sao kèm bản chính.',
    evidence: { 'xa/ho-tich/khai-sinh-tran-bien': [{ name: 'Giấy chứng sinh', form: 'certified_copy' }] },
  }),
  finding({
    key: 'fee-mismatch:1.001193:le-phi',
    rule: 'fee-mismatch',
    severity: 'error',
    code: '1.001193',
    records: ['xa/ho-tich/khai-sinh', 'xa/ho-tich/khai-sinh-tran-bien'],
    message:
      'Phí "Lệ phí đăng ký khai sinh": "Đăng ký khai sinh" (Phường Trấn Biên) thu 50.000 đ; "Đăng ký khai sinh" (cấp xã) miễn phí.\nGhi chú, có "ngoặc kép" và dấu phẩy.',
  }),
  finding({
    key: 'ambiguous-time:national/1.001193',
    rule: 'ambiguous-time',
    severity: 'warning',
    code: '1.001193',
    records: ['national/1.001193'],
    field: 'processing_time',
    message: 'Thời hạn của bản quốc gia mã 1.001193 "1" chỉ có con số.',
  }),
  finding({
    key: 'ungrouped-record:xa/ho-tich/xac-nhan-cu-tru',
    rule: 'ungrouped-record',
    severity: 'info',
    records: ['xa/ho-tich/xac-nhan-cu-tru'],
    field: 'code',
    message: '"Xác nhận thông tin cư trú" (cấp xã) chưa có mã thủ tục.',
    status: 'justified',
    decision_note: 'Thủ tục đặc thù của tỉnh',
  }),
];

export const OUTCOME: ReviewOutcome = {
  findings: FINDINGS,
  decisions: { orphaned: [{ key: 'fee-mismatch:1.000894:le-phi', status: 'fixed', note: 'Đã thống nhất' }] },
};

export const model = () => buildReportModel(CATALOGUE, OUTCOME, TODAY);
