import { z } from 'zod';
import { dateSchema, idSchema, levelIdSchema, nonEmptyText, sourceSchema, urlSchema } from './primitives.ts';

export const agencySchema = z
  .strictObject({
    id: idSchema,
    name: nonEmptyText.describe('Tên cơ quan.'),
    level: levelIdSchema.optional().describe('Cấp của cơ quan, khi là loại cơ quan chung (ví dụ UBND cấp xã).'),
    locality: idSchema.optional().describe('Đơn vị hành chính của cơ quan cụ thể.'),
    serves: z
      .array(idSchema)
      .optional()
      .describe(
        'Các xã, phường mà nơi tiếp nhận này phục vụ, khi không phải mọi xã, phường (ví dụ một chi nhánh Văn phòng Đăng ký đất đai).',
      ),
    one_stop: z.boolean().optional().describe('Là Bộ phận Một cửa / Trung tâm Phục vụ hành chính công.'),
    address: z.string().optional().describe('Địa chỉ.'),
    phone: z.string().optional().describe('Điện thoại (trong dấu nháy để giữ số 0 đầu).'),
    email: z.email({ error: 'an e-mail address' }).optional().describe('Thư điện tử.'),
    hours: z.string().optional().describe('Giờ làm việc.'),
    url: urlSchema.optional().describe('Trang thông tin của cơ quan.'),
    until: dateSchema.optional().describe('Ngày cơ quan chấm dứt hoạt động.'),
    sources: z.array(sourceSchema).optional().describe('Nguồn của địa chỉ, điện thoại, giờ làm việc.'),
  })
  .describe('Một cơ quan hoặc bộ phận một cửa.');
export const agenciesSchema = z.array(agencySchema).describe('agencies.yaml');
export type Agency = z.infer<typeof agencySchema>;
