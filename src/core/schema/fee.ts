import { z } from 'zod';
import { nonEmptyText } from './primitives.ts';

export const feeSchema = z
  .strictObject({
    name: nonEmptyText.describe('Tên khoản phí, lệ phí.'),
    amount: z
      .number()
      .int({ error: 'a whole number of đồng, without dots or commas (50000)' })
      .min(0, { error: 'zero or more đồng (0 means exempt)' })
      .nullable()
      .describe('Số tiền bằng đồng (số nguyên, 0 = miễn), hoặc null kèm ghi chú khi mức phí tính theo công thức.'),
    per: z.string().optional().describe('Đơn vị tính, ví dụ "trang", "bản", "hồ sơ".'),
    note: z.string().optional().describe('Ghi chú: mức giảm, trường hợp miễn, văn bản quy định mức thu.'),
  })
  .refine((fee) => fee.amount !== null || (fee.note ?? '').trim() !== '', {
    error: 'a note explaining the fee when amount is null',
    path: ['note'],
  })
  .describe('Một khoản phí hoặc lệ phí.');

export const feesSchema = z.array(feeSchema).describe('Phí, lệ phí; danh sách rỗng [] nghĩa là không thu phí.');
export type Fee = z.infer<typeof feeSchema>;
