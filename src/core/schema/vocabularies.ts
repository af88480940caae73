import { z } from 'zod';
import { dateSchema, idSchema, nonEmptyText, urlSchema } from './primitives.ts';

export const sectorSchema = z
  .strictObject({ id: idSchema, name: nonEmptyText.describe('Tên lĩnh vực.') })
  .describe('Một lĩnh vực.');
export const sectorsSchema = z.array(sectorSchema).describe('sectors.yaml');
export type Sector = z.infer<typeof sectorSchema>;

export const lifeEventSchema = z
  .strictObject({
    id: idSchema,
    name: nonEmptyText.describe('Tên sự kiện.'),
    description: z.string().optional().describe('Mô tả ngắn.'),
  })
  .describe('Một sự kiện cuộc sống.');
export const lifeEventsSchema = z.array(lifeEventSchema).describe('life-events.yaml');
export type LifeEvent = z.infer<typeof lifeEventSchema>;

export const documentTypeSchema = z
  .strictObject({
    id: idSchema,
    name: nonEmptyText.describe('Tên giấy tờ.'),
    aliases: z.array(nonEmptyText).optional().describe('Tên gọi khác, viết tắt (CCCD...).'),
    obsolete: z
      .strictObject({
        since: dateSchema.describe('Ngày giấy tờ hết giá trị sử dụng.'),
        basis: idSchema.optional().describe('Văn bản quy định (mã trong legal.yaml).'),
        note: z.string().optional().describe('Ghi chú.'),
      })
      .optional()
      .describe('Giấy tờ đã bị bãi bỏ.'),
    held_by_state: z.boolean().optional().describe('Dữ liệu đã có trong CSDL nhà nước: cơ quan phải tự khai thác.'),
    note: z.string().optional().describe('Ghi chú.'),
  })
  .describe('Một loại giấy tờ.');
export const documentTypesSchema = z.array(documentTypeSchema).describe('documents.yaml');
export type DocumentType = z.infer<typeof documentTypeSchema>;

export const LEGAL_STATUSES = ['in_force', 'amended', 'superseded', 'expired'] as const;
export const legalTextSchema = z
  .strictObject({
    id: idSchema,
    number: nonEmptyText.describe('Số, ký hiệu, ví dụ "123/2015/NĐ-CP".'),
    title: nonEmptyText.describe('Trích yếu.'),
    type: z.string().optional().describe('Loại văn bản: Luật, Nghị định, Thông tư...'),
    issued: dateSchema.optional().describe('Ngày ban hành.'),
    status: z.enum(LEGAL_STATUSES).describe('Hiệu lực: in_force, amended, superseded, expired.'),
    superseded_by: idSchema.nullable().optional().describe('Văn bản thay thế (mã trong legal.yaml).'),
    amended_by: z
      .array(idSchema)
      .min(1)
      .optional()
      .describe('Văn bản sửa đổi, bổ sung văn bản này (mã trong legal.yaml), khi có bản ghi trích dẫn việc sửa đổi.'),
    url: urlSchema.optional().describe('Địa chỉ toàn văn.'),
  })
  .describe('Một văn bản pháp luật.');
export const legalTextsSchema = z.array(legalTextSchema).describe('legal.yaml');
export type LegalText = z.infer<typeof legalTextSchema>;

export const DECISION_STATUSES = ['justified', 'fix_planned', 'fixed'] as const;
export const decisionSchema = z
  .strictObject({
    key: nonEmptyText.describe('Khóa phát hiện, đúng như công cụ rà soát in ra.'),
    status: z.enum(DECISION_STATUSES).describe('justified (khác biệt hợp lý), fix_planned (sẽ sửa), fixed (đã sửa).'),
    note: z.string().optional().describe('Lý do, ghi chú.'),
    by: z.string().optional().describe('Người, cơ quan quyết định.'),
    date: dateSchema.optional().describe('Ngày quyết định.'),
  })
  .describe('Một quyết định của Văn phòng UBND tỉnh về một phát hiện.');
export const decisionsSchema = z.array(decisionSchema).describe('review/decisions.yaml');
export type Decision = z.infer<typeof decisionSchema>;
