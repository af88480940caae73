import { z } from 'zod';
import { idSchema, nonEmptyText } from './primitives.ts';

export const DOCUMENT_FORMS = [
  'original',
  'certified_copy',
  'copy',
  'copy_with_original',
  'electronic',
  'present',
] as const;

export const documentFormSchema = z
  .enum(DOCUMENT_FORMS)
  .describe(
    'Hình thức: original (bản chính), certified_copy (bản sao có chứng thực), copy (bản sao), copy_with_original (bản sao kèm bản chính để đối chiếu), electronic (bản điện tử), present (chỉ xuất trình).',
  );

export const documentRequirementSchema = z
  .strictObject({
    name: nonEmptyText.describe('Tên giấy tờ như được công bố.'),
    doc: idSchema.optional().describe('Mã loại giấy tờ trong documents.yaml.'),
    form: z
      .union([documentFormSchema, z.array(documentFormSchema).min(1, { error: 'at least one accepted form' })])
      .describe('Hình thức được chấp nhận: một giá trị, hoặc danh sách các hình thức được chấp nhận.'),
    copies: z
      .number()
      .int({ error: 'a whole number' })
      .min(1, { error: 'at least 1 copy (leave the document out if it is not required)' })
      .optional()
      .describe('Số bản, mặc định 1.'),
    when: z.string().optional().describe('Trường hợp phải nộp giấy tờ này.'),
    note: z.string().optional().describe('Ghi chú cho người dân.'),
  })
  .describe('Một thành phần hồ sơ.');

export type DocumentForm = z.infer<typeof documentFormSchema>;
export type DocumentRequirement = z.infer<typeof documentRequirementSchema>;
