/**
 * The Vietnamese words for the content model's and the review's codes, in one place, keyed by the enums that
 * define the codes, so that the site, the report, the review's messages and the command lines say the same
 * thing. Words are written as they read inside a sentence ("bản sao có chứng thực"); `capitalised` makes a label.
 */
import type { FindingScope, FindingStatus, Severity } from '../review/finding.ts';
import type { OtherBodyKind } from '../catalogue/serving-bodies.ts';
import type { ChannelId, ONLINE_LEVELS } from '../schema/channels.ts';
import type { DocumentForm } from '../schema/document-requirement.ts';
import type { FORMER_UNIT_TYPES } from '../schema/localities.ts';
import type { nationalLevelSchema } from '../schema/primitives.ts';
import type { LEGAL_STATUSES } from '../schema/vocabularies.ts';

type OnlineLevel = (typeof ONLINE_LEVELS)[number];
type FormerUnitType = (typeof FORMER_UNIT_TYPES)[number];
type NationalLevel = (typeof nationalLevelSchema.options)[number];
type LegalStatus = (typeof LEGAL_STATUSES)[number];

/** How a document is handed in (document-requirement `form`). */
export const DOCUMENT_FORM_WORDS: Readonly<Record<DocumentForm, string>> = {
  original: 'bản chính',
  certified_copy: 'bản sao có chứng thực',
  copy: 'bản sao',
  copy_with_original: 'bản sao kèm bản chính để đối chiếu',
  electronic: 'bản điện tử',
  present: 'xuất trình, không nộp',
};

/** How much of a procedure can be done online (`channels.online`). */
export const ONLINE_WORDS: Readonly<Record<OnlineLevel, string>> = {
  full: 'trực tuyến toàn trình',
  partial: 'trực tuyến một phần',
  none: 'không nộp trực tuyến',
};

/** Ways to submit (`channels`, `by_channel`). */
export const CHANNEL_WORDS: Readonly<Record<ChannelId, string>> = {
  in_person: 'trực tiếp',
  postal: 'qua bưu chính',
  online: 'trực tuyến',
};

/** Levels as the national database names them; a province's own levels carry their names in site.yaml. */
export const LEVEL_WORDS: Readonly<Record<NationalLevel, string>> = {
  bo: 'cấp bộ',
  tinh: 'cấp tỉnh',
  huyen: 'cấp huyện',
  xa: 'cấp xã',
  khac: 'cơ quan khác',
};

/** Whether a legal text is in force (legal.yaml `status`). */
export const LEGAL_STATUS_WORDS: Readonly<Record<LegalStatus, string>> = {
  in_force: 'còn hiệu lực',
  amended: 'còn hiệu lực, đã được sửa đổi',
  superseded: 'đã bị thay thế',
  expired: 'hết hiệu lực',
};

/** Types of the units merged on 2025-07-01 (localities.yaml `formerly[].type`). */
export const FORMER_UNIT_TYPE_WORDS: Readonly<Record<FormerUnitType, string>> = {
  phuong: 'phường',
  xa: 'xã',
  'thi-tran': 'thị trấn',
};

/** Bodies other than the commune People's Committee whose procedures the national database files at "Cấp xã". */
export const OTHER_BODY_WORDS: Readonly<Record<OtherBodyKind, string>> = {
  'cong-an': 'Công an',
  'hai-quan': 'Cơ quan hải quan',
  thue: 'Cơ quan thuế',
  'bao-hiem-xa-hoi': 'Bảo hiểm xã hội',
  'kho-bac': 'Kho bạc Nhà nước',
  'dang-ky-dat-dai': 'Văn phòng đăng ký đất đai',
  'toa-an': 'Tòa án nhân dân',
  'so-nganh': 'Sở, ngành cấp tỉnh',
};

/** How serious a finding is. */
export const SEVERITY_WORDS: Readonly<Record<Severity, string>> = {
  error: 'lỗi',
  warning: 'cảnh báo',
  info: 'thông tin',
};

/** Where the Provincial Office stands on a finding (review/decisions.yaml `status`, or open). */
export const FINDING_STATUS_WORDS: Readonly<Record<FindingStatus, string>> = {
  open: 'chưa xử lý',
  justified: 'khác biệt hợp lý',
  fix_planned: 'sẽ sửa',
  fixed: 'đã sửa',
};

/** Whose data a finding is about. */
export const FINDING_SCOPE_WORDS: Readonly<Record<FindingScope, string>> = {
  province: 'bản công bố của tỉnh',
  national: 'chất lượng dữ liệu quốc gia',
};

/** "bản chính" -> "Bản chính": a label at the start of a cell or line. */
export function capitalised(words: string): string {
  return words.charAt(0).toLocaleUpperCase('vi') + words.slice(1);
}

/** The same words map with every value capitalised, for labels. */
export function labels<K extends string>(words: Readonly<Record<K, string>>): Readonly<Record<K, string>> {
  return Object.fromEntries(Object.entries<string>(words).map(([k, v]) => [k, capitalised(v)])) as Record<K, string>;
}
