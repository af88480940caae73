/**
 * What backs a province record (content model `provenance`), in the words the site and the report use. Only an
 * `official` record is called "công bố" by the province.
 */
import type { ProvenanceKind } from '../schema/published-record.ts';

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
