import { describe, expect, it } from 'vitest';
import { missingBaselineDocument } from '../../../../src/core/review/rules/missing-baseline-document.ts';
import { runRule, which } from '../content.ts';

// Entries copied from content/documents.yaml.
const DOCUMENTS = [
  { id: 'to-khai-khai-sinh', name: 'Tờ khai đăng ký khai sinh' },
  { id: 'to-khai-thay-doi-thong-tin-cu-tru', name: 'Tờ khai thay đổi thông tin cư trú', aliases: ['CT01', 'Mẫu CT01'] },
  { id: 'giay-to-cho-o-hop-phap', name: 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp' },
  {
    id: 'giay-chung-nhan-qsdd',
    name: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
    aliases: [
      'Giấy chứng nhận',
      'GCN',
      'Sổ đỏ',
      'Sổ hồng',
      'Giấy chứng nhận quyền sử dụng đất',
      'Bản gốc Giấy chứng nhận',
    ],
  },
  {
    id: 'phieu-yeu-cau-dang-ky-bien-phap-bao-dam',
    name: 'Phiếu yêu cầu đăng ký biện pháp bảo đảm',
    aliases: ['Mẫu số 01a', 'Đơn yêu cầu đăng ký thế chấp', 'Mẫu 01/ĐK'],
  },
  {
    id: 'hop-dong-the-chap',
    name: 'Hợp đồng thế chấp quyền sử dụng đất, tài sản gắn liền với đất',
    aliases: ['Hợp đồng bảo đảm'],
  },
];

// content/procedures/xa/cu-tru/dang-ky-thuong-tru.md
const THUONG_TRU_DOCUMENTS = [
  {
    name: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01 ban hành kèm theo Thông tư 53/2025/TT-BCA)',
    doc: 'to-khai-thay-doi-thong-tin-cu-tru',
    form: 'original',
  },
  {
    name: 'Hợp đồng, văn bản cho thuê, cho mượn, cho ở nhờ chỗ ở hợp pháp đã được công chứng hoặc chứng thực',
    form: 'original',
    when: 'Đăng ký thường trú tại chỗ ở thuê, mượn, ở nhờ',
  },
  {
    name: 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp',
    doc: 'giay-to-cho-o-hop-phap',
    form: 'original',
    when: 'Chỉ khi cơ quan không khai thác được thông tin từ CSDL quốc gia về dân cư, CSDL chuyên ngành hoặc VNeID',
  },
];

// content/national/bo-cong-an/1.004222.md
const SO_HUU = 'Đăng ký thường trú vào chỗ ở hợp pháp thuộc quyền sở hữu của mình';
const TRO_GIUP =
  'Người được chăm sóc, nuôi dưỡng, trợ giúp được đăng ký thường trú tại cơ sở trợ giúp xã hội hoặc được đăng ký thường trú vào hộ gia đình nhận chăm sóc, nuôi dưỡng, trợ giúp';
