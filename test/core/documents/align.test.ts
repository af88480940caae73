import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../../src/core/documents/align.ts';
import { buildVocabularyIndex } from '../../../src/core/documents/vocabulary.ts';
import type { DocumentRequirement, DocumentType } from '../../../src/core/schema/index.ts';

const vocabulary = buildVocabularyIndex(
  new Map<string, DocumentType>([
    ['giay-chung-sinh', { id: 'giay-chung-sinh', name: 'Giấy chứng sinh' }],
    ['trich-luc-khai-tu', { id: 'trich-luc-khai-tu', name: 'Trích lục khai tử', aliases: ['Giấy chứng tử'] }],
    ['can-cuoc', { id: 'can-cuoc', name: 'Thẻ căn cước', aliases: ['CCCD', 'Căn cước công dân'] }],
  ]),
);
const doc = (name: string, extra: Partial<DocumentRequirement> = {}): DocumentRequirement => ({
  name,
  form: 'original',
  ...extra,
});

/** Record ids of each slot, in slot order. */
function align(a: DocumentRequirement[], b: DocumentRequirement[]) {
  return alignDocuments(
    [
      { id: 'a', documents: a },
      { id: 'b', documents: b },
    ],
    vocabulary,
  ).map((s) => [...s.byRecord.keys()].join('+'));
}

describe('alignDocuments', () => {
  it('puts reworded, reordered, NFD and old-tone-mark names of one document in one slot', () => {
    expect(
      align([doc('Tờ khai đăng ký khai sinh (theo mẫu)')], [doc('Tờ khai đăng ký khai sinh theo mẫu quy định')]),
    ).toEqual(['a+b']);
    expect(align([doc('Văn bản ủy quyền và giấy tờ tùy thân')], [doc('Giấy tờ tùy thân và văn bản ủy quyền')])).toEqual(
      ['a+b'],
    );
    expect(align([doc('Giấy xác nhận hoà giải')], [doc('Giấy xác nhận hòa giải'.normalize('NFD'))])).toEqual(['a+b']);
  });

  it('keeps "Giấy chứng sinh" and "Giấy chứng tử" apart, with or without the vocabulary', () => {
    expect(align([doc('Giấy chứng sinh')], [doc('Giấy chứng tử')])).toEqual(['a', 'b']);
    const bare = buildVocabularyIndex(new Map());
    const slots = alignDocuments(
      [
        { id: 'a', documents: [doc('Giấy chứng sinh')] },
        { id: 'b', documents: [doc('Giấy chứng tử')] },
      ],
      bare,
    );
    expect(slots).toHaveLength(2);
  });

  it('aligns by doc id first, then by vocabulary name or alias', () => {
    const slots = alignDocuments(
      [
        { id: 'a', documents: [doc('Giấy tờ chứng minh nhân thân', { doc: 'can-cuoc' })] },
        { id: 'b', documents: [doc('CCCD')] },
        { id: 'c', documents: [doc('Căn cước công dân')] },
      ],
      vocabulary,
    );
    expect(slots.map((s) => [s.subject, [...s.byRecord.keys()]])).toEqual([['can-cuoc', ['a', 'b', 'c']]]);
  });

  it('joins an unidentified longer name to the vocabulary slot it resembles', () => {
    const slots = alignDocuments(
      [
        { id: 'a', documents: [doc('Giấy chứng sinh')] },
        { id: 'b', documents: [doc('Giấy chứng sinh do cơ sở y tế cấp')] },
      ],
      vocabulary,
    );
    expect(slots).toHaveLength(1);
  });

  it('names a slot after the first member (the baseline) so the subject does not depend on record order', () => {
    const slots = alignDocuments(
      [
        { id: 'national/1', documents: [doc('Đơn đề nghị cấp bản sao trích lục')] },
        { id: 'xa/a', documents: [doc('Đơn đề nghị cấp bản sao trích lục (theo mẫu)')] },
      ],
      vocabulary,
    );
    expect(slots.map((s) => s.subject)).toEqual(['don-de-nghi-cap-trich-luc']);
  });

  it('keeps two entries of one record for two cases in the same slot', () => {
    const slots = alignDocuments(
      [
        {
          id: 'a',
          documents: [
            doc('Văn bản ủy quyền', { when: 'Ủy quyền' }),
            doc('Văn bản uỷ quyền', { when: 'Ủy quyền cho người thân' }),
          ],
        },
      ],
      vocabulary,
    );
    expect(slots).toHaveLength(1);
    expect(slots[0]!.byRecord.get('a')).toHaveLength(2);
  });
});

describe('alignDocuments on national sentences', () => {
  it('aligns a whole-sentence national name with the short published name through its head', () => {
    const index = buildVocabularyIndex(
      new Map<string, DocumentType>([
        ['to-khai-khai-sinh', { id: 'to-khai-khai-sinh', name: 'Tờ khai đăng ký khai sinh' }],
        ['giay-to-tuy-than', { id: 'giay-to-tuy-than', name: 'Giấy tờ tùy thân', aliases: ['Hộ chiếu'] }],
      ]),
    );
    const national = [
      doc(
        'Tờ khai đăng ký khai sinh theo mẫu (nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tiếp hoặc gửi hồ sơ qua hệ thống bưu chính)',
      ),
      doc(
        'Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước hoặc các giấy tờ khác có dán ảnh (sau đây gọi tắt là giấy tờ tùy thân) để chứng minh về nhân thân',
        { form: 'present' },
      ),
      doc(
        'Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh',
      ),
    ];
    const published = [
      doc('Tờ khai đăng ký khai sinh', { doc: 'to-khai-khai-sinh' }),
      doc('Giấy tờ tùy thân của người đi đăng ký', { form: 'present' }),
      doc('Giấy chứng sinh'),
    ];
    const slots = alignDocuments(
      [
        { id: 'national/1.001193', documents: national },
        { id: 'xa/a', documents: published },
      ],
      index,
    );
    expect(slots.map((s) => [s.subject, s.byRecord.size])).toEqual([
      ['to-khai-khai-sinh', 2],
      ['giay-to-tuy-than', 2],
      ['giay-chung-sinh', 2],
    ]);
  });
});
