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

import { formatDate, joinVi } from '../core/words/format.ts';

export { formatDate, joinVi };

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
/**
 * A province record limited to some communes, wherever it is offered (lists, search results, the national page):
 * "bản của Phường Phước Bình, chỉ áp dụng ở Phường Phước Bình", so nobody elsewhere takes it for theirs.
 */
export function localVersionLabel(places: readonly string[]): string {
  const where = joinVi(places);
  return places.length === 1 ? `bản của ${where}, chỉ áp dụng ở ${where}` : `bản riêng, chỉ áp dụng ở ${where}`;
}

/** Before the link(s) for everyone a local version does not apply to. */
export const ELSEWHERE_LABEL = 'Nơi khác trong tỉnh';

/**
 * A national page's sentence when the province has no general version: with only a locality's own version, the
 * national text applies elsewhere; with none, the province may still publish details.
 */
export function nationalElsewhere(province: string, localOnly: boolean): string {
  return localOnly
    ? `Ở nơi khác trong tỉnh ${province}, thủ tục theo bản quốc gia trên trang này; tỉnh có thể công bố chi tiết riêng,`
    : `Tỉnh ${province} có thể công bố chi tiết riêng;`;
}

/** The folded section of a procedure page that holds the provenance, sources and editors' notes. */
export const NOTES_LABELS = { summary: 'Nguồn và ghi chú', editors: 'Ghi chú của biên tập viên:' } as const;

/** The record's subjects as one phrase: "Công dân Việt Nam hoặc người nước ngoài" (any of them may apply). */
export function whoMayApply(subjects: readonly string[]): string {
  const unique = [...new Set(subjects.map((s) => s.trim()).filter(Boolean))];
  if (unique.length === 0) return 'Chưa có thông tin';
  return joinVi(
    unique.map((s, i) => (i === 0 ? s : s.charAt(0).toLocaleLowerCase('vi') + s.slice(1))),
    'hoặc',
  );
}

/**
 * The printout's last line (pages carry no script, so the date is the data's, not the day of printing):
 * "Trang: https://… · Cập nhật ngày 26/11/2026 · Nguồn: …".
 */
export function printLine(address: string, updated: string | undefined, built: string, source: string): string {
  const when = updated ? `Cập nhật ngày ${updated}` : `Dữ liệu ngày ${formatDate(built)}`;
  return `Trang: ${address} · ${when} · Nguồn: ${source}`;
}

/** "3 thủ tục của tỉnh Đồng Nai và 12 thủ tục quốc gia", the count part of a list page's description. */
function countsPhrase(province: string, own: number, national: number): string {
  const parts = [
    ...(own > 0 ? [`${own} thủ tục của tỉnh ${province}`] : []),
    ...(national > 0 ? [`${national} thủ tục quốc gia`] : []),
  ];
  return parts.length > 0 ? joinVi(parts) : 'Chưa có thủ tục';
}

/** Meta descriptions of the list pages: what the page lists, with counts, as a search engine shows it. */
export const LIST_DESCRIPTIONS = {
  home: (province: string, own: number, events: number, sectors: number) =>
    `Tra cứu ${own} thủ tục hành chính của tỉnh ${province} theo tên, theo ${events} việc cần làm, nơi sống, ${sectors} lĩnh vực và cấp: giấy tờ cần chuẩn bị, thời hạn, phí, nơi nộp.`,
  sectors: (province: string, withProvince: number, nationalOnly: number) =>
    `Danh sách lĩnh vực thủ tục hành chính: ${withProvince} lĩnh vực có thủ tục của tỉnh ${province}, ${nationalOnly} lĩnh vực chỉ có thủ tục quốc gia, kèm số thủ tục.`,
  sector: (province: string, name: string, own: number, national: number) =>
    `${countsPhrase(province, own, national)} thuộc lĩnh vực ${name}: giấy tờ, thời hạn, phí, nơi nộp.`,
  level: (province: string, level: string, own: number, national: number) =>
    `${countsPhrase(province, own, national)} ở ${level.toLocaleLowerCase('vi')}: giấy tờ, thời hạn, phí, nơi nộp.`,
  otherBody: (body: string, count: number) =>
    `${count} thủ tục cấp xã do ${body.toLocaleLowerCase('vi')} giải quyết, không phải Ủy ban nhân dân xã, phường.`,
  localities: (province: string, current: number, former: number) =>
    `${current} xã, phường của tỉnh ${province}${former > 0 ? ` và ${former} đơn vị trước khi sắp xếp` : ''}: chọn nơi sống để xem thủ tục áp dụng ở đó và nơi nộp hồ sơ.`,
  locality: (name: string, count: number, own: number) =>
    `${count} thủ tục áp dụng ở ${name}${own > 0 ? `, trong đó ${own} thủ tục có quy định riêng` : ''}, và nơi nộp hồ sơ.`,
  agencies: (province: string, desks: number, others: number) =>
    `${desks} bộ phận một cửa và ${others} cơ quan giải quyết thủ tục hành chính ở tỉnh ${province}: địa chỉ, điện thoại, giờ làm việc khi có.`,
  agency: (name: string, count: number) =>
    `${count} thủ tục do ${name} tiếp nhận hoặc giải quyết, địa chỉ và cách liên hệ.`,
  lifeEvent: (province: string, name: string, own: number, national: number) =>
    `Thủ tục cho việc “${name}”: ${countsPhrase(province, own, national).replace(/^C/, 'c')}.`,
};

