import { z } from 'zod';
import { codeSchema, dateSchema, idSchema, levelIdSchema, nonEmptyText, urlSchema } from './primitives.ts';
import { recordFields, reviewedAtSchema, sourcesSchema } from './record-fields.ts';

/**
 * What backs a province record (issue 12). Only `official` may be called "tỉnh Đồng Nai công bố":
 * - official: a decision of the Chairman of the provincial People's Committee publishing the procedure, with
 *   number, date and link;
 * - compilation: a named unofficial compilation of such a decision;
 * - national: the national text adopted because no provincial decision was found;
 * - demo: illustrative values (the record says `demo: true`).
 */
export const PROVENANCE_KINDS = ['official', 'compilation', 'national', 'demo'] as const;
export type ProvenanceKind = (typeof PROVENANCE_KINDS)[number];
export const provenanceSchema = z
  .strictObject({
    kind: z
      .enum(PROVENANCE_KINDS)
      .describe(
        'official (quyết định công bố của Chủ tịch UBND tỉnh), compilation (bản tổng hợp không chính thức của quyết định đó), national (theo bản quốc gia, chưa tìm thấy quyết định của tỉnh), demo (giá trị minh họa).',
      ),
    basis: nonEmptyText.describe(
      'Căn cứ của bản ghi, bằng lời: quyết định nào, bản tổng hợp nào, bản quốc gia nào, đã tìm gì mà không thấy.',
    ),
    decision: z
      .strictObject({
        number: nonEmptyText.describe('Số quyết định, ví dụ "2228/QĐ-UBND".'),
        date: dateSchema.describe('Ngày ký.'),
        url: urlSchema.describe('Địa chỉ văn bản.'),
      })
      .optional()
      .describe('Quyết định công bố của Chủ tịch UBND tỉnh: bắt buộc khi kind là official.'),
  })
  .describe('Nguồn gốc bản ghi của tỉnh: trang web nói rõ bản ghi dựa vào đâu.');
export type Provenance = z.infer<typeof provenanceSchema>;

/** Front matter of `procedures/<level>/**\/*.md`: one published version of a procedure at a level. */
export const publishedRecordSchema = z
  .strictObject({
    code: codeSchema.optional(),
    ...recordFields,
    level: levelIdSchema,
    localities: z
      .array(idSchema)
      .min(1, { error: 'at least one locality, or leave the key out to mean every unit at its level' })
      .optional()
      .describe('Nơi áp dụng bản này (mã trong localities.yaml); bỏ trống = mọi đơn vị cùng cấp.'),
    agency: idSchema.describe('Cơ quan thực hiện: mã trong agencies.yaml.'),
    desks: z.array(idSchema).optional().describe('Nơi nộp hồ sơ (mã trong agencies.yaml), khi khác cơ quan thực hiện.'),
    legal_basis: z.array(idSchema).describe('Căn cứ pháp lý: mã trong legal.yaml.'),
    reviewed_at: reviewedAtSchema,
    sources: sourcesSchema.optional(),
    // Optional in the type so that code building records in memory need not invent one; the refine below makes
    // every record file state it (`check` refuses a record without it).
    provenance: provenanceSchema.optional(),
  })
  .refine((r) => r.provenance !== undefined, {
    error: 'provenance: say what backs the record (kind official, compilation, national or demo, and basis)',
    path: ['provenance'],
  })
  .refine((r) => r.provenance?.kind !== 'official' || r.provenance.decision !== undefined, {
    error: "provenance official needs the decision: number, date and url of the Chairman's decision",
    path: ['provenance', 'decision'],
  })
  .refine((r) => r.provenance === undefined || (r.provenance.kind === 'demo') === (r.demo === true), {
    error: 'provenance kind demo goes with demo: true, and demo: true with provenance kind demo',
    path: ['provenance', 'kind'],
  })
  .refine((r) => r.demo === true || (r.sources?.length ?? 0) > 0, {
    error: 'at least one source (or demo: true for illustrative data)',
    path: ['sources'],
  })
  .describe('Bản công bố thủ tục của tỉnh ở một cấp.');

export type PublishedRecordData = z.infer<typeof publishedRecordSchema>;
