import { describe, expect, it } from 'vitest';
import { feeNotPublished } from '../../../../src/core/review/rules/fee-not-published.ts';
import { runRule, which } from '../content.ts';

// content/procedures/xa/ho-tich/dang-ky-khai-tu.md and content/national/bo-tu-phap/1.000656.md
const KHAI_TU_FEE = {
  name: 'Lệ phí đăng ký khai tử',
  amount: null,
  note: 'Mức lệ phí do HĐND tỉnh quyết định (Thông tư 85/2019/TT-BTC); chưa tìm thấy nghị quyết của HĐND tỉnh Đồng Nai. Miễn khi đăng ký khai tử đúng hạn, cho người thuộc gia đình có công với cách mạng, hộ nghèo, người khuyết tật.',
};
const KHAI_TU_BASELINE_FEE = {
  name: 'Lệ phí',
  amount: 0,
  note: 'Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương quyết định. Miễn lệ phí đối với trường hợp đăng ký khai tử đúng hạn, người thuộc gia đình có công với cách mạng; người thuộc hộ nghèo; người khuyết tật. Phí cấp bản sao Trích lục khai tử (nếu có yêu cầu) thực hiện theo quy định tại Thông tư số 281/2016/TT-BTC ngày 14/11/2016 của Bộ Tài chính.',
};

// content/national/bo-tai-chinh/1.001612.md (fees and by_channel)
const HKD_NOTE =
  '- Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định (căn cứ quy định tại Thông tư số 85/2019/TT-BTC). - Người nộp hồ sơ đăng ký hộ kinh doanh nộp lệ phí đăng ký hộ kinh doanh tại thời điểm nộp hồ sơ đăng ký hộ kinh doanh. Lệ phí đăng ký hộ kinh doanh có thể nộp trực tiếp tại bộ phận tiếp nhận hồ sơ đăng ký hộ kinh doanh ở cấp xã hoặc chuyển vào tài khoản của cơ quan đăng ký kinh doanh cấp xã hoặc sử dụng dịch vụ thanh toán trực tuyến trên Cổng dịch vụ công quốc gia. Lệ phí đăng ký hộ kinh doanh không được hoàn trả cho hộ kinh doanh trong trường hợp hộ kinh doanh không được cấp đăng ký hộ kinh doanh. - Lệ phí đăng ký kinh doanh không bao gồm tiền sử dụng dịch vụ thanh toán điện tử.';

