import { z } from 'zod';

export const TIME_UNITS = ['same_day', 'hours', 'working_days', 'days', 'months'] as const;

export const timeUnitSchema = z
  .enum(TIME_UNITS)
  .describe('Đơn vị: same_day (trong ngày), hours (giờ), working_days (ngày làm việc), days (ngày), months (tháng).');

export const processingTimeObjectSchema = z
  .strictObject({
    value: z.number().min(0, { error: 'a number of zero or more' }).describe('Số lượng (0 khi trả trong ngày).'),
    unit: timeUnitSchema,
    text: z.string().optional().describe('Cách ghi nguyên văn, ví dụ "Ngay trong ngày tiếp nhận hồ sơ".'),
  })
  .describe('Thời hạn giải quyết dạng có cấu trúc.');

/** Either the structured form or Vietnamese text that the loader parses ("05 ngày làm việc"). */
export const processingTimeSchema = z
  .union([processingTimeObjectSchema, z.string()])
  .describe(
    'Thời hạn giải quyết: {value, unit, text?} hoặc câu tiếng Việt như "05 ngày làm việc", "Trong ngày", "03 tháng".',
  );

export type ProcessingTimeObject = z.infer<typeof processingTimeObjectSchema>;
export type ProcessingTimeInput = z.infer<typeof processingTimeSchema>;