/** Under the comparison of documents: what it leaves to each version's own checklist. */
export const VERSION_DOCUMENTS_NOTE =
  'Chỉ so sánh các giấy tờ; tên dài được rút gọn. Giấy tờ chỉ cần trong một trường hợp riêng ("Trường hợp …", "Đối với …") và tên đầy đủ có ở mục "Giấy tờ cần chuẩn bị" trên trang của từng bản.';

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
  /** Before the words Pagefind dropped (search-query.ts unmatchedWords), then `unknownAfter`. */
  unknownBefore: 'Không thủ tục nào có từ',
  unknownAfter: '. Kết quả dưới đây chỉ theo những từ còn lại.',
  helpHeading: 'Chưa tìm thấy thủ tục bạn cần?',
  trySpelling: 'Thử viết khác:',
  lifeEvents: 'Hoặc chọn theo việc bạn cần làm:',
  hotline: (hotline: string) => `Gọi đường dây nóng ${hotline} để được hướng dẫn`,
  portal: 'Tìm trên Cổng dịch vụ công quốc gia',
  filters: 'Lọc kết quả',
} as const;

/** The report's evidence (src/site/report/evidence.ts): its field names in words. */
export const EVIDENCE_FIELD_WORDS: Readonly<Record<string, string>> = {
  row: 'dòng',
  agency: 'cơ quan',
  address: 'địa chỉ',
  phone: 'điện thoại',
  online: 'trực tuyến',
  in_person: 'trực tiếp',
  postal: 'bưu chính',
  full: 'trực tuyến toàn trình',
  cited: 'văn bản trích dẫn',
  status: 'tình trạng',
  superseded_by: 'được thay thế bởi',
  text: 'ghi',
  reason: 'lý do',
  copies: 'số bản',
  form: 'hình thức',
  when: 'khi',
  name: 'tên',
  similarity: 'độ giống',
  title: 'tên thủ tục',
  reviewed_at: 'ngày rà soát',
  level: 'cấp',
  locality: 'địa bàn',
  until: 'kết thúc',
  desks: 'nơi tiếp nhận',
  note: 'ghi chú',
  id: 'mã',
  code: 'mã thủ tục',
  local_code: 'mã địa phương',
  suggested_code: 'mã gợi ý',
  score: 'độ giống',
  number: 'số hiệu',
  missing: 'chưa trích dẫn',
  decision: 'quyết định công bố',
  older_publication: 'theo công bố cũ',
  communes: 'số xã, phường',
  with_contact: 'số nơi có địa chỉ',
  closest_row: 'dòng gần nhất',
  coverage: 'tỉ lệ tên nằm trong dòng',
  age_days: 'số ngày đã qua',
  max_age_days: 'số ngày tối đa',
  title_similarity: 'độ giống tên',
  document_similarity: 'độ giống thành phần hồ sơ',
};

/** The report's evidence: its coded values in words. */
export const EVIDENCE_VALUE_WORDS: Readonly<Record<string, string>> = {
  none: 'không có',
  partial: 'một phần',
  full: 'toàn trình',
  no_unit: 'không có đơn vị',
  superseded: 'đã bị thay thế',
  expired: 'hết hiệu lực',
  amended: 'đã được sửa đổi',
};

/** The report's evidence: the phrases around its values (field names are EVIDENCE_FIELD_WORDS). */
export const EVIDENCE_WORDS = {
  /** A value the record or the evidence does not have, an empty list. */
  none: 'không có',
  yes: 'có',
  no: 'không',
  copies: (n: number) => `${n} bản`,
  /** multiple-dossier-sets: how many sets, then the papers asked for in more than one copy. */
  dossierSets: 'số bộ hồ sơ',
  manyCopies: 'giấy tờ nhiều bản',
  /** ungrouped-record: why a code is suggested for a record without one. */
  suggestedBecause: { text: 'bản công bố nêu mã này', title: 'tên gần nhất' },
  /**
   * online-penalty compares times converted to working days (hours / 8, calendar days × 5/7, months × 22), not
   * the times as published: the figure says it is a conversion.
   */
  convertedWorkingDays: (days: string) => `${days} ngày làm việc (quy đổi)`,
} as const;

/** Under the checklist, when the record has rows that name no paper (procedure-view.ts `unnamedRows`). */
export const UNNAMED_ROWS_NOTE = (rows: number) =>
  `Bản công bố còn ${rows} dòng thành phần hồ sơ không ghi tên giấy tờ (chỉ có dấu câu); danh sách trên không tính dòng đó.`;
