import { z } from 'zod';
import { dateSchema, idSchema, nonEmptyText } from './primitives.ts';

const unitFields = {
  id: idSchema.describe('Mã (duy nhất trong toàn tệp).'),
  name: nonEmptyText.describe('Tên đơn vị hành chính.'),
  code: z.string().regex(/^\d+$/, { error: 'digits in quotes ("25993")' }).optional().describe('Mã đơn vị hành chính.'),
  since: dateSchema.optional().describe('Ngày thành lập.'),
  until: dateSchema.optional().describe('Ngày chấm dứt hoạt động.'),
};

export const communeSchema = z.strictObject(unitFields).describe('Một xã, phường, đặc khu.');
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