const CHO_O_HOP_PHAP_ROW = {
  name: 'Thông tin chứng minh về chỗ ở hợp pháp được khai thác trong căn cước điện tử, tài khoản định danh điện tử trên hệ thống định danh và xác thực điện tử qua Ứng dụng định danh quốc gia hoặc trong Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu về cư trú, Kho quản lý dữ liệu điện tử tổ chức, cá nhân trên Cổng dịch vụ công quốc gia, Hệ thống thông tin giải quyết thủ tục hành chính cấp bộ, cấp tỉnh hoặc cơ sở dữ liệu quốc gia, cơ sở dữ liệu chuyên ngành khác. Trường hợp không khai thác được thông tin thì công dân xuất trình giấy tờ, tài liệu chứng minh chỗ ở hợp pháp theo quy định tại khoản 2 Điều 5 Nghị định 154/2024/NĐ-CP ngày 26/11/2024 của Chính phủ. Ví dụ: Trường hợp giấy tờ, tài liệu chứng minh chỗ ở hợp pháp là giấy tờ, tài liệu chứng nhận về quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do cơ quan có thẩm quyền cấp qua các thời kỳ theo quy định của pháp luật về đất đai và nhà ở được khai thác trong Cơ sở dữ liệu quốc gia về đất đai thì không phải xuất trình giấy tờ, tài liệu chứng minh chỗ ở hợp pháp.',
  form: 'original',
  when: SO_HUU,
};
const THUONG_TRU_BASELINE_DOCUMENTS = [
  {
    name: 'Văn bản đề nghị của người đứng đầu cơ sở trợ giúp xã hội đối với người được cơ sở trợ giúp xã hội nhận chăm sóc, nuôi dưỡng, trợ giúp.',
    form: 'original',
    when: TRO_GIUP,
  },
  {
    name: 'Hợp đồng, văn bản về việc cho thuê, cho mượn, cho ở nhờ được công chứng hoặc chứng thực theo quy định của pháp luật.',
    form: 'original',
    when: 'Đăng ký thường trú vào chỗ ở hợp pháp do thuê, mượn, ở nhờ',
  },
  CHO_O_HOP_PHAP_ROW,
  {
    name: 'Tờ khai thay đổi thông tin cư trú (mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA) hoặc Tờ khai thay đổi thông tin về cư trú dùng cho công dân Việt Nam định cư ở nước ngoài không có hộ chiếu Việt Nam còn giá trị sử dụng (mẫu CT02 ban hành kèm theo Thông tư số 53/2025/TT-BCA).',
    form: 'original',
    when: SO_HUU,
  },
];

// content/national/bo-tu-phap/1.011441.md: rows cut by the portal's table.
const KHOAN_27 =
  'Hồ sơ đăng ký đối với quyền sử dụng đất, tài sản gắn liền với đất đã được chứng nhận quyền sở hữu (Điều 27 Nghị định số 99/2022/NĐ-CP)';
const KHOAN_28 =
  'Hồ sơ đăng ký đối với dự án đầu tư xây dựng nhà ở, dự án đầu tư xây dựng công trình không phải là nhà ở bao gồm (khoản 1 Điều 28 Nghị định số 99/2022/NĐ-CP)';
const BAO_DAM_BASELINE_DOCUMENTS = [
  { name: 'Phiếu yêu cầu theo Mẫu số 01a tại Phụ lục (', form: 'original', when: KHOAN_27 },
  { name: ') (khoản 1 Điều 27 Nghị định số 99/2022/NĐ-CP).', form: 'original', when: KHOAN_27 },
  {
    name: 'Hợp đồng bảo đảm hoặc hợp đồng bảo đảm có công chứng, chứng thực trong trường hợp Luật Đất đai, Luật Nhà ở, luật khác có liên quan quy định (',
    form: 'original',
    when: KHOAN_27,
  },
  { name: 'hoặc', form: 'copy', when: KHOAN_27 },
  { name: 'có chứng thực) (khoản 2 Điều 27 Nghị định số 99/2022/NĐ-CP).', form: 'copy', when: KHOAN_27 },
  {
    name: 'Giấy phép xây dựng, trừ trường hợp được miễn giấy phép xây dựng theo quy định của Luật Xây dựng (',
    form: 'original',
    when: KHOAN_28,
  },
  { name: 'hoặc', form: 'copy', when: KHOAN_28 },
  { name: 'có chứng thực) (điểm c khoản 1 Điều 28 Nghị định số 99/2022/NĐ-CP).', form: 'copy', when: KHOAN_28 },
];