describe('fee-not-published', () => {
  // Real rows: content/procedures/xa/ho-tich/dang-ky-khai-tu.md against content/national/bo-tu-phap/1.000656.md.
  it('reports a fee without amount where the baseline leaves the amount to the People’s Council', async () => {
    const findings = await runRule(feeNotPublished, {
      records: { 'xa/khai-tu': { code: '1.000656', title: 'Đăng ký khai tử', fees: [KHAI_TU_FEE] } },
      national: { '1.000656': { title: 'Đăng ký khai tử', fees: [KHAI_TU_BASELINE_FEE] } },
    });
    expect(which(findings)).toEqual(['national/1.000656 xa/khai-tu']);
    expect(findings[0]!.message).toBe(
      '"Đăng ký khai tử" (cấp xã) chưa nêu mức thu của "Lệ phí đăng ký khai tử"; bản quốc gia mã 1.000656 để mức thu cho địa phương quyết định.',
    );
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.field).toBe('fees');
    expect(findings[0]!.evidence).toEqual({
      'xa/khai-tu': [KHAI_TU_FEE],
      'national/1.000656': [KHAI_TU_BASELINE_FEE],
    });
  });

  // Real rows: content/procedures/xa/ho-kinh-doanh/dang-ky-thanh-lap-ho-kinh-doanh-phuoc-binh.md against content/national/bo-tai-chinh/1.001612.md.
  it('reports a ward’s household-business fee without amount where the baseline charges 50.000 đ', async () => {
    const findings = await runRule(feeNotPublished, {
      records: {
        'xa/ho-kinh-doanh-phuoc-binh': {
          code: '1.001612',
          title: 'Đăng ký thành lập hộ kinh doanh',
          localities: ['phuoc-binh'],
          fees: [
            {
              name: 'Lệ phí đăng ký hộ kinh doanh',
              amount: null,
              note: 'Mức lệ phí cụ thể do HĐND tỉnh quyết định (Thông tư 85/2019/TT-BTC); chưa tìm thấy nghị quyết của HĐND tỉnh Đồng Nai. Bản quốc gia ghi 150.000 đồng khi nộp trực tuyến, qua bưu chính và 50.000 đồng khi nộp trực tiếp. Không hoàn trả nếu hồ sơ bị từ chối.',
            },
          ],
        },
      },
      national: {
        '1.001612': {
          title: 'Đăng ký thành lập hộ kinh doanh',
          levels: ['bo', 'xa'],
          fees: [{ name: 'Phí, lệ phí', amount: 50000, note: HKD_NOTE }],
          by_channel: {
            online: { fees: [{ name: 'Phí, lệ phí', amount: 150000, note: HKD_NOTE }] },
            postal: { fees: [{ name: 'Phí, lệ phí', amount: 150000, note: HKD_NOTE }] },
          },
        },
      },
    });
    expect(which(findings)).toEqual(['national/1.001612 xa/ho-kinh-doanh-phuoc-binh']);
    expect(findings[0]!.message).toBe(
      '"Đăng ký thành lập hộ kinh doanh" (Phường Phước Bình) chưa nêu mức thu của "Lệ phí đăng ký hộ kinh doanh"; bản quốc gia mã 1.001612 có thu khoản này.',
    );
  });

  it('lists every unpublished fee of a record in one finding', async () => {
    const findings = await runRule(feeNotPublished, {
      records: {
        'xa/a': {
          fees: [
            { name: 'Lệ phí đăng ký khai sinh', amount: null, note: 'Theo nghị quyết của HĐND tỉnh.' },
            { name: 'Phí cấp bản sao trích lục', amount: null, note: 'Theo Thông tư 281/2016/TT-BTC.' },
            { name: 'Phí xác minh', amount: 5000 },
          ],
        },
      },
      national: { '1.001193': { fees: [{ name: 'Lệ phí', amount: 8000 }] } },
    });
    expect(which(findings)).toEqual(['national/1.001193 xa/a']);
    expect(findings[0]!.message).toBe(
      '"Đăng ký khai sinh" (cấp xã) chưa nêu mức thu của "Lệ phí đăng ký khai sinh", "Phí cấp bản sao trích lục"; bản quốc gia mã 1.001193 có thu khoản này.',
    );
  });

  it('does not report a service price without amount', async () => {
    const findings = await runRule(feeNotPublished, {
      records: {
        'xa/a': {
          fees: [
            {
              name: 'Đơn giá đăng ký, cấp Giấy chứng nhận (hộ gia đình, cá nhân) - về quyền sử dụng đất',
              amount: null,
              per: 'Giấy chứng nhận',
              note: 'Theo bảng giá của Văn phòng Đăng ký đất đai.',
            },
            {
              name: 'Mỗi Giấy chứng nhận cấp thêm',
              amount: null,
              per: 'Giấy chứng nhận',
              note: 'Theo bảng giá của Văn phòng Đăng ký đất đai.',
            },
            { name: 'Lệ phí cấp Giấy chứng nhận', amount: 100000, per: 'giấy' },
          ],
        },
      },
      national: { '1.001193': { fees: [{ name: 'Lệ phí', amount: 100000 }] } },
    });
    expect(findings).toEqual([]);
  });

  it('does not report an unpublished fee where the baseline charges nothing', async () => {
    const findings = await runRule(feeNotPublished, {
      records: {
        'xa/a': { fees: [{ name: 'Lệ phí đăng ký khai sinh', amount: null, note: 'Theo nghị quyết của HĐND tỉnh.' }] },
      },
      national: { '1.001193': { fees: [{ name: 'Lệ phí', amount: 0 }] } },
    });
    expect(findings).toEqual([]);
  });

  it('does not report a record without baseline', async () => {
    const findings = await runRule(feeNotPublished, {
      records: {
        'xa/a': { code: '2.000001', fees: [{ name: 'Lệ phí', amount: null, note: 'Theo nghị quyết của HĐND tỉnh.' }] },
      },
    });
    expect(findings).toEqual([]);
  });
});
