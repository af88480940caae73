import { z } from 'zod';
import { dateSchema, idSchema, levelIdSchema, nonEmptyText, urlSchema } from './primitives.ts';
import { costParametersSchema } from './cost-parameters.ts';

export const siteLevelSchema = z
  .union([
    levelIdSchema,
    z.strictObject({
      id: levelIdSchema,
      name: nonEmptyText.optional().describe('Tên hiển thị của cấp.'),
      since: dateSchema.optional().describe('Ngày bắt đầu có cấp này.'),
      until: dateSchema.optional().describe('Ngày cấp này kết thúc (ví dụ cấp huyện: 2025-07-01).'),
    }),
  ])
  .describe('Một cấp được bật: mã, hoặc {id, name, since, until}.');

export const siteSchema = z
  .strictObject({
    province: z
      .strictObject({ id: idSchema, name: nonEmptyText.describe('Tên tỉnh, thành phố.') })
      .describe('Tỉnh, thành phố.'),
    title: nonEmptyText.describe('Tên trang.'),
    hotline: z
      .string()
      .regex(/^\d{3,12}$/, { error: 'digits only, in quotes ("1022")' })
      .describe('Đường dây nóng.'),
    portals: z
      .strictObject({
        national: urlSchema.describe('Cổng Dịch vụ công quốc gia.'),
        provincial: urlSchema.optional().describe('Cổng Dịch vụ công của tỉnh.'),
      })
      .describe('Cổng Dịch vụ công quốc gia và của tỉnh.'),
    repository: urlSchema.optional().describe('Kho mã nguồn, dùng cho liên kết "Sửa trang này".'),
    branch: z.string().optional().describe('Nhánh chính của kho (mặc định main).'),
    levels: z.array(siteLevelSchema).min(1).describe('Các cấp được bật.'),
    review: z
      .strictObject({
        max_age_days: z.number().int().min(1).optional().describe('Số ngày tối đa kể từ lần rà soát (mặc định 365).'),
      })
      .optional()
      .describe('Thiết lập rà soát.'),
    cost: costParametersSchema.optional(),
  })
  .describe('site.yaml: thông tin chung của trang.');

export type SiteData = z.infer<typeof siteSchema>;
