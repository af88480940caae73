import { describe, expect, it } from 'vitest';
import {
  legalBasisDiffersFromBaseline,
  legalNumberYear,
} from '../../../../src/core/review/rules/legal-basis-differs-from-baseline.ts';
import { runRule, which } from '../content.ts';

// Entries copied from content/legal.yaml (id, number, title, status).
const LEGAL = [
  { id: 'luat-ho-tich-2014', number: '60/2014/QH13', title: 'Luật Hộ tịch', status: 'in_force' },
  { id: 'luat-cu-tru-2020', number: '68/2020/QH14', title: 'Luật Cư trú', status: 'in_force' },
  {
    id: 'nd-123-2015',
    number: '123/2015/NĐ-CP',
    title: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
    status: 'amended',
  },
  {
    id: 'nd-87-2020',
    number: '87/2020/NĐ-CP',
    title: 'Nghị định quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến',
    status: 'in_force',
  },
  {
    id: 'nd-104-2022',
    number: '104/2022/NĐ-CP',
    title:
      'Nghị định sửa đổi, bổ sung một số điều của các Nghị định liên quan đến việc nộp, xuất trình sổ hộ khẩu, sổ tạm trú giấy khi thực hiện thủ tục hành chính, cung cấp dịch vụ công',
    status: 'in_force',
  },
  {
    id: 'nd-07-2025',
    number: '07/2025/NĐ-CP',
    title: 'Nghị định sửa đổi, bổ sung một số điều của các Nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực',
    status: 'in_force',
  },
  {
    id: 'nd-120-2025',
    number: '120/2025/NĐ-CP',
    title:
      'Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp',
    status: 'in_force',
  },
  {
    id: 'tt-08-2025-btp',
    number: '08/2025/TT-BTP',
    title:
      'Thông tư quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp và phân cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp',
    status: 'in_force',
  },
  {
    id: 'tt-04-2020-btp',
    number: '04/2020/TT-BTP',
    title: 'Thông tư quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP',
    status: 'amended',
  },
  {
    id: 'tt-85-2019-btc',
    number: '85/2019/TT-BTC',
    title:
      'Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương',
    status: 'amended',
  },
  {
    id: 'tt-106-2021-btc',
    number: '106/2021/TT-BTC',
    title:
      'Thông tư sửa đổi, bổ sung một số điều của Thông tư số 85/2019/TT-BTC hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương',
    status: 'in_force',
  },
  {
    id: 'nq-66-7-2025',
    number: '66.7/2025/NQ-CP',
    title: 'Nghị quyết quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu',
    status: 'in_force',
  },
  {
    id: 'nd-18-2026',
    number: '18/2026/NĐ-CP',
    title:
      'Nghị định sửa đổi, bổ sung một số nghị định để cắt giảm, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh thuộc phạm vi quản lý của Bộ Tư pháp',
    status: 'in_force',
  },
  { id: 'luat-dat-dai-2024', number: '31/2024/QH15', title: 'Luật Đất đai', status: 'amended' },
  {
    id: 'nd-101-2024',
    number: '101/2024/NĐ-CP',
    title:
      'Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và Hệ thống thông tin đất đai',
    status: 'amended',
  },
  {
    id: 'nd-118-2025',
    number: '118/2025/NĐ-CP',
    title:
      'Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia',
    status: 'in_force',
  },
  {
    id: 'nd-151-2025',
    number: '151/2025/NĐ-CP',
    title:
      'Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai',
    status: 'in_force',
  },
  {
    id: 'nq-21-2024-hdnd-dong-nai',
    number: '21/2024/NQ-HĐND',
    title:
      'Nghị quyết của HĐND tỉnh Đồng Nai về phí, lệ phí (bản tổng hợp TTHC đất đai trích dẫn làm căn cứ miễn, giảm lệ phí cấp Giấy chứng nhận; trích yếu chưa xem được)',
    status: 'in_force',
  },
  {
    id: 'nq-22-2024-hdnd-dong-nai',
    number: '22/2024/NQ-HĐND',
    title:
      'Nghị quyết của HĐND tỉnh Đồng Nai về phí, lệ phí trong lĩnh vực đất đai (bản tổng hợp TTHC đất đai trích dẫn làm căn cứ; trích yếu chưa xem được)',
    status: 'in_force',
  },
  {
    id: 'qd-19-2021-ubnd-binh-phuoc',
    number: '19/2021/QĐ-UBND',
    title:
      'Quyết định của UBND tỉnh Bình Phước (cũ) về đơn giá đo đạc địa chính, đăng ký, cấp Giấy chứng nhận (theo bản tổng hợp TTHC đất đai; trích yếu chưa xem được)',
    status: 'in_force',
  },
  {
    id: 'qd-2304-2025-bnnmt',
    number: '2304/QĐ-BNNMT',
    title: 'Quyết định công bố thủ tục hành chính lĩnh vực đất đai của Bộ Nông nghiệp và Môi trường',
    status: 'in_force',
  },
  {
    id: 'nd-61-2018',
    number: '61/2018/NĐ-CP',
    title: 'Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
    status: 'superseded',
    superseded_by: 'nd-118-2025',
  },
  {
    id: 'nd-107-2021',
    number: '107/2021/NĐ-CP',
    title:
      'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
    status: 'superseded',
    superseded_by: 'nd-118-2025',
  },
];

