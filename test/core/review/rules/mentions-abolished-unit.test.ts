import { describe, expect, it } from 'vitest';
import { mentionsAbolishedUnit } from '../../../../src/core/review/rules/mentions-abolished-unit.ts';
import { runRule, which } from '../content.ts';

// The test site's district level ends 2025-07-01 (content.ts SITE); two former cities, as content/localities.yaml lists them.
const LOCALITIES = {
  province: { id: 'dong-nai', name: 'Tỉnh Đồng Nai' },
  districts: [
    { id: 'thanh-pho-bien-hoa', name: 'Thành phố Biên Hòa', until: '2025-07-01' },
    { id: 'thanh-pho-long-khanh', name: 'Thành phố Long Khánh', until: '2025-07-01' },
  ],
  communes: [
    { id: 'phuong-tran-bien', name: 'Phường Trấn Biên', since: '2025-07-01' },
    { id: 'phuong-bien-hoa', name: 'Phường Biên Hòa', since: '2025-07-01' },
    { id: 'phuong-long-khanh', name: 'Phường Long Khánh', since: '2025-07-01' },
  ],
};

const LAN_DAU_TITLE =
  'Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với hộ gia đình, cá nhân, cộng đồng dân cư, người gốc Việt Nam định cư ở nước ngoài';

describe('mentions-abolished-unit', () => {
  // Real rows: content/procedures/xa/dat-dai/dang-ky-cap-giay-chung-nhan-lan-dau.md (fees).
  it('reports fee names still priced by "phường thuộc thành phố Long Khánh và Biên Hòa" and "xã, thị trấn"', async () => {
    const findings = await runRule(mentionsAbolishedUnit, {
      localities: LOCALITIES,
      records: {
        'xa/lan-dau': {
          code: '1.013978',
          title: LAN_DAU_TITLE,
          fees: [
            {
              name: 'Phí thẩm định hồ sơ cấp Giấy chứng nhận (hộ gia đình, cá nhân) - về quyền sử dụng đất',
              amount: 880000,
              per: 'Giấy chứng nhận',
            },
            {
              name: 'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất - tại phường thuộc thành phố Long Khánh và Biên Hòa',
              amount: 30000,
              per: 'giấy',
              note: 'Miễn, giảm 100% theo Nghị quyết 21/2024/NQ-HĐND (trang TTHC-2228 ghi miễn 100% khi nộp trực tuyến). Địa bàn ghi theo đơn vị hành chính trước 01/7/2025.',
            },
            { name: 'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất - tại xã, thị trấn', amount: 15000, per: 'giấy' },
            {
              name: 'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất và tài sản gắn liền với đất - tại phường thuộc thành phố Long Khánh và Biên Hòa',
              amount: 120000,
              per: 'giấy',
            },
            {
              name: 'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất và tài sản gắn liền với đất - tại xã, thị trấn',
              amount: 60000,
              per: 'giấy',
            },
          ],
        },
      },
    });
    expect(which(findings)).toEqual(['xa/lan-dau']);
    expect(findings[0]!.field).toBe('fees');
    expect(findings[0]!.message).toBe(
      '"Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền…" (cấp xã) còn nêu "Thành phố Biên Hòa", "Thành phố Long Khánh", "thị trấn" (đơn vị, cấp đã kết thúc từ 01/07/2025) trong "Lệ phí cấp Giấy chứng nhận quyền sử dụng đất - tại phường thuộc thành phố Long Khánh và Biên Hòa" và 3 chỗ khác.',
    );
    expect(findings[0]!.evidence).toEqual({
      'xa/lan-dau': [
        'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất - tại phường thuộc thành phố Long Khánh và Biên Hòa',
        'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất - tại xã, thị trấn',
        'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất và tài sản gắn liền với đất - tại phường thuộc thành phố Long Khánh và Biên Hòa',
        'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất và tài sản gắn liền với đất - tại xã, thị trấn',
      ],
    });
  });

  it('gives one finding per field: a step naming "UBND cấp huyện" apart from the fees', async () => {
    const findings = await runRule(mentionsAbolishedUnit, {
      localities: LOCALITIES,
      records: {
        'xa/a': {
          fees: [{ name: 'Lệ phí - tại xã, thị trấn', amount: 8000 }],
          steps: ['Nộp hồ sơ tại Bộ phận Một cửa.', 'Chuyển hồ sơ lên UBND cấp huyện để ký.'],
        },
      },
    });
    expect(findings.map((f) => [f.records.join(' '), f.field])).toEqual([
      ['xa/a', 'fees'],
      ['xa/a', 'steps'],
    ]);
    expect(findings[1]!.message).toBe(
      '"Đăng ký khai sinh" (cấp xã) còn nêu "cấp huyện" (đơn vị, cấp đã kết thúc từ 01/07/2025) trong "Chuyển hồ sơ lên UBND cấp huyện để ký.".',
    );
  });

  it('does not report a current ward named "Phường Biên Hòa" in a fee name', async () => {
    const findings = await runRule(mentionsAbolishedUnit, {
      localities: LOCALITIES,
      records: {
        'xa/a': {
          fees: [
            {
              name: 'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất - tại Phường Biên Hòa, Phường Long Khánh',
              amount: 30000,
              per: 'giấy',
            },
            { name: 'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất - tại xã', amount: 12000, per: 'giấy' },
          ],
        },
      },
    });
    expect(findings).toEqual([]);
  });

  it('does not read editors’ notes, which may record the old units', async () => {
    const findings = await runRule(mentionsAbolishedUnit, {
      localities: LOCALITIES,
      records: {
        'xa/a': {
          fees: [
            {
              name: 'Lệ phí cấp Giấy chứng nhận quyền sử dụng đất - tại phường',
              amount: 30000,
              per: 'giấy',
              note: 'Trước 01/7/2025 áp dụng cho phường thuộc thành phố Long Khánh và Biên Hòa; xã, thị trấn thu 15.000 đ.',
            },
          ],
          documents: [
            {
              name: 'Tờ khai đăng ký khai sinh',
              doc: 'to-khai-khai-sinh',
              form: 'original',
              note: 'Mẫu cũ do UBND cấp huyện phát hành.',
            },
          ],
        },
      },
    });
    expect(findings).toEqual([]);
  });

  it('does not report units before they end', async () => {
    const findings = await runRule(
      mentionsAbolishedUnit,
      {
        localities: LOCALITIES,
        records: {
          'xa/a': {
            fees: [
              { name: 'Lệ phí - tại phường thuộc thành phố Long Khánh và Biên Hòa; tại xã, thị trấn', amount: 30000 },
            ],
          },
        },
      },
      '2025-06-30',
    );
    expect(findings).toEqual([]);
  });
});
