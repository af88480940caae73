import { describe, expect, it } from 'vitest';
import { obsoleteDocument } from '../../../../src/core/review/rules/obsolete-document.ts';
import { runRule } from '../content.ts';

const DECREE_104 =
  'Nghị định sửa đổi, bổ sung một số điều của các Nghị định liên quan đến việc nộp, xuất trình sổ hộ khẩu, sổ tạm trú giấy khi thực hiện thủ tục hành chính, cung cấp dịch vụ công';
const doc = (name: string, extra: Record<string, unknown> = {}) => ({ name, form: 'original', ...extra });

describe('obsolete-document', () => {
  it('flags sổ hộ khẩu by name, by doc id, and named beside another obsolete paper', async () => {
    const findings = await runRule(obsoleteDocument, {
      records: {
        'xa/a': { documents: [doc('Sổ hộ khẩu của chủ hộ (bản chính)')] },
        'xa/b': { documents: [doc('Giấy tờ chứng minh chỗ ở', { doc: 'so-ho-khau' })] },
        'xa/c': { documents: [doc('Sổ hộ khẩu hoặc sổ tạm trú')] },
      },
      national: { '2.000986': { documents: [doc('Sổ hộ khẩu của chủ hộ (bản chính)')] } },
    });
    expect(findings.map((f) => [f.records[0], f.subject])).toEqual([
      ['national/2.000986', 'so-ho-khau'],
      ['xa/a', 'so-ho-khau'],
      ['xa/b', 'so-ho-khau'],
      ['xa/c', 'so-ho-khau'],
      ['xa/c', 'so-tam-tru'],
    ]);
    expect(findings[1]!.message).toBe(
      '"Đăng ký khai sinh" (cấp xã) yêu cầu "Sổ hộ khẩu của chủ hộ (bản chính)": Sổ hộ khẩu đã hết giá trị từ 01/01/2023 (68/2020/QH14).',
    );
    expect(findings[3]!.message).toBe(
      '"Đăng ký khai sinh" (cấp xã) còn nêu Sổ hộ khẩu trong "Sổ hộ khẩu hoặc sổ tạm trú": Sổ hộ khẩu đã hết giá trị từ 01/01/2023 (68/2020/QH14).',
    );
    expect(findings.map((f) => f.severity)).toEqual(['error', 'error', 'error', 'warning', 'warning']);
  });

  // Real rows: national 2.002192 (a fallback), 1.004772 (old papers that carry birth facts), and the Đồng Nai
  // mortgage record's "CMND/CCCD" (an obsolete paper among valid ones: a warning).
  it('does not flag a paper asked for only when data cannot be looked up, or old papers that prove facts', async () => {
    const findings = await runRule(obsoleteDocument, {
      records: {
        'tinh/a': {
          level: 'tinh',
          documents: [
            doc('Giấy tờ chứng minh tư cách pháp lý của các bên (CMND/CCCD; Giấy chứng nhận đăng ký kinh doanh)'),
          ],
        },
      },
      national: {
        '2.002192': {
          documents: [
            doc(
              'Bản sao CMND/CCCD/Thẻ căn cước trong trường hợp không khai thác được thông tin trong Cơ sở dữ liệu quốc gia về dân cư',
            ),
          ],
        },
        '1.004772': {
          documents: [
            doc('Giấy tờ có thông tin về họ, chữ đệm, tên; ngày, tháng, năm sinh như: CMND, hộ chiếu, sổ hộ khẩu'),
          ],
        },
      },
    });
    expect(findings.map((f) => [f.records[0], f.subject, f.severity])).toEqual([
      ['tinh/a', 'chung-minh-nhan-dan', 'warning'],
    ]);
  });

  it('does not flag "sổ hộ khẩu" inside the title of a cited legal text, in the record or in its national legal basis', async () => {
    const findings = await runRule(obsoleteDocument, {
      records: {
        'xa/a': {
          documents: [doc(`Giấy tờ chứng minh nơi cư trú theo Nghị định số 104/2022/NĐ-CP ${DECREE_104}`)],
          legal_basis: ['nd-104-2022'],
        },
        'xa/b': { documents: [doc(`Tờ khai theo ${DECREE_104}`)] },
      },
      national: {
        '1.001193': {
          documents: [doc('Giấy tờ theo Thông tư hướng dẫn thay thế sổ hộ khẩu bằng dữ liệu dân cư khi làm thủ tục')],
          legal_basis: [
            {
              number: '55/2023/TT-BCA',
              title: 'Thông tư hướng dẫn thay thế sổ hộ khẩu bằng dữ liệu dân cư khi làm thủ tục',
            },
          ],
        },
      },
    });
    expect(findings).toEqual([]);
  });

  it('flags an obsolete paper only from the date it became obsolete', async () => {
    const spec = { records: { 'xa/a': { documents: [doc('Bản sao CMND')] } } };
    expect(await runRule(obsoleteDocument, spec, '2024-12-31')).toEqual([]);
    expect((await runRule(obsoleteDocument, spec, '2025-01-01')).map((f) => f.subject)).toEqual([
      'chung-minh-nhan-dan',
    ]);
  });

  it('does not flag a negated mention', async () => {
    const findings = await runRule(obsoleteDocument, {
      records: { 'xa/a': { documents: [doc('Giấy tờ chứng minh nơi cư trú (không yêu cầu sổ hộ khẩu)')] } },
    });
    expect(findings).toEqual([]);
  });
});