// content/procedures/tinh/dang-ky-bien-phap-bao-dam/dang-ky-the-chap-quyen-su-dung-dat.md
const THE_CHAP_DOCUMENTS = [
  {
    name: 'Đơn yêu cầu đăng ký (Mẫu 01/ĐK Nghị định 99/2022/NĐ-CP)',
    doc: 'phieu-yeu-cau-dang-ky-bien-phap-bao-dam',
    form: 'original',
    note: 'Bản quốc gia năm 2026 (thủ tục 1.011441) dùng Phiếu yêu cầu theo Mẫu số 01a.',
  },
  {
    name: 'Hợp đồng thế chấp',
    doc: 'hop-dong-the-chap',
    form: ['original', 'certified_copy'],
    note: 'Bản tổng hợp của tỉnh không ghi hình thức; hình thức theo bản quốc gia 1.011441 (01 bản chính hoặc 01 bản sao có chứng thực).',
  },
  { name: 'Bản gốc Giấy chứng nhận', doc: 'giay-chung-nhan-qsdd', form: 'original' },
  {
    name: 'Giấy tờ chứng minh tư cách pháp lý của các bên (CMND/CCCD; Giấy chứng nhận đăng ký kinh doanh)',
    form: 'copy_with_original',
    note: 'Bản tổng hợp của tỉnh không ghi hình thức, số bản; "bản sao kèm bản chính" là giá trị minh họa. Tên giấy tờ vẫn nhắc Chứng minh nhân dân.',
  },
];

const messages = (findings: readonly { message: string }[]) => findings.map((f) => f.message).join('\n');

