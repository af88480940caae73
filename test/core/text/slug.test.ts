import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/core/text/slug.ts';
import { anyText } from './arbitraries.ts';

describe('slugify', () => {
  it('makes readable ASCII slugs from Vietnamese titles', () => {
    expect(slugify('Đăng ký khai sinh')).toBe('dang-ky-khai-sinh');
    expect(slugify('Thủ tục cấp Giấy phép xây dựng (điều chỉnh)')).toBe('thu-tuc-cap-giay-phep-xay-dung-dieu-chinh');
  });

  it('turns the dot of a national code into a dash', () => {
    expect(slugify('1.001193')).toBe('1-001193');
  });

  it('gives the same slug for old/new tone placement and NFD', () => {
    expect(slugify('Hoà giải'.normalize('NFD'))).toBe(slugify('Hòa giải'));
  });

  it('cuts long slugs at a word boundary', () => {
    expect(slugify('Đăng ký khai sinh', { maxLength: 12 })).toBe('dang-ky-khai');
    expect(slugify('Đăng ký khai sinh', { maxLength: 10 })).toBe('dang-ky');
  });

  it('always yields lower-case ASCII words joined by single dashes, within the limit', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 100 }), (s, maxLength) => {
        const slug = slugify(s, { maxLength });
        return slug.length <= maxLength && /^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/.test(slug);
      }),
    );
  });
});