// The province's land records (content/procedures/tinh/dat-dai/*.md) all cite these.
const LAND_BASIS = [
  'luat-dat-dai-2024',
  'nd-101-2024',
  'nd-118-2025',
  'nd-151-2025',
  'nq-21-2024-hdnd-dong-nai',
  'nq-22-2024-hdnd-dong-nai',
  'qd-19-2021-ubnd-binh-phuoc',
  'qd-2304-2025-bnnmt',
];

describe('legal-basis-differs-from-baseline', () => {
  // Real rows: content/procedures/xa/ho-tich/dang-ky-khai-sinh.md against content/national/bo-tu-phap/1.001193.md.
  it('lists the circulars the national birth registration cites and the province does not, newest first', async () => {
    const findings = await runRule(legalBasisDiffersFromBaseline, {
      legal: LEGAL,
      records: {
        'xa/khai-sinh': {
          legal_basis: [
            'luat-ho-tich-2014',
            'nd-123-2015',
            'nd-87-2020',
            'nd-104-2022',
            'nd-07-2025',
            'nd-120-2025',
            'tt-08-2025-btp',
            'tt-04-2020-btp',
            'tt-85-2019-btc',
            'tt-106-2021-btc',
            'nq-66-7-2025',
            'nd-18-2026',
          ],
        },
      },
      national: {
        '1.001193': {
          decision: '163/QĐ-BTP',
          legal_basis: [
            {
              number: '85/2019/TT-BTC',
              title:
                'Thông tư Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương',
            },
            {
              number: '104/2022/NĐ-CP',
              title:
                'Nghị định sửa đổi, bổ sung một số điều của các Nghị định liên quan đến việc nộp xuất trình sổ hộ khẩu, sổ tạm trú giấy khi thực hiện thủ tục hành chính, cung cấp dịch vụ công',
            },
            {
              number: '123/2015/NĐ-CP',
              title:
                'Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
            },
            {
              number: '08/2025/TT-BTP',
              title:
                'Thông tư số 08/2025/TT-BTP ngày 12/6/2025 của Bộ trưởng Bộ Tư pháp quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp và phân cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp',
            },
            {
              number: '18/2026/NĐ-CP',
              title:
                'Nghị định sửa đổi, bổ sung một số nghị định để cắt giảm, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh thuộc phạm vi quản lý của Bộ Tư pháp',
            },
            {
              number: '87/2020/NĐ-CP',
              title: 'Nghị định quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến',
            },
            {
              number: '04/2024/TT-BTP',
              title:
                'Sửa đổi, bổ sung một số điều của Thông tư số 02/2020/TT-BTP ngày 08/4/2020 của Bộ trưởng Bộ Tư pháp ban hành, hướng dẫn sử dụng, quản lý mẫu sổ quốc tịch và mẫu giấy tờ về quốc tịch và Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng Bộ Tư pháp quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
            },
            { number: '03/2023/TT-BTP', title: 'Thông tư số 03/2023/TT-BTP ngày 02/8/2023 của Bộ trưởng Bộ Tư pháp' },
            {
              number: '106/2021/TT-BTC',
              title:
                'Thông tư sửa đổi, bổ sung một số điều của Thông tư số 85/2019/TT-BTC ngày 29/11/2019 của Bộ Tài chính hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương.',
            },
            {
              number: '04/2020/TT-BTP',
              title:
                'Hướng dẫn Luật hộ tịch và Nghị định 123/2015/NĐ-CP hướng dẫn Luật hộ tịch do Bộ trưởng Bộ Tư pháp ban hành',
            },
            {
              number: '07/2025/NĐ-CP',
              title:
                'Nghị định sửa đổi, bổ sung một số điều của các Nghị định trong lĩnh vực hộ tịch, quốc tịch, chứng thực.',
            },
            {
              number: '120/2025/NĐ-CP',
              title:
                'Nghị định số 120/2025/NĐ-CP ngày 11/6/2025 của Chính phủ quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ Tư pháp.',
            },
            {
              number: '66.7/2025/NQ-CP',
              title:
                'Nghị quyết số 66.7/2025/NQ-CP của Chính phủ: Quy định cắt giảm, đơn giản hóa thủ tục hành chính dựa trên dữ liệu',
            },
            { number: '60/2014/QH13', title: 'Luật 60/2014/QH13' },
            {
              number: '01/2022/TT-BTP',
              title:
                'Thông tư quy định chi tiết một số điều và biện pháp thi hành Nghị định số 87/2020/NĐ-CP ngày 28 tháng 7 năm 2020 của Chính phủ quy định về Cơ sở dữ liệu hộ tịch điện tử, đăng ký hộ tịch trực tuyến',
            },
          ],
        },
      },
    });
    expect(which(findings)).toEqual(['national/1.001193 xa/khai-sinh']);
    expect(findings[0]!.message).toBe(
      '"Đăng ký khai sinh" (cấp xã) không trích dẫn 04/2024/TT-BTP, 03/2023/TT-BTP, 01/2022/TT-BTP mà bản quốc gia mã 1.001193 làm căn cứ.',
    );
    expect(findings[0]!).toMatchObject({
      rule: 'legal-basis-differs-from-baseline',
      severity: 'info',
      code: '1.001193',
      field: 'legal_basis',
    });
  });

  // Real rows: content/procedures/tinh/dat-dai/tach-thua-hop-thua.md against content/national/bo-nong-nghiep-mt/1.012784.md.
  it('shows the glued national number "202443/2024/QH15" as 43/2024/QH15, and takes the cut "118/2025/NĐ-C" as cited', async () => {
    const findings = await runRule(legalBasisDiffersFromBaseline, {
      legal: LEGAL,
      records: {
        'tinh/tach-thua': {
          code: '1.012784',
          title: 'Tách thửa hoặc hợp thửa đất',
          level: 'tinh',
          legal_basis: LAND_BASIS,
          decision: '2228/QĐ-UBND',
        },
      },
      national: {
        '1.012784': {
          title: 'Tách thửa hoặc hợp thửa đất.',
          levels: ['tinh'],
          decision: '2304/QĐ-BNNMT',
          legal_basis: [
            { number: '31/2024/QH15', title: 'Luật Đất đai ngày 18/01/2024;' },
            {
              number: '118/2025/NĐ-C',
              title:
                'Thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và cổng Dịch vụ công quốc gia',
            },
            {
              number: '151/2025/NĐ-CP',
              title:
                'Quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai',
            },
            { number: '202443/2024/QH15', title: 'Luật số 43/2024/QH15 ngày 29/6/' },
            { number: '101/2024/NĐ-CP', title: 'Nghị định' },
          ],
        },
      },
    });
    expect(which(findings)).toEqual(['national/1.012784 tinh/tach-thua']);
    expect(findings[0]!.message).toBe(
      '"Tách thửa hoặc hợp thửa đất" (cấp tỉnh) không trích dẫn 43/2024/QH15 mà bản quốc gia mã 1.012784 làm căn cứ.',
    );
    expect(findings[0]!.message).not.toContain('118/2025');
    expect(findings[0]!.evidence['national/1.012784']).toEqual({
      missing: [{ number: '202443/2024/QH15', title: 'Luật số 43/2024/QH15 ngày 29/6/' }],
      decision: '2304/QĐ-BNNMT',
    });
  });

  // Real rows: content/procedures/tinh/dat-dai/cap-lai-giay-chung-nhan-do-mat.md against content/national/bo-nong-nghiep-mt/1.012786.md.
  it('says the province relies on the older ministry publication 2304/QĐ-BNNMT when the baseline is published by 3380/QĐ-BNNMT', async () => {
    const findings = await runRule(legalBasisDiffersFromBaseline, {
      legal: LEGAL,
      records: {
        'tinh/cap-lai': {
          code: '1.012786',
          title: 'Cấp lại Giấy chứng nhận do bị mất',
          level: 'tinh',
          legal_basis: LAND_BASIS,
          decision: '2228/QĐ-UBND',
        },
      },
      national: {
        '1.012786': {
          title: 'Cấp lại Giấy chứng nhận do bị mất',
          levels: ['tinh'],
          decision: '3380/QĐ-BNNMT',
          legal_basis: [
            {
              number: '118/2025/NĐ-C',
              title:
                'Thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và cổng Dịch vụ công quốc gia',
            },
            {
              number: '151/2025/NĐ-CP',
              title:
                'Quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai',
            },
            { number: '101/2024/NĐ-CP', title: 'Nghị định' },
            { number: '31/2024/QH15', title: 'Luật Đất đai ngày 18/01/2024;' },
            {
              number: '202443/2024/QH15',
              title: 'Luật số 58/2024/QH15 của Quốc hội: Luật Đầu tư côngLuật số 58Luật số 43/2024/QH15 ngày 29/6/',
            },
            {
              number: '226/2025/NĐ-CP',
              title: 'Sửa đổi, bổ sung một số điều của các nghị định quy định chi tiết thi hành Luật Đất đai',
            },
          ],
        },
      },
    });
    expect(which(findings)).toEqual(['national/1.012786 tinh/cap-lai']);
    expect(findings[0]!.message).toBe(
      '"Cấp lại Giấy chứng nhận do bị mất" (cấp tỉnh) không trích dẫn 226/2025/NĐ-CP, 43/2024/QH15, 58/2024/QH15 mà bản quốc gia mã 1.012786 làm căn cứ; dựa trên 2304/QĐ-BNNMT trong khi bản quốc gia hiện hành được công bố theo 3380/QĐ-BNNMT.',
    );
    expect(findings[0]!.evidence['tinh/cap-lai']).toMatchObject({ older_publication: ['2304/QĐ-BNNMT'] });
  });

  it('reports an older ministry publication alone when every text is cited', async () => {
    const findings = await runRule(legalBasisDiffersFromBaseline, {
      legal: LEGAL,
      records: { 'tinh/a': { level: 'tinh', legal_basis: ['luat-dat-dai-2024', 'qd-2304-2025-bnnmt'] } },
      national: {
        '1.001193': {
          levels: ['tinh'],
          decision: '3380/QĐ-BNNMT',
          legal_basis: [{ number: '31/2024/QH15', title: 'Luật Đất đai ngày 18/01/2024;' }],
        },
      },
    });
    expect(findings.map((f) => f.message)).toEqual([
      '"Đăng ký khai sinh" (cấp tỉnh) dựa trên 2304/QĐ-BNNMT trong khi bản quốc gia hiện hành được công bố theo 3380/QĐ-BNNMT.',
    ]);
  });

  it('does not ask for texts legal.yaml marks as superseded', async () => {
    const findings = await runRule(legalBasisDiffersFromBaseline, {
      legal: LEGAL,
      records: { 'xa/a': { legal_basis: ['luat-ho-tich-2014', 'nd-118-2025'] } },
      national: {
        '1.001193': {
          legal_basis: [
            { number: '60/2014/QH13', title: 'Luật 60/2014/QH13' },
            {
              number: '61/2018/NĐ-CP',
              title: 'Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
            },
            {
              number: '107/2021/NĐ-CP',
              title: 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP',
            },
          ],
        },
      },
    });
    expect(findings).toEqual([]);
  });

  it('does not report a record citing the same ministry publication as its baseline', async () => {
    const findings = await runRule(legalBasisDiffersFromBaseline, {
      legal: LEGAL,
      records: { 'tinh/a': { level: 'tinh', legal_basis: ['luat-dat-dai-2024', 'qd-2304-2025-bnnmt'] } },
      national: {
        '1.001193': {
          levels: ['tinh'],
          decision: '2304/QĐ-BNNMT',
          legal_basis: [{ number: '31/2024/QH15', title: 'Luật Đất đai' }],
        },
      },
    });
    expect(findings).toEqual([]);
  });

  it('reads glued and cut national numbers as the text they stand for', () => {
    expect(legalNumberYear('202443/2024/QH15')).toBe('43/2024/QH');
    expect(legalNumberYear('43/2024/QH15')).toBe('43/2024/QH');
    expect(legalNumberYear('118/2025/NĐ-C')).toBe(legalNumberYear('118/2025/NĐ-CP'));
    // A title's year glued to a number of another year (32 national records cite "202076/2025/QH15").
    expect(legalNumberYear('202076/2025/QH15')).toBe('76/2025/QH');
    expect(legalNumberYear('2024230/2025/NĐ-CP')).toBe('230/2025/ND');
    // 66.7/2025/NQ-CP is not 07/2025/NĐ-CP.
    expect(legalNumberYear('66.7/2025/NQ-CP')).not.toBe(legalNumberYear('07/2025/NĐ-CP'));
    // A publication decision keeps its four digits.
    expect(legalNumberYear('3380/2025/QĐ-BNNMT')).toBe('3380/2025/QD');
  });

  // Real rows of national 1.012790: the portal glued "Luật số 58/2024/QH15 …" into the row numbered "118/2025/NĐ-C",
  // and a title naming the text it amends ("sửa đổi … Thông tư số 02/2020/TT-BTP") cites only itself.
  it("reads a text whose number the portal glued into another row's title, and not a text a title merely amends", async () => {
    const findings = await runRule(legalBasisDiffersFromBaseline, {
      records: { 'tinh/a': { level: 'tinh', legal_basis: ['luat-ho-tich-2014'] } },
      national: {
        '1.001193': {
          legal_basis: [
            { number: '60/2014/QH13', title: 'Luật Hộ tịch' },
            {
              number: '118/2025/NĐ-C',
              title:
                'Luật số 58/2024/QH15 của Quốc hội: Luật Đầu tư côngLuật số 58Thực hiện thủ tục hành chính theo cơ chế một cửa',
            },
            {
              number: '04/2024/TT-BTP',
              title: 'Sửa đổi, bổ sung một số điều của Thông tư số 02/2020/TT-BTP ngày 08/4/2020',
            },
          ],
        },
      },
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('58/2024/QH15');
    expect(findings[0]!.message).toContain('118/2025/NĐ-C');
    expect(findings[0]!.message).toContain('04/2024/TT-BTP');
    expect(findings[0]!.message).not.toContain('02/2020');
  });
});
