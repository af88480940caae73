/** Vietnamese words the pages use for the content model's codes. */
import type { OtherBodyKind } from '../core/catalogue/serving-bodies.ts';
import type { ProvenanceKind } from '../core/schema/published-record.ts';
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

/**
 * What backs a province record, in the words lists and pages use (content model `provenance`). Only an
 * `official` record is called "công bố" by the province.
 */
/** `provinceName` as site.yaml writes it: "Đồng Nai". */
export function provenanceLabel(kind: ProvenanceKind, provinceName: string): string {
  const labels: Record<ProvenanceKind, string> = {
    official: `Tỉnh ${provinceName} công bố`,
    compilation: 'Theo bản tổng hợp không chính thức',
    national: 'Theo bản quốc gia, chưa có quyết định của tỉnh',
    demo: 'Dữ liệu minh họa',
  };
  return labels[kind];
}

/** One sentence under the label on a record's page: what the label means for the citizen. */
export function provenanceExplanation(kind: ProvenanceKind, provinceName: string): string {
  const notes: Record<ProvenanceKind, string> = {
    official: `Bản này theo quyết định công bố thủ tục hành chính của Chủ tịch Ủy ban nhân dân tỉnh ${provinceName}.`,
    compilation: `Bản này theo một bản tổng hợp không chính thức quyết định công bố của tỉnh ${provinceName}, chưa đối chiếu với văn bản quyết định.`,
    national: `Chưa tìm thấy quyết định công bố thủ tục này của tỉnh ${provinceName}; nội dung theo bản của bộ, ngành trong Cơ sở dữ liệu quốc gia.`,
    demo: 'Một phần thông tin là giá trị minh họa, chưa được kiểm chứng.',
  };
  return notes[kind];
}
