import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAME_DOCUMENT_THRESHOLD, documentNameKey, nameSimilarity } from '../../../src/core/text/similarity.ts';
import { anyText } from './arbitraries.ts';

const same = (a: string, b: string) => nameSimilarity(a, b) >= SAME_DOCUMENT_THRESHOLD;

describe('documentNameKey', () => {
  it('removes filler that says how a document is provided, not what it is', () => {
    expect(documentNameKey('Tờ khai đăng ký khai sinh (theo mẫu)')).toBe('tờ khai đăng ký khai sinh');
    expect(documentNameKey('Tờ khai đăng ký khai sinh theo mẫu quy định')).toBe('tờ khai đăng ký khai sinh');
    expect(documentNameKey('Giấy tờ chứng minh (nếu có)')).toBe('giấy tờ chứng minh');
    expect(documentNameKey('01 Bản sao có chứng thực Giấy khai sinh')).toBe('giấy khai sinh');
    expect(documentNameKey('Đơn đề nghị theo Mẫu số 01/TB-HT ban hành kèm theo Thông tư số 04/2020/TT-BTP')).toBe(
      'đơn đề nghị',
    );
  });

  it('keeps the folded name when it is nothing but filler', () => {
    expect(documentNameKey('Bản sao')).toBe('bản sao');
  });
});

describe('nameSimilarity', () => {
  it('matches the same document written with and without form filler', () => {
    expect(same('Tờ khai đăng ký khai sinh (theo mẫu)', 'Tờ khai đăng ký khai sinh theo mẫu quy định')).toBe(true);
  });

  it('gives 1 for NFD and old-tone variants', () => {
    expect(nameSimilarity('Giấy xác nhận hoà giải'.normalize('NFD'), 'Giấy xác nhận hòa giải')).toBe(1);
    expect(nameSimilarity('Quyết định của Uỷ ban', 'Quyết định của Ủy ban')).toBe(1);
  });

  it('scores reordered clauses of the same name high', () => {
    const score = nameSimilarity('Giấy tờ tùy thân, bản sao', 'Bản sao giấy tờ tùy thân');
    expect(score).toBeGreaterThanOrEqual(SAME_DOCUMENT_THRESHOLD);
    expect(
      nameSimilarity(
        'Văn bản ủy quyền có chứng thực và giấy tờ tùy thân',
        'Giấy tờ tùy thân và văn bản ủy quyền có chứng thực',
      ),
    ).toBe(1);
  });

  it('separates documents whose names differ by one meaningful word', () => {
    expect(same('Giấy chứng sinh', 'Giấy chứng tử')).toBe(false);
    expect(same('Tờ khai đăng ký khai sinh', 'Tờ khai đăng ký khai tử')).toBe(false);
    expect(
      same(
        'Văn bản xác nhận của cơ quan có thẩm quyền về tình trạng hôn nhân của người yêu cầu',
        'Văn bản xác nhận của cơ quan có thẩm quyền về tình trạng cư trú của người yêu cầu',
      ),
    ).toBe(false);
  });

  it('matches a name that only adds detail to a short one, but not a bare generic word', () => {
    expect(same('Tờ khai', 'Tờ khai đăng ký khai sinh')).toBe(true);
    expect(same('Giấy tờ', 'Giấy tờ chứng minh nơi cư trú')).toBe(false);
  });

  it('is symmetric, in [0, 1], 1 on itself and never throws', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const s = nameSimilarity(a, b);
        return s >= 0 && s <= 1 && s === nameSimilarity(b, a) && nameSimilarity(a, a) === 1;
      }),
    );
  });
});
