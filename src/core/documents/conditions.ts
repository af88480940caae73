/** Conditions written into a requirement that change what it asks of the citizen. */
import type { DocumentRequirement } from '../schema/index.ts';
import { foldVietnamese } from '../text/fold.ts';

// A fallback clause: the paper is asked for only when the agency cannot look the data up (Resolution 66.7/2025),
// or is not needed once the data is found ("... thì không phải xuất trình"). National records write it in the name.
const FALLBACK = new RegExp(
  [
    'không (?:thể )?(?:khai thác|tra cứu|kết nối|xác minh)',
    'chưa (?:được )?(?:cập nhật|kết nối|khai thác|đưa vào vận hành|vận hành)',
    'không có (?:thông tin|dữ liệu) trong cơ sở dữ liệu',
    'thì không phải (?:xuất trình|nộp|cung cấp)',
    'chưa (?:được )?cấp (?:số|mã số) định danh',
    'chưa có (?:số|mã số) định danh',
  ].join('|'),
  'u',
);

export const isFallback = (r: DocumentRequirement) =>
  FALLBACK.test(foldVietnamese(`${r.name} ${r.when ?? ''} ${r.note ?? ''}`));
