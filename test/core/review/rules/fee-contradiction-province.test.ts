import { describe, expect, it } from 'vitest';
import { feeContradictionRule } from '../../../../src/core/review/rules/fee-contradiction.ts';
import { runRule, which } from '../content.ts';

describe('fee-contradiction: a published amount its own note contradicts', () => {
  // Real rows: content/procedures/tinh/dat-dai/cap-lai-giay-chung-nhan-do-mat.md (fees).
  it('reports a 50.000 đ fee whose note gives other rates and a 100% waiver online', async () => {
    const findings = await runRule(feeContradictionRule, {
      records: {
        'tinh/cap-lai': {
          code: '1.012786',
          title: 'Cấp lại Giấy chứng nhận do bị mất',
          level: 'tinh',
          fees: [
            {
              name: 'Đơn giá cấp lại Giấy chứng nhận (hộ gia đình, cá nhân) - về quyền sử dụng đất',
              amount: 810000,
              per: 'Giấy chứng nhận',
            },
            {
              name: 'Đơn giá cấp lại Giấy chứng nhận (tổ chức) - cả đất và tài sản',
              amount: 1250000,
              per: 'Giấy chứng nhận',
              note: 'Trang TTHC-2228 của cùng người tổng hợp ghi 1.260.000 đ cho mức này.',
            },
            { name: 'Từ thửa đất thứ hai hoặc mỗi người đồng sử dụng', amount: 50000, per: 'Giấy chứng nhận' },
            {
              name: 'Lệ phí cấp Giấy chứng nhận',
              amount: 50000,
              per: 'giấy',
              note: 'Trang TTHC-2228 ghi lệ phí 12.000 - 60.000 đ khi nộp trực tiếp và miễn 100% khi nộp trực tuyến.',
            },
          ],
        },
      },
    });
    expect(findings.map((f) => [f.records.join(' '), f.field, f.subject])).toEqual([
      ['tinh/cap-lai', 'fees', 'don-gia-cap-lai-giay-chung-nhan-to-chuc-ca-dat-va-tai-san'],
      ['tinh/cap-lai', 'fees', 'le-phi-cap-giay-chung-nhan'],
    ]);
    expect(findings[0]!.message).toBe(
      '"Cấp lại Giấy chứng nhận do bị mất" (cấp tỉnh): "Đơn giá cấp lại Giấy chứng nhận (tổ chức) - cả đất và tài sản" ghi 1.250.000 đ/Giấy chứng nhận nhưng ghi chú nêu mức khác (1.260.000 đ).',
    );
    expect(findings[1]!.message).toBe(
      '"Cấp lại Giấy chứng nhận do bị mất" (cấp tỉnh): "Lệ phí cấp Giấy chứng nhận" ghi 50.000 đ/giấy nhưng ghi chú nêu mức khác (12.000 đ, 60.000 đ) và nói được miễn, giảm 100%.',
    );
    expect(findings[1]!).toMatchObject({ rule: 'fee-contradiction', severity: 'warning', code: '1.012786' });
    // An editor's note names its sources ("Trang TTHC-2228"): the message gives the amounts, the evidence the note.
    for (const f of findings) expect(f.message).not.toContain('TTHC-2228');
  });

  // Real rows: content/procedures/xa/dat-dai/tang-cho-quyen-su-dung-dat-cho-nha-nuoc.md (fees).
  it('reports a 24.000 đ fee whose note says "Miễn, giảm 100% theo Nghị quyết 21/2024/NQ-HĐND"', async () => {
    const findings = await runRule(feeContradictionRule, {
      records: {
        'xa/tang-cho': {
          code: '1.013979',
          title:
            'Tặng cho quyền sử dụng đất cho Nhà nước hoặc cộng đồng dân cư hoặc mở rộng đường giao thông đối với trường hợp thửa đất chưa được cấp Giấy chứng nhận',
          fees: [
            {
              name: 'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất - tại phường thuộc thành phố Long Khánh và Biên Hòa',
              amount: 24000,
              per: 'giấy',
              note: 'Miễn, giảm 100% theo Nghị quyết 21/2024/NQ-HĐND. Địa bàn ghi theo đơn vị hành chính trước 01/7/2025.',
            },
            { name: 'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất - tại xã', amount: 12000, per: 'giấy' },
          ],
        },
      },
    });
    expect(which(findings)).toEqual(['xa/tang-cho']);
    expect(findings[0]!.message).toBe(
      '"Tặng cho quyền sử dụng đất cho Nhà nước hoặc cộng đồng dân cư hoặc mở rộng đường giao…" (cấp xã): "Lệ phí cấp Giấy chứng nhận quyền sử dụng đất - tại phường thuộc thành phố Long Khánh và Biên Hòa" ghi 24.000 đ/giấy nhưng ghi chú nói được miễn, giảm 100%.',
    );
    expect(findings[0]!.evidence).toEqual({
      'xa/tang-cho': {
        name: 'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất - tại phường thuộc thành phố Long Khánh và Biên Hòa',
        amount: 24000,
        per: 'giấy',
        note: 'Miễn, giảm 100% theo Nghị quyết 21/2024/NQ-HĐND. Địa bàn ghi theo đơn vị hành chính trước 01/7/2025.',
      },
    });
  });

  // Real rows: content/procedures/xa/chung-thuc/chung-thuc-ban-sao-tu-ban-chinh.md (fees).
  it('does not take a cap ("Tối đa không quá 200.000 đồng/bản") for another rate', async () => {
    const findings = await runRule(feeContradictionRule, {
      records: {
        'xa/chung-thuc': {
          code: '2.000815',
          fees: [
            {
              name: 'Phí chứng thực bản sao - trang thứ nhất và thứ hai',
              amount: 2000,
              per: 'trang',
              note: 'Trang tính theo trang của bản chính (Thông tư 226/2016/TT-BTC).',
            },
            {
              name: 'Phí chứng thực bản sao - từ trang thứ ba trở lên',
              amount: 1000,
              per: 'trang',
              note: 'Tối đa không quá 200.000 đồng/bản.',
            },
          ],
        },
      },
    });
    expect(findings).toEqual([]);
  });

  // Real row: content/national/bo-tu-phap/1.000688.md (fees).
  it('does not read a national record’s note giving another period’s rate as a contradiction', async () => {
    const national = {
      title:
        'Cấp Chứng chỉ hành nghề luật sư đối với người được miễn đào tạo nghề luật sư, miễn tập sự hành nghề luật sư',
      levels: ['tinh'],
      fees: [
        {
          name: 'Phí, lệ phí',
          amount: 800000,
          note: '(áp dụng mức phí 400.000 đồng/hồ sơ kể từ ngày 01/7/2025 đến hết ngày 31/12/2026 theo Thông tư số 64/2025/TT-BTC)',
        },
      ],
    };
    expect(await runRule(feeContradictionRule, { national: { '1.000688': national } })).toEqual([]);
    // The same row in a published record is the province's own contradiction.
    const findings = await runRule(feeContradictionRule, {
      records: { 'tinh/a': { code: '1.000688', title: national.title, level: 'tinh', fees: national.fees } },
    });
    expect(which(findings)).toEqual(['tinh/a']);
    expect(findings[0]!.message).toContain('"Phí, lệ phí" ghi 800.000 đ nhưng ghi chú nêu mức khác');
  });

  it('does not report a note that repeats the amount', async () => {
    const findings = await runRule(feeContradictionRule, {
      records: {
        'xa/a': {
          fees: [
            {
              name: 'Lệ phí đăng ký khai sinh',
              amount: 8000,
              note: 'Thu 8.000 đồng/lần theo Nghị quyết của HĐND tỉnh.',
            },
          ],
        },
      },
    });
    expect(findings).toEqual([]);
  });
});
