/** fast-check arbitraries for Unicode-robustness properties of the text, time and money parsers. */
import fc from 'fast-check';

// Pieces that exercise Vietnamese specifics: tone marks in both placements, combining
// marks (NFD), invisible characters, odd spaces and line ends, the words of durations and fees.
const PIECES = [
  'a', 'o', 'e', 'u', 'y', 'q', 'g', 'i', 'đ', 'Đ', 'Ơ', 'ư', 'A', 'O', 'U', 'Y', 'Q',
  'hoà', 'hòa', 'HOÀ', 'thuỷ', 'thủy', 'quý', 'khoẻ', 'Uỷ ban', 'ngoài', 'hộ', 'hồ',
  '\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u0306', '\u031B',
  '\u200B', '\u200D', '\uFEFF', '\u00AD', '\u00A0', '\u202F', '\u2060', '\u180E',
  ' ', '  ', '\t', '\n', '\r', '\r\n', '.', ',', ';', ':', '(', ')', '/', '-', '“', '"',
  '0', '1', '05', '1,5', '2.000', '10,000', 'mười', 'lăm', 'hai', 'mươi', 'năm', 'thứ',
  'ngày', 'Ngày', 'làm việc', 'giờ', 'tháng', 'tuần', 'phút', 'trong', 'Trong', 'ngay', 'tiếp theo',
  'Không có thông tin', 'đồng', 'VNĐ', 'Việt Nam Đồng', 'đ', 'USD', 'triệu', 'HĐND', 'quy định',
];

/** Strings made of Vietnamese-flavoured pieces, mixed with arbitrary code points. */
export const vietnameseish: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) }), { maxLength: 25 })
  .map((parts) => parts.join(''));

/** Any string over the full Unicode range. */
export const anyUnicode: fc.Arbitrary<string> = fc.string({ unit: 'binary' });

export const anyText: fc.Arbitrary<string> = fc.oneof(vietnameseish, anyUnicode);
