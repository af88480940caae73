/** Vietnamese words the pages use for the content model's codes. */
import type { OtherBodyKind } from '../core/catalogue/serving-bodies.ts';
import type { DocumentForm } from '../core/schema/document-requirement.ts';

export const DOCUMENT_FORM_LABELS: Record<DocumentForm, string> = {
  original: 'Bản chính',
  certified_copy: 'Bản sao có chứng thực',
  copy: 'Bản sao',
  copy_with_original: 'Bản sao kèm bản chính để đối chiếu',
  electronic: 'Bản điện tử',
  present: 'Xuất trình (không nộp)',
};

export const ONLINE_LABELS = {
  full: 'Trực tuyến toàn trình',
  partial: 'Trực tuyến một phần',
  none: 'Không nộp trực tuyến',
} as const;

/** National levels include ministries and "other bodies" besides the province's three. */
export const LEVEL_LABELS: Record<string, string> = {
  bo: 'Cấp bộ',
  tinh: 'Cấp tỉnh',
  huyen: 'Cấp huyện',
  xa: 'Cấp xã',
  khac: 'Cơ quan khác',
};

export const LEGAL_STATUS_LABELS = {
  in_force: 'Còn hiệu lực',
  amended: 'Còn hiệu lực, đã được sửa đổi',
  superseded: 'Đã bị thay thế',
  expired: 'Hết hiệu lực',
} as const;

export const CHANNEL_LABELS = {
  in_person: 'Trực tiếp',
  postal: 'Qua bưu chính',
  online: 'Trực tuyến',
} as const;

/** "a, b và c". */
export function joinVi(items: readonly string[], last = 'và'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** 2026-10-01 -> "01/10/2026", the way Vietnamese notices write dates. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * Bodies other than the commune People's Committee whose procedures the national database files at
 * "Cấp xã": the commune-level list names them and links to their own lists (core/catalogue/serving-bodies.ts).
 */
export const OTHER_BODY_LABELS: Record<OtherBodyKind, string> = {
  'cong-an': 'Công an',
  'hai-quan': 'Cơ quan hải quan',
  thue: 'Cơ quan thuế',
  'bao-hiem-xa-hoi': 'Bảo hiểm xã hội',
  'kho-bac': 'Kho bạc Nhà nước',
  'dang-ky-dat-dai': 'Văn phòng đăng ký đất đai',
  'toa-an': 'Tòa án nhân dân',
  'so-nganh': 'Sở, ngành cấp tỉnh',
};

// What backs a province record: words shared with the report.
export { provenanceExplanation, provenanceLabel } from '../core/words/provenance.ts';

/** The search page's words (tim-kiem.astro and its script). */
export const SEARCH_LABELS = {
  time: 'Thời hạn',
  fee: 'Lệ phí',
  /** "Phường Tân Phú (nay thuộc Phường Bình Phước)": a former unit named in a query. */
  formerly: (former: string, current: string) => `${former} (nay thuộc ${current})`,
  placeHeading: 'Nơi nộp hồ sơ ở',
  own: 'Bản riêng của địa phương',
  placeNote: 'Kết quả dưới đây không lọc theo địa phương; trang của địa phương có mọi bản riêng và nơi nộp hồ sơ.',
  meant: 'Đang tìm theo tên chính thức:',
  helpHeading: 'Chưa tìm thấy thủ tục bạn cần?',
  trySpelling: 'Thử viết khác:',
  lifeEvents: 'Hoặc chọn theo việc bạn cần làm:',
  hotline: (hotline: string) => `Gọi đường dây nóng ${hotline} để được hướng dẫn`,
  portal: 'Tìm trên Cổng dịch vụ công quốc gia',
  filters: 'Lọc kết quả',
} as const;
