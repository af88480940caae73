/** The content model's words as page labels (capitalised); the words themselves live in core/words. */
import {
  CHANNEL_WORDS,
  DOCUMENT_FORM_WORDS,
  labels,
  LEGAL_STATUS_WORDS,
  LEVEL_WORDS,
  ONLINE_WORDS,
  OTHER_BODY_WORDS,
} from '../core/words/vocabulary.ts';

export const DOCUMENT_FORM_LABELS = labels(DOCUMENT_FORM_WORDS);
export const ONLINE_LABELS = labels(ONLINE_WORDS);
export const LEGAL_STATUS_LABELS = labels(LEGAL_STATUS_WORDS);
export const CHANNEL_LABELS = labels(CHANNEL_WORDS);
/** Keyed by any string: a record's levels are read from content, where an unknown one falls back to its id. */
export const LEVEL_LABELS: Readonly<Record<string, string>> = labels(LEVEL_WORDS);
export const OTHER_BODY_LABELS = OTHER_BODY_WORDS;

export { formatDate, joinVi } from '../core/words/format.ts';

// What backs a province record: words shared with the report.
export { provenanceExplanation, provenanceLabel } from '../core/words/provenance.ts';

/** Life-event guides (/huong-dan/<id>/, src/site/guide-view.ts). */
export const GUIDE_WORDS = {
  pageTitle: (event: string) => `${event}: từng bước`,
  linkFromEvent: 'Xem hướng dẫn từng bước',
  stepsHeading: 'Các bước',
  join: { hoac: 'hoặc', va: 'và' },
  joinExplanation: {
    hoac: 'Chọn một trong các cách sau.',
    va: 'Làm cả các việc sau, không cần theo thứ tự.',
  },
  time: 'Thời hạn giải quyết',
  fees: 'Phí, lệ phí',
  noFee: 'Không thu phí',
  where: 'Nơi nộp hồ sơ',
  whereUnknown: 'Chưa có thông tin',
  online: 'Nộp trực tuyến',
  province: (province: string) => `Theo bản của tỉnh ${province}.`,
  nationalOnly: (province: string) =>
    `Tỉnh ${province} chưa có bản riêng cho thủ tục này: số liệu theo bản trong Cơ sở dữ liệu quốc gia.`,
  otherVersions: 'Bản riêng của địa phương hoặc cấp khác:',
  detailsLink: 'Giấy tờ cần chuẩn bị và chi tiết',
  procedureLine: 'Thủ tục',
  factsNote: (province: string) =>
    `Thời hạn, lệ phí và nơi nộp ở mỗi bước lấy thẳng từ trang thủ tục (bản của tỉnh ${province} khi có), nên luôn khớp với trang đó.`,
  lastChanged: 'Hướng dẫn sửa lần cuối',
  editLink: 'Sửa hướng dẫn này',
} as const;
