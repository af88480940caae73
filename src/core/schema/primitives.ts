import { z } from 'zod';

/** Field descriptions are Vietnamese: they generate the editor guide. */

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CODE_PATTERN = /^\d\.\d{6}$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export const idSchema = z
  .string()
  .regex(ID_PATTERN, { error: 'a lowercase ASCII id such as "ho-tich" (letters a-z, digits, hyphens)' })
  .describe('Mã định danh: chữ thường không dấu, số và dấu gạch ngang, ví dụ "ho-tich".');

export const nonEmptyText = z.string().trim().min(1, { error: 'a non-empty text' });

/** A real calendar date written YYYY-MM-DD; impossible dates (2026-13-45) are rejected, never rolled over. */
export const dateSchema = z
  .string()
  .regex(DATE_PATTERN, { error: 'a date written YYYY-MM-DD' })
  .refine(isRealDate, { error: 'a date that exists in the calendar' });

export function isRealDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const codeSchema = z
  .string()
  .regex(CODE_PATTERN, { error: 'a national procedure code: one digit, a dot, six digits, in quotes ("1.001193")' })
  .describe('Mã thủ tục hành chính quốc gia, dạng "1.001193" (luôn đặt trong dấu nháy).');

export const urlSchema = z
  .url({ protocol: /^https?$/, error: 'a web address starting with https:// or http://' })
  .describe('Địa chỉ web, bắt đầu bằng https://.');

export const levelIdSchema = z
  .enum(['tinh', 'huyen', 'xa'])
  .describe('Cấp thực hiện của bản công bố: tinh (cấp tỉnh), huyen (cấp huyện, đã kết thúc 01/7/2025), xa (cấp xã).');

export const nationalLevelSchema = z
  .enum(['bo', 'tinh', 'huyen', 'xa', 'khac'])
  .describe('Cấp thực hiện trong CSDL quốc gia: bo, tinh, huyen, xa, khac (cơ quan khác).');

export const sourceSchema = z
  .strictObject({
    title: nonEmptyText.describe('Tên nguồn: quyết định công bố, trang Cổng dịch vụ công...'),
    url: urlSchema.optional().describe('Địa chỉ trang nguồn.'),
    accessed: dateSchema.optional().describe('Ngày truy cập nguồn (YYYY-MM-DD).'),
  })
  .describe('Một nguồn của thông tin.');
export type Source = z.infer<typeof sourceSchema>;
