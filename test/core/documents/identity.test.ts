import { describe, expect, it } from 'vitest';
import { DocumentIdentity } from '../../../src/core/documents/identity.ts';
import type { DocumentRequirement, DocumentType } from '../../../src/core/schema/index.ts';

const TYPES = new Map<string, DocumentType>(
  [
    { id: 'giay-chung-sinh', name: 'Giấy chứng sinh' },
    { id: 'giay-bao-tu', name: 'Giấy báo tử', aliases: ['Giấy báo tử hoặc giấy tờ thay Giấy báo tử'] },
    { id: 'giay-to-chung-minh-noi-cu-tru', name: 'Giấy tờ có giá trị chứng minh thông tin về cư trú' },
    { id: 'giay-to-cho-o-hop-phap', name: 'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp' },
  ].map((t) => [t.id, t]),
);
const documents = new DocumentIdentity(TYPES);
const row = (name: string, form: DocumentRequirement['form'] = 'original'): DocumentRequirement => ({ name, form });

// Rows quoted from the bundled content: national 1.001193, 1.004222, 1.012786, 1.011441, 2.000884 and the Đồng Nai
// records of khai sinh, thường trú and chứng thực chữ ký.
describe('DocumentIdentity', () => {
  it('identifies a requirement by doc id, by documents.yaml, or by its own name, and says which', () => {
    expect(
      documents.identify({ name: 'Giấy tờ chứng minh nơi cư trú', doc: 'giay-to-chung-minh-noi-cu-tru' }),
    ).toMatchObject({ reason: 'doc-id', subject: 'giay-to-chung-minh-noi-cu-tru' });
    expect(
      documents.identify({
        name: 'Giấy tờ có giá trị chứng minh thông tin về cư trú trong trường hợp cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú của công dân theo các phương thức quy định tại khoản 2 Điều 14 Nghị định số 104/2022/NĐ-CP',
      }),
    ).toMatchObject({ reason: 'vocabulary', subject: 'giay-to-chung-minh-noi-cu-tru' });
    expect(
      documents.identify({
        name: '(2) Mảnh trích đo bản đồ địa chính thửa đất đối với trường hợp người sử dụng đất có nhu cầu',
      }),
    ).toMatchObject({
      reason: 'own-name',
      subject: 'manh-trich-do-ban-do-dia-chinh-thua-dat',
    });
  });

  it('finds a province paper named inside a long national row, and says so', () => {
    const national = row(
      'Thông tin chứng minh về chỗ ở hợp pháp được khai thác trong căn cước điện tử, tài khoản định danh điện tử trên hệ thống định danh và xác thực điện tử qua Ứng dụng định danh quốc gia. Trường hợp không khai thác được thông tin thì công dân xuất trình giấy tờ, tài liệu chứng minh chỗ ở hợp pháp theo quy định tại khoản 2 Điều 5 Nghị định 154/2024/NĐ-CP.',
    );
    expect(documents.compare(row('Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp'), national)).toMatchObject({
      same: true,
      reason: 'named-inside',
    });
    const closest = documents.closest(row('Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp'), [
      row('Tờ khai thay đổi thông tin cư trú'),
      national,
    ]);
    expect(closest?.row).toBe(national);
    expect(closest?.coverage).toBe(1);
  });

  it('keeps different papers apart: chứng sinh is not chứng tử, two entries are two papers', () => {
    expect(documents.compare(row('Giấy chứng sinh'), row('Giấy chứng tử'))).toMatchObject({ same: false });
    expect(documents.compare(row('Giấy chứng sinh'), row('Giấy báo tử hoặc giấy tờ thay Giấy báo tử'))).toMatchObject({
      same: false,
      reason: 'different-entries',
    });
    // The direction the review asks (is the province's paper in the national list?): the closest national row
    // contains too little of it.
    const posting = row('Giấy xác nhận của UBND cấp xã về việc đã niêm yết thông báo mất Giấy chứng nhận');
    expect(
      documents.closest(posting, [
        row('(1) Đơn đăng ký biến động đất đai, tài sản gắn liền với đất theo Mẫu số 18'),
        row('(2) Bản gốc Giấy chứng nhận đã cấp.'),
      ])?.coverage,
    ).toBeLessThan(0.8);
  });

  it('reads the identity papers of "Một trong các giấy tờ sau: …" as the paper, not as "giấy tờ"', () => {
    const national = row(
      'Một trong các giấy tờ sau: Căn cước điện tử; bản chính hoặc bản sao của Thẻ căn cước công dân hoặc Thẻ căn cước hoặc Giấy chứng nhận căn cước hoặc Hộ chiếu hoặc giấy tờ xuất nhập cảnh hoặc giấy tờ có giá trị đi lại quốc tế còn giá trị sử dụng.',
    );
    const province = row(
      'Một giấy tờ tùy thân còn giá trị: căn cước điện tử, hoặc bản chính hay bản sao thẻ căn cước, căn cước công dân, giấy chứng nhận căn cước, hộ chiếu',
    );
    expect(documents.compare(province, national).same).toBe(true);
  });

  it('tells a paper from a case heading and from a fragment of the row before it', () => {
    expect(
      documents.namesAPaper(
        row(
          'Văn bản đề nghị của người đứng đầu cơ sở trợ giúp xã hội đối với người được cơ sở trợ giúp xã hội nhận chăm sóc.',
        ),
      ),
    ).toBe(true);
    expect(documents.namesAPaper(row('Trường hợp thuê mua nhà ở xã hội:'))).toBe(false);
    expect(documents.namesAPaper(row('hoặc'))).toBe(false);
    expect(documents.namesAPaper(row('có chứng thực) (khoản 2 Điều 27 Nghị định số 99/2022/NĐ-CP).'))).toBe(false);
  });

  it('aligns a group with its baseline in slots named after the baseline', () => {
    const slots = documents.align([
      {
        id: 'national/1.001193',
        documents: [
          row(
            'Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh',
          ),
        ],
      },
      { id: 'xa/a', documents: [row('Giấy chứng sinh')] },
    ]);
    expect(slots).toHaveLength(1);
    expect([...slots[0]!.byRecord.keys()]).toEqual(['national/1.001193', 'xa/a']);
  });
});