describe('missing-baseline-document', () => {
  // Real rows: content/procedures/xa/cu-tru/dang-ky-thuong-tru.md against content/national/bo-cong-an/1.004222.md.
  it('reports the social-assistance paper the national permanent-residence dossier requires and the province omits', async () => {
    const findings = await runRule(missingBaselineDocument, {
      documents: DOCUMENTS,
      records: { 'xa/thuong-tru': { code: '1.004222', title: 'Đăng ký thường trú', documents: THUONG_TRU_DOCUMENTS } },
      national: { '1.004222': { title: 'Đăng ký thường trú', documents: THUONG_TRU_BASELINE_DOCUMENTS } },
    });
    expect(which(findings)).toEqual(['national/1.004222 xa/thuong-tru']);
    expect(findings[0]!.message).toBe(
      `"Đăng ký thường trú" (cấp xã) không nêu giấy tờ mà bản quốc gia mã 1.004222 quy định: "Văn bản đề nghị của người đứng đầu cơ sở trợ giúp xã hội đối với người được cơ sở trợ giúp xã hội nhận chăm sóc, nuôi dưỡng, trợ giúp." (${TRO_GIUP}).`,
    );
    expect(findings[0]!).toMatchObject({
      rule: 'missing-baseline-document',
      severity: 'warning',
      code: '1.004222',
      field: 'documents',
    });
  });

  // Real rows: content/procedures/xa/cu-tru/dang-ky-thuong-tru.md against content/national/bo-cong-an/1.004222.md.
  it('does not report the long "Thông tin chứng minh về chỗ ở hợp pháp…" row when the province lists "Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp"', async () => {
    const findings = await runRule(missingBaselineDocument, {
      documents: DOCUMENTS,
      records: {
        'xa/thuong-tru': {
          code: '1.004222',
          title: 'Đăng ký thường trú',
          documents: [
            {
              name: 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp',
              form: 'original',
              when: 'Chỉ khi cơ quan không khai thác được thông tin từ CSDL quốc gia về dân cư, CSDL chuyên ngành hoặc VNeID',
            },
          ],
        },
      },
      national: { '1.004222': { title: 'Đăng ký thường trú', documents: [CHO_O_HOP_PHAP_ROW] } },
    });
    expect(findings).toEqual([]);
  });

  // Real rows: content/procedures/tinh/dang-ky-bien-phap-bao-dam/dang-ky-the-chap-quyen-su-dung-dat.md against content/national/bo-tu-phap/1.011441.md.
  it('never reports the fragments "hoặc" and "có chứng thực) (khoản 2 Điều 27 …)." of the national security-registration rows', async () => {
    const findings = await runRule(missingBaselineDocument, {
      documents: DOCUMENTS,
      records: {
        'tinh/the-chap': {
          code: '1.011441',
          title: 'Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất',
          level: 'tinh',
          documents: THE_CHAP_DOCUMENTS,
        },
      },
      national: {
        '1.011441': {
          title: 'Đăng ký biện pháp bảo đảm bằng quyền sử dụng đất, tài sản gắn liền với đất',
          levels: ['tinh', 'xa'],
          documents: BAO_DAM_BASELINE_DOCUMENTS,
        },
      },
    });
    expect(which(findings)).toEqual(['national/1.011441 tinh/the-chap']);
    expect(findings[0]!.message).toBe(
      `"Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất" (cấp tỉnh) không nêu giấy tờ mà bản quốc gia mã 1.011441 quy định: "Giấy phép xây dựng, trừ trường hợp được miễn giấy phép xây dựng theo quy định của Luật Xây dựng (" (${KHOAN_28}).`,
    );
    expect(findings[0]!.evidence['national/1.011441']).toEqual([
      {
        name: 'Giấy phép xây dựng, trừ trường hợp được miễn giấy phép xây dựng theo quy định của Luật Xây dựng (',
        form: 'original',
        when: KHOAN_28,
      },
    ]);
    expect(messages(findings)).not.toMatch(/"hoặc"|"có chứng thực\)|"\) \(khoản/);
  });

  // Real row: content/national/bo-xay-dung/1.012896.md ("Trường hợp thuê mua nhà ở xã hội:").
  it('never reports a case heading as a missing paper, only the real paper beside it', async () => {
    const findings = await runRule(missingBaselineDocument, {
      records: { 'xa/a': {} },
      national: {
        '1.001193': {
          documents: [
            { name: 'Tờ khai đăng ký khai sinh', form: 'original' },
            {
              name: 'Trường hợp thuê mua nhà ở xã hội:',
              form: 'original',
              note: 'CSDL quốc gia ghi: 1 bản chính, 1 bản sao.',
            },
            { name: 'hoặc', form: 'copy' },
            { name: 'có chứng thực) (khoản 2 Điều 27 Nghị định số 99/2022/NĐ-CP).', form: 'copy' },
            { name: 'Giấy chứng sinh', form: 'original' },
          ],
        },
      },
    });
    expect(findings.map((f) => f.message)).toEqual([
      '"Đăng ký khai sinh" (cấp xã) không nêu giấy tờ mà bản quốc gia mã 1.001193 quy định: "Giấy chứng sinh".',
    ]);
  });

  it('does not compare a record that lists no documents', async () => {
    const findings = await runRule(missingBaselineDocument, {
      records: { 'xa/a': { documents: [] } },
      national: { '1.001193': { documents: [{ name: 'Giấy chứng sinh', form: 'original' }] } },
    });
    expect(findings).toEqual([]);
  });

  // Real notes of national 1.001193 ("## Lưu ý về hồ sơ") and the Đồng Nai khai sinh record, which offers postal filing.
  it('reports the postal-dossier rule of the national notes when the province offers postal filing and says nothing of it', async () => {
    const note =
      'Trường hợp gửi hồ sơ qua hệ thống bưu chính thì phải gửi kèm theo bản sao có chứng thực các giấy tờ phải xuất trình nêu trên.';
    const findings = await runRule(missingBaselineDocument, {
      records: {
        'xa/a': { localities: ['tran-bien'], channels: { in_person: true, postal: true, online: 'partial' } },
        'xa/b': { localities: ['phuoc-binh'], channels: { in_person: true, postal: false, online: 'partial' } },
        'xa/c': {
          channels: { in_person: true, postal: true, online: 'partial' },
          body: 'Gửi qua bưu chính thì kèm bản sao có chứng thực giấy tờ tùy thân.',
        },
      },
      national: { '1.001193': { body: `## Lưu ý về hồ sơ\n\n- ${note}\n` } },
    });
    expect(findings.map((f) => [f.records[1], f.subject])).toEqual([
      ['xa/a', 'ban-sao-chung-thuc-khi-gui-qua-buu-chinh'],
    ]);
    expect(findings[0]!.message).toContain(note);
  });
});
