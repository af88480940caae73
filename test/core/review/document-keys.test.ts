import { describe, expect, it } from 'vitest';
import { documentHead } from '../../../src/core/review/document-keys.ts';

describe('documentHead', () => {
  it('keeps the noun phrase before a clause of case, manner, issuer or validity', () => {
    expect(documentHead('Tờ khai đăng ký khai sinh theo mẫu (nếu người có yêu cầu lựa chọn nộp trực tiếp)')).toBe('tờ khai đăng ký khai sinh');
    expect(documentHead('Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng')).toBe('giấy chứng sinh');
    expect(documentHead('b) Hóa đơn thương mại: 01 bản chụp')).toBe('hóa đơn thương mại');
    expect(documentHead('Văn bản ủy quyền được chứng thực')).toBe('văn bản ủy quyền');
  });

  it('uses the name a text defines for itself', () => {
    expect(documentHead('Hộ chiếu/Thẻ căn cước hoặc giấy tờ khác có dán ảnh (sau đây gọi tắt là giấy tờ tùy thân) để chứng minh nhân thân')).toBe('giấy tờ tùy thân');
  });

  it('gives nothing when the name is already short, or starts with a case clause', () => {
    expect(documentHead('Giấy chứng sinh')).toBeUndefined();
    expect(documentHead('Đối với trường hợp hàng hóa thuộc danh mục phải kiểm tra')).toBeUndefined();
  });
});
