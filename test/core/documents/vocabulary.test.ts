import { describe, expect, it } from 'vitest';
import { buildVocabularyIndex, identifyDocument, obsoleteMentions } from '../../../src/core/documents/vocabulary.ts';
import type { DocumentType } from '../../../src/core/schema/index.ts';

const types: DocumentType[] = [
  { id: 'so-ho-khau', name: 'Sổ hộ khẩu', aliases: ['Hộ khẩu'], obsolete: { since: '2023-01-01' } },
  { id: 'so-tam-tru', name: 'Sổ tạm trú', obsolete: { since: '2023-01-01' } },
  { id: 'chung-minh-nhan-dan', name: 'Chứng minh nhân dân', aliases: ['CMND'], obsolete: { since: '2025-01-01' } },
  { id: 'can-cuoc', name: 'Thẻ căn cước', aliases: ['CCCD'], held_by_state: true },
  { id: 'giay-khai-sinh', name: 'Giấy khai sinh', held_by_state: true },
  { id: 'giay-chung-nhan-ket-hon', name: 'Giấy chứng nhận kết hôn' },
  { id: 'giay-chung-nhan-qsdd', name: 'Giấy chứng nhận quyền sử dụng đất', aliases: ['Giấy chứng nhận'] },
  { id: 'to-khai-khai-sinh', name: 'Tờ khai đăng ký khai sinh' },
  { id: 'to-khai-khai-tu', name: 'Tờ khai đăng ký khai tử' },
];
const DECREE_104_TITLE =
  'Nghị định sửa đổi, bổ sung một số điều của các Nghị định liên quan đến việc nộp, xuất trình sổ hộ khẩu, sổ tạm trú giấy khi thực hiện thủ tục hành chính, cung cấp dịch vụ công';
const index = buildVocabularyIndex(new Map(types.map((t) => [t.id, t])), [DECREE_104_TITLE]);
const id = (name: string, doc?: string) => identifyDocument(doc === undefined ? { name } : { name, doc }, index)?.id;
const obsolete = (name: string, titles: string[] = []) => obsoleteMentions({ name }, index, titles).map((t) => t.id);

describe('identifyDocument', () => {
  it('uses the doc id, then the name or an alias, folded', () => {
    expect(id('Bất kỳ tên nào', 'can-cuoc')).toBe('can-cuoc');
    expect(id('CCCD')).toBe('can-cuoc');
    expect(id('Bản sao Giấy khai sinh')).toBe('giay-khai-sinh');
    expect(id('GIẤY KHAI SINH'.normalize('NFD'))).toBe('giay-khai-sinh');
  });

  it('picks the most similar entry, not a generic alias contained in a longer name', () => {
    expect(id('Bản sao Giấy chứng nhận kết hôn của cha mẹ')).toBe('giay-chung-nhan-ket-hon');
    expect(id('Giấy chứng nhận đăng ký hộ kinh doanh')).toBeUndefined();
  });

  it('does not take one word for another', () => {
    expect(id('Tờ khai đăng ký khai tử')).toBe('to-khai-khai-tu');
    expect(id('Giấy chứng tử')).toBeUndefined();
  });

  it('leaves a name that matches two entries equally unidentified', () => {
    expect(id('Tờ khai')).toBeUndefined();
  });
});

describe('obsoleteMentions', () => {
  it('finds the obsolete document itself and obsolete names inside a requirement', () => {
    expect(obsolete('Sổ hộ khẩu')).toEqual(['so-ho-khau']);
    expect(obsolete('Sổ hộ khẩu hoặc sổ tạm trú của người yêu cầu')).toEqual(['so-ho-khau', 'so-tam-tru']);
    expect(obsolete('Bản sao CMND hoặc CCCD')).toEqual(['chung-minh-nhan-dan']);
  });

  it('ignores mentions inside the title of a cited legal text', () => {
    expect(obsolete(`Giấy tờ chứng minh nơi cư trú theo Nghị định số 104/2022/NĐ-CP ${DECREE_104_TITLE}`)).toEqual([]);
    expect(obsolete(`Giấy tờ theo ${DECREE_104_TITLE}`)).toEqual([]);
    expect(obsolete('Văn bản theo 104/2022/NĐ-CP về nộp, xuất trình sổ hộ khẩu')).toEqual([]);
  });

  it('ignores a mention of a title the record itself cites, given by the caller', () => {
    const title = 'Thông tư hướng dẫn thay thế sổ hộ khẩu bằng dữ liệu dân cư trong các thủ tục';
    expect(obsolete(`Tờ khai theo ${title}`, [title])).toEqual([]);
  });

  it('keeps a demand written before a citation, and ignores a negated mention', () => {
    expect(obsolete('Sổ hộ khẩu (theo Nghị định 104/2022/NĐ-CP)')).toEqual(['so-ho-khau']);
    expect(obsolete('Giấy tờ chứng minh nơi cư trú (không yêu cầu sổ hộ khẩu)')).toEqual([]);
    expect(obsolete('Thông tin cư trú thay cho sổ hộ khẩu')).toEqual([]);
    expect(
      obsolete('Giấy tờ chứng minh người phụ thuộc (trừ bản chụp giấy khai sinh hoặc chứng minh nhân dân)'),
    ).toEqual([]);
  });

  it('does not take a number, a photo size or a short alias naming something else for the paper', () => {
    expect(obsolete('Tờ khai gồm họ tên, số Chứng minh nhân dân của người khai báo')).toEqual([]);
    expect(obsolete('Bản lý lịch có dán ảnh kiểu Giấy chứng minh nhân dân cỡ 4 x 6 cm')).toEqual([]);
    expect(obsolete('Hợp đồng thuê đối với trường hợp đăng ký tại nơi đăng ký hộ khẩu thường trú')).toEqual([]);
    expect(obsolete('Hộ khẩu')).toEqual(['so-ho-khau']);
  });
});
