import { z } from 'zod';
import { dateSchema, idSchema, nonEmptyText } from './primitives.ts';

const unitFields = {
  id: idSchema.describe('Mã (duy nhất trong toàn tệp).'),
  name: nonEmptyText.describe('Tên đơn vị hành chính.'),
  code: z.string().regex(/^\d+$/, { error: 'digits in quotes ("25993")' }).optional().describe('Mã đơn vị hành chính.'),
  since: dateSchema.optional().describe('Ngày thành lập.'),
  until: dateSchema.optional().describe('Ngày chấm dứt hoạt động.'),
};

export const FORMER_UNIT_TYPES = ['phuong', 'xa', 'thi-tran'] as const;
export const formerUnitSchema = z
  .strictObject({
    name: nonEmptyText.describe('Tên đơn vị cũ, kèm loại: "Phường Tân Phong", "Thị trấn Trảng Bom".'),
    type: z.enum(FORMER_UNIT_TYPES).describe('Loại: phuong (phường), xa (xã), thi-tran (thị trấn).'),
  })
  .describe('Một đơn vị cấp xã cũ (trước 01/7/2025).');
export type FormerUnit = z.infer<typeof formerUnitSchema>;

export const communeSchema = z
  .strictObject({
    ...unitFields,
    formerly: z
      .array(formerUnitSchema)
      .optional()
      .describe('Các đơn vị cấp xã cũ đã sáp nhập vào đơn vị này từ 01/7/2025; danh sách rỗng: không sáp nhập.'),
  })
  .describe('Một xã, phường, đặc khu.');
export const districtSchema = z
  .strictObject({ ...unitFields, communes: z.array(communeSchema).optional().describe('Các xã thuộc huyện.') })
  .describe('Một huyện, thị xã, thành phố thuộc tỉnh (trước 01/7/2025) và các xã thuộc nó.');

export const localitiesSchema = z
  .strictObject({
    province: z
      .strictObject({
        id: idSchema,
        name: nonEmptyText.describe('Tên tỉnh, thành phố.'),
        code: z.string().optional().describe('Mã đơn vị hành chính của tỉnh.'),
      })
      .describe('Tỉnh, thành phố.'),
    districts: z.array(districtSchema).optional().describe('Các huyện (trước 01/7/2025), mỗi huyện kèm các xã.'),
    communes: z.array(communeSchema).optional().describe('Các xã, phường trực thuộc tỉnh (từ 01/7/2025).'),
  })
  .describe('localities.yaml: tỉnh, huyện, xã.');

export type LocalitiesData = z.infer<typeof localitiesSchema>;
