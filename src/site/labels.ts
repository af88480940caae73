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

/** What the pages say about where to submit, online filing and forms, above all when the data does not know. */
export const WHERE_WORDS = {
  /** Followed by the hotline. */
  none: 'Chưa có thông tin nơi nộp hồ sơ; gọi',
  /** Followed by the hotline. */
  unknownContact: 'Chưa có địa chỉ đã kiểm chứng; gọi',
  /** A body present in every commune (the commune's centre, its police). */
  perCommune: 'Mỗi xã, phường có một nơi như vậy.',
  chooseCommune: 'Chọn xã, phường của bạn để xem địa chỉ',
  anyOf: 'Nộp ở một trong các nơi sau:',
  anywhere: 'Theo bản quốc gia, nộp được ở nơi tiếp nhận trong cả nước, không phụ thuộc nơi cư trú.',
  /** A national record's implementing bodies, copied as the national database writes them. */
  asWritten: 'Cơ quan thực hiện (theo bản quốc gia)',
  onlineLink: 'nộp hồ sơ trực tuyến',
  onNationalPortal: 'trên Cổng Dịch vụ công quốc gia',
  onlineNoLink: (code: string | undefined) =>
    `Chưa có đường dẫn đến trang của thủ tục này trên Cổng Dịch vụ công quốc gia${code ? `; tìm theo mã ${code}` : ''}.`,
  formsAtPortal: 'Tải mẫu tại trang thủ tục trên Cổng Dịch vụ công quốc gia',
  formsUnknown: (hotline: string) => `Chưa có nơi tải mẫu đã kiểm chứng; hỏi nơi nộp hồ sơ hoặc gọi ${hotline}.`,
} as const;
