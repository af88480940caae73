import { describe, expect, it } from 'vitest';
import { suspectFeeAmount } from '../../../../src/core/review/rules/suspect-fee-amount.ts';
import { runRule, which } from '../content.ts';

const CHANNELS = { in_person: true, postal: false, online: 'partial' };

describe('suspect-fee-amount', () => {
  // Real rows: content/national/bo-cong-an/1.001200.md (fees and by_channel.online.fees).
  it('reports a national amount of 50 đ and its online override of 40 đ as thousands lost', async () => {
    const findings = await runRule(suspectFeeAmount, {
      national: {
        '1.001200': {
          title:
            'Cấp giấy thông hành biên giới cho cán bộ, công chức, viên chức, công nhân sang Campuchia tại Công an cấp tỉnh biên giới tiếp giáp với Campuchia',
          levels: ['tinh'],
          channels: CHANNELS,
          fees: [
            {
              name: 'Phí, lệ phí',
              amount: 50,
              note: '50.000đ/giấy thông hành (Thông tư số 25/2021/TT-BTC ngày 07/4/2021 của Bộ Tài chính).',
            },
          ],
          by_channel: {
            online: {
              fees: [
                {
                  name: 'Phí, lệ phí',
                  amount: 40,
                  note: '40.000đ/giấy thông hành (áp dụng đến hết ngày 31/12/2024 theo Thông tư số 43/2024/TT-BTC của Bộ Tài chính).',
                },
              ],
            },
          },
        },
      },
    });
    expect(which(findings)).toEqual(['national/1.001200']);
    expect(findings[0]!.message).toBe(
      '"Cấp giấy thông hành biên giới cho cán bộ, công chức, viên chức, công nhân sang Campuchia…" (bản quốc gia mã 1.001200) ghi mức thu "Phí, lệ phí" 40 đ, "Phí, lệ phí" 50 đ: nhỏ bất thường, có thể là 40.000 đ, 50.000 đ.',
    );
    expect(findings[0]!).toMatchObject({
      rule: 'suspect-fee-amount',
      severity: 'warning',
      code: '1.001200',
      field: 'fees',
    });
  });

  // Real rows: content/national/bo-cong-an/1.003133.md (fees and by_channel.online.fees).
  it('reports only the suspect row when the online override states 5.000 đ', async () => {
    const findings = await runRule(suspectFeeAmount, {
      national: {
        '1.003133': {
          title:
            'Cấp giấy thông hành xuất, nhập cảnh vùng biên giới Việt Nam – Trung Quốc cho công dân Việt Nam thường trú tại đơn vị hành chính cấp xã tiếp giáp đường biên giới Việt Nam – Trung Quốc',
          channels: CHANNELS,
          fees: [
            {
              name: 'Phí, lệ phí',
              amount: 40,
              note: '4.000 đ/giấy thông hành (áp dụng đến hết ngày 31/12/2026 theo Thông tư số 64/2025/TT-BTC ngày 30/6/2025 của Bộ Tài chính).',
            },
          ],
          by_channel: {
            online: {
              fees: [
                {
                  name: 'Phí, lệ phí',
                  amount: 5000,
                  per: 'giấy thông hành',
                  note: '5.000đ/giấy thông hành (Thông tư số 25/2021/TT-BTC ngày 07/4/2021 của Bộ Tài chính).',
                },
              ],
            },
          },
        },
      },
    });
    expect(which(findings)).toEqual(['national/1.003133']);
    expect(findings[0]!.message).toBe(
      '"Cấp giấy thông hành xuất, nhập cảnh vùng biên giới Việt Nam – Trung Quốc cho công dân…" (bản quốc gia mã 1.003133) ghi mức thu "Phí, lệ phí" 40 đ: nhỏ bất thường, có thể là 40.000 đ.',
    );
    expect(findings[0]!.evidence).toEqual({
      'national/1.003133': [
        {
          name: 'Phí, lệ phí',
          amount: 40,
          per: undefined,
          note: '4.000 đ/giấy thông hành (áp dụng đến hết ngày 31/12/2026 theo Thông tư số 64/2025/TT-BTC ngày 30/6/2025 của Bộ Tài chính).',
        },
      ],
    });
  });

  it('reports a published record too, naming it by title and level', async () => {
    const findings = await runRule(suspectFeeAmount, {
      records: { 'xa/a': { fees: [{ name: 'Lệ phí đăng ký khai sinh', amount: 8 }] } },
    });
    expect(which(findings)).toEqual(['xa/a']);
    expect(findings[0]!.message).toBe(
      '"Đăng ký khai sinh" (cấp xã) ghi mức thu "Lệ phí đăng ký khai sinh" 8 đ: nhỏ bất thường, có thể là 8.000 đ.',
    );
  });

  it('does not report 1.000 đ, nor a free fee', async () => {
    const findings = await runRule(suspectFeeAmount, {
      records: {
        'xa/a': { fees: [{ name: 'Phí chứng thực bản sao - từ trang thứ ba trở lên', amount: 1000, per: 'trang' }] },
      },
      national: { '1.001193': { fees: [{ name: 'Lệ phí', amount: 0 }] } },
    });
    expect(findings).toEqual([]);
  });
});
