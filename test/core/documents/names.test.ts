import { describe, expect, it } from 'vitest';
import { documentHead } from '../../../src/core/documents/names.ts';

describe('documentHead', () => {
  it('keeps the noun phrase before a clause of case, manner, issuer or validity', () => {
    expect(documentHead('Tờ khai đăng ký khai sinh theo mẫu (nếu người có yêu cầu lựa chọn nộp trực tiếp)')).toBe(
      'tờ khai đăng ký khai sinh',
    );
    expect(
      documentHead('Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm chứng'),
    ).toBe('giấy chứng sinh');
    expect(documentHead('b) Hóa đơn thương mại: 01 bản chụp')).toBe('hóa đơn thương mại');
    expect(documentHead('Văn bản ủy quyền được chứng thực')).toBe('văn bản ủy quyền');
  });

  it('uses the name a text defines for itself', () => {
    expect(
      documentHead(
        'Hộ chiếu/Thẻ căn cước hoặc giấy tờ khác có dán ảnh (sau đây gọi tắt là giấy tờ tùy thân) để chứng minh nhân thân',
      ),
    ).toBe('giấy tờ tùy thân');
  });

  it('gives nothing when the name is already short, or starts with a case clause', () => {
    expect(documentHead('Giấy chứng sinh')).toBeUndefined();
    expect(documentHead('Đối với trường hợp hàng hóa thuộc danh mục phải kiểm tra')).toBeUndefined();
  });

  // Real rows of the 2026 national database (1.001193, 1.012783, 2.000986...).
  it('reads the paper out of list markers and case clauses', () => {
    expect(
      documentHead('(3) Mảnh trích đo bản đồ địa chính thửa đất đối với trường hợp người sử dụng đất có nhu cầu'),
    ).toBe('mảnh trích đo bản đồ địa chính thửa đất');
    expect(
      documentHead(
        'Trường hợp trẻ em bị bỏ rơi thì phải có biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập.',
      ),
    ).toBe('biên bản về việc trẻ bị bỏ rơi');
    expect(
      documentHead(
        'Trường hợp khai sinh cho trẻ em sinh ra do mang thai hộ phải có văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản cho việc mang thai hộ.',
      ),
    ).toBe('văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản cho việc mang thai hộ');
    expect(
      documentHead(
        'Đối với trường hợp gia hạn Giấy chứng nhận: + Đơn đề nghị gia hạn Giấy chứng nhận (theo Mẫu số 02)',
      ),
    ).toBe('đơn đề nghị gia hạn giấy chứng nhận');
    expect(documentHead('Trường hợp thuê mua nhà ở xã hội:')).toBeUndefined();
  });

  it('does not stop at a generic word: "giấy tờ" alone names no paper', () => {
    expect(
      documentHead(
        'Giấy tờ có giá trị chứng minh thông tin về cư trú trong trường hợp cơ quan đăng ký hộ tịch không thể khai thác được thông tin về nơi cư trú',
      ),
    ).toBe('giấy tờ có giá trị chứng minh thông tin về cư trú');
  });
});
