/**
 * The Vietnamese wording of the checker's first problem kinds (worded in English when they were written): value
 * descriptions, the schema's own messages, the field hints. Used to give every English-worded problem its
 * Vietnamese wording (`Problem.vi`), which `check` prints by default; `--lang en` keeps the English.
 */
import { clip } from './describe-value.ts';

/** "chữ “abc”", "số 12", "một danh sách": the Vietnamese of describeFound(). */
export function describeFoundVi(value: unknown): string {
  if (value === undefined) return 'không có gì (thiếu trường này)';
  if (value === null) return 'một giá trị rỗng';
  if (typeof value === 'string') return value.trim() === '' ? 'chữ rỗng' : `chữ “${clip(value)}”`;
  if (typeof value === 'number') return `số ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value)) return value.length === 0 ? 'một danh sách rỗng' : 'một danh sách';
  if (typeof value === 'object') return 'một nhóm trường';
  return typeof value;
}

const TYPE_WORDS_VI: Record<string, string> = {
  string: 'chữ',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'true hoặc false',
  array: 'một danh sách',
  object: 'một nhóm trường',
  null: 'null',
  date: 'một ngày',
};

export function describeTypeVi(type: string): string {
  return TYPE_WORDS_VI[type] ?? type;
}

/** The schema's messages (src/core/schema), in Vietnamese; a message not listed stays as written. */
const SCHEMA_MESSAGES_VI: Record<string, string> = {
  'a date that exists in the calendar': 'một ngày có thật trong lịch',
  'a date written YYYY-MM-DD': 'một ngày viết theo dạng YYYY-MM-DD (năm-tháng-ngày)',
  'a lowercase ASCII id such as "ho-tich" (letters a-z, digits, hyphens)':
    'một mã chữ thường không dấu như “ho-tich” (chữ a-z, chữ số, dấu gạch ngang)',
  'a national procedure code: one digit, a dot, six digits, in quotes ("1.001193")':
    'một mã thủ tục quốc gia: một chữ số, dấu chấm, sáu chữ số, trong dấu nháy (“1.001193”)',
  'a non-empty text': 'một đoạn chữ không rỗng',
  'a note explaining the fee when amount is null': 'một ghi chú (note) giải thích khoản phí khi amount là null',
  'a number of zero or more': 'một số từ 0 trở lên',
  'a result code such as KQ.G15.000031': 'một mã kết quả như KQ.G15.000031',
  'a web address starting with https:// or http://': 'một địa chỉ web bắt đầu bằng https:// hoặc http://',
  'a whole number of đồng, without dots or commas (50000)':
    'một số đồng viết liền, không có dấu chấm hay dấu phẩy (50000)',
  'a whole number': 'một số nguyên',
  'an e-mail address': 'một địa chỉ thư điện tử',
  'at least 1 copy (leave the document out if it is not required)': 'ít nhất 1 bản (bỏ giấy tờ ra nếu không bắt buộc)',
  'at least 1 set': 'ít nhất 1 bộ',
  'at least one accepted form': 'ít nhất một hình thức được nhận',
  'at least one level': 'ít nhất một cấp',
  'at least one locality, or leave the key out to mean every unit at its level':
    'ít nhất một địa phương, hoặc bỏ hẳn khóa này để áp dụng cho mọi đơn vị cùng cấp',
  'at least one source (or demo: true for illustrative data)':
    'ít nhất một nguồn (hoặc demo: true cho dữ liệu minh họa)',
  'at least one source (the national portal page)': 'ít nhất một nguồn (trang Cổng Dịch vụ công quốc gia)',
  'at least one subject': 'ít nhất một đối tượng',
  'digits in quotes ("25993")': 'các chữ số trong dấu nháy (“25993”)',
  'digits only, in quotes ("1022")': 'chỉ gồm chữ số, trong dấu nháy (“1022”)',
  'zero or more đồng (0 means exempt)': 'từ 0 đồng trở lên (0 là miễn)',
  'a value of another shape': 'một giá trị dạng khác',
};

export function schemaMessageVi(message: string): string {
  return SCHEMA_MESSAGES_VI[message] ?? message;
}

/** Field hints (zod-problems.ts HINTS) in Vietnamese. */
export const HINTS_VI: Record<string, string> = {
  note: 'Giải thích khoản phí trong note, ví dụ note: "Mức thu theo Nghị quyết số .../NQ-HĐND", hoặc ghi số tiền.',
  code: 'Viết mã thủ tục quốc gia trong dấu nháy: code: "1.001193".',
  processing_time: 'Viết {value: 5, unit: working_days} hoặc chữ như "05 ngày làm việc".',
  amount: 'Viết số đồng liền, không dấu ngăn cách (50000); 0 nếu miễn; hoặc null kèm note.',
  reviewed_at: 'Viết ngày theo dạng YYYY-MM-DD, ví dụ 2026-10-01.',
  form: 'Dùng original, certified_copy, copy, copy_with_original, electronic hoặc present.',
  copies: 'Viết số bản (từ 1 trở lên), hoặc bỏ khóa này nếu là 1 bản.',
  sources: 'Thêm ít nhất một nguồn: - { title: "Quyết định số .../QĐ-UBND", url: "https://..." }.',
};

export const GENERIC_HINT_VI = 'Xem docs/field-reference.md để biết dạng đúng của trường này.';
