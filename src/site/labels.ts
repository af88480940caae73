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
