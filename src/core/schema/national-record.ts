import { z } from 'zod';
import { codeSchema, idSchema, nationalLevelSchema, nonEmptyText, sourceSchema } from './primitives.ts';
import { recordFields, reviewedAtSchema } from './record-fields.ts';

export const nationalLegalRefSchema = z
  .union([
    idSchema,
    z.strictObject({
      number: nonEmptyText.describe('Số, ký hiệu văn bản, ví dụ "123/2015/NĐ-CP".'),
      title: z.string().describe('Trích yếu văn bản.'),
    }),
  ])
  .describe('Căn cứ pháp lý: mã trong legal.yaml, hoặc {number, title} cho văn bản chưa có trong legal.yaml.');

/** Front matter of `national/**\/*.md`: the national baseline, imported, not hand-edited. */
export const nationalRecordSchema = z
  .strictObject({
    code: codeSchema,
    ...recordFields,
    levels: z.array(nationalLevelSchema).min(1, { error: 'at least one level' }).describe('Các cấp thực hiện.'),
    agency: idSchema.optional().describe('Cơ quan thực hiện, khi có trong agencies.yaml.'),
    agency_text: z.string().optional().describe('Cơ quan thực hiện, nguyên văn CSDL quốc gia.'),
    procedure_type: z.string().optional().describe('Loại thủ tục trong CSDL quốc gia.'),
    legal_basis: z.array(nationalLegalRefSchema),
    reviewed_at: reviewedAtSchema.optional(),
    sources: z.array(sourceSchema).min(1, { error: 'at least one source (the national portal page)' }),
  })
  .describe('Bản ghi thủ tục trong CSDL quốc gia (chuẩn so sánh).');

export type NationalRecordData = z.infer<typeof nationalRecordSchema>;
export type NationalLegalRef = z.infer<typeof nationalLegalRefSchema>;
