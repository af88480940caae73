/**
 * What the importer could not read cleanly. It never drops a record for these: the value is kept as text
 * (or marked unknown) and the kind is counted, so that the run's summary shows how imperfect the source is.
 */
export const WARNING_KINDS = {
  time_without_unit: 'thời hạn chỉ có con số, không có đơn vị ("1")',
  time_missing: 'thời hạn "Không có thông tin"',
  time_unreadable: 'thời hạn không đọc được, giữ nguyên văn',
  time_differs_by_channel: 'thời hạn khác nhau giữa các kênh nộp',
  fee_missing: 'phí, lệ phí "Không có thông tin"',
  fee_unreadable: 'ô phí không đọc được, giữ nguyên văn trong ghi chú',
  fee_foreign_currency: 'phí tính bằng ngoại tệ (USD): amount null kèm ghi chú',
  fee_free_but_note_has_amount: '"Miễn phí" nhưng ghi chú nêu số tiền hoặc HĐND tỉnh quy định',
  fee_note_amount_differs: 'số tiền trong ô phí khác số tiền trong ghi chú',
  fee_differs_by_channel: 'phí khác nhau giữa các kênh nộp',
  duplicate_channel_row: 'một kênh nộp xuất hiện hai lần (khác cơ quan): phí dòng sau thành khoản phí thêm',
  no_channel_rows: 'không có dòng cách thức thực hiện nào',
  sector_missing: 'không có lĩnh vực',
  subjects_missing: 'không có đối tượng thực hiện',
  document_rule_rows: 'dòng "0 bản chính" là quy định, chuyển vào phần "Lưu ý về hồ sơ"',
  documents_missing: 'không có thành phần hồ sơ',
  form_name_guessed: 'không thấy ranh giới giữa tên giấy tờ và tên tệp mẫu: tên tệp lấy từ chữ cuối',
  document_text_unread: 'đoạn thành phần hồ sơ không có số lượng, chuyển vào phần "Lưu ý về hồ sơ"',
  legal_basis_missing: 'không có căn cứ pháp lý',
  legal_basis_unread: 'đoạn căn cứ pháp lý không có số hiệu văn bản, chuyển vào phần ghi chú',
  result_missing: 'không có kết quả thực hiện',
  result_code_nonstandard: 'mã kết quả không theo dạng KQ.Gxx.nnnnnn, giữ trong tên kết quả',
  steps_missing: 'không có trình tự thực hiện',
} as const;

export type WarningKind = keyof typeof WARNING_KINDS;

export interface ImportWarning {
  kind: WarningKind;
  /** The text that caused it, shortened, for the log. */
  detail?: string;
}

/** Collects the warnings of one record. */
export class Warnings {
  readonly list: ImportWarning[] = [];

  add(kind: WarningKind, detail?: string): void {
    this.list.push(detail === undefined ? { kind } : { kind, detail: shorten(detail) });
  }
}

function shorten(s: string, max = 120): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
