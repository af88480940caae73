import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, foldVietnamese, unifyTonePlacement } from '../../../src/core/text/fold.ts';
import { anyText } from './arbitraries.ts';

describe('foldVietnamese', () => {
  it.each([
    ['hoà', 'hòa'],
    ['thuỷ', 'thủy'],
    ['hoá', 'hóa'],
    ['Uỷ ban nhân dân', 'Ủy ban nhân dân'],
    ['khoẻ', 'khỏe'],
    ['toạ', 'tọa'],
    ['loã', 'lõa'],
    ['oả', 'ỏa'],
    ['luỵ', 'lụy'],
    ['tuỳ thân', 'tùy thân'],
    ['huỹ', 'hũy'],
  ])('treats old and new tone placement alike: %s = %s', (a, b) => {
    expect(foldVietnamese(a)).toBe(foldVietnamese(b));
  });

  it('uses the placement of official texts (hòa, thủy) as the canonical form', () => {
    expect(foldVietnamese('Hoà bình, thuỷ lợi')).toBe('hòa bình thủy lợi');
  });

  it('does not move the tone where it belongs on the second vowel', () => {
    // "qu" is one consonant: the tone of "quý" is on y in every spelling.
    expect(foldVietnamese('Quý')).toBe('quý');
    // Followed by a consonant or another vowel the tone is on the second vowel in both styles.
    expect(foldVietnamese('hoàn thành, ngoài, thuyết')).toBe('hoàn thành ngoài thuyết');
  });

  it('ignores case, punctuation and spacing', () => {
    expect(foldVietnamese('  Giấy CHỨNG sinh;\n(bản chính)  ')).toBe('giấy chứng sinh bản chính');
  });

  it('keeps diacritics and đ, which carry meaning', () => {
    expect(foldVietnamese('Giấy chứng sinh')).not.toBe(foldVietnamese('Giấy chứng tử'));
    expect(foldVietnamese('hộ')).not.toBe(foldVietnamese('hồ'));
    expect(foldVietnamese('Đăng ký')).toBe('đăng ký');
  });

  it('reads NFD input and zero-width characters', () => {
    expect(foldVietnamese('Ho\u200Bà'.normalize('NFD'))).toBe('hòa');
  });

  it('is idempotent, never throws, and is the same for NFC and NFD input', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = foldVietnamese(s);
        return (
          foldVietnamese(once) === once && foldVietnamese(s.normalize('NFD')) === foldVietnamese(s.normalize('NFC'))
        );
      }),
    );
  });
});

describe('foldForSearch', () => {
  it('drops diacritics and maps đ to d', () => {
    expect(foldForSearch('Đăng ký khai sinh')).toBe('dang ky khai sinh');
    expect(foldForSearch('THUỶ lợi, hoà giải')).toBe('thuy loi hoa giai');
  });

  it('is idempotent, never throws, and is the same for NFC and NFD input', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = foldForSearch(s);
        return foldForSearch(once) === once && foldForSearch(s.normalize('NFD')) === foldForSearch(s.normalize('NFC'));
      }),
    );
  });
});

describe('unifyTonePlacement', () => {
  it('keeps case', () => {
    expect(unifyTonePlacement('HOÀ')).toBe('HÒA');
  });
});
