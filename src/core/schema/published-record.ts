import { z } from 'zod';
import { codeSchema, idSchema, levelIdSchema } from './primitives.ts';
import { recordFields, reviewedAtSchema, sourcesSchema } from './record-fields.ts';

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
  })
  .refine((r) => r.demo === true || (r.sources?.length ?? 0) > 0, {
    error: 'at least one source (or demo: true for illustrative data)',
    path: ['sources'],
  })
  .describe('Bản công bố thủ tục của tỉnh ở một cấp.');

export type PublishedRecordData = z.infer<typeof publishedRecordSchema>;
