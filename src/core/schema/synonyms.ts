import { z } from 'zod';
import { nonEmptyText } from './primitives.ts';

/**
 * Everyday names of what procedures are about (synonyms.yaml). A name is what people type ("sổ đỏ",
 * "bằng lái", "CCCD"); `means` is the official phrase that titles use ("giấy chứng nhận quyền sử dụng đất").
 * Search adds the names to every page whose title or result holds the phrase, and reads a name typed in a
 * query as the phrase. Only true synonyms: a name that also means something else sends people astray.
 */
export const synonymSchema = z
  .strictObject({
    means: nonEmptyText.describe('Cụm từ chính thức như trong tên thủ tục, ví dụ "giấy chứng nhận quyền sử dụng đất".'),
    names: z
      .array(nonEmptyText)
      .min(1)
      .describe('Tên gọi thường ngày, viết tắt mà người dân gõ, ví dụ [sổ đỏ, sổ hồng]. Chỉ tên đồng nghĩa thật sự.'),
    note: z.string().optional().describe('Ghi chú, nguồn.'),
  })
  .describe('Một nhóm tên gọi khác của cùng một thứ.');
export const synonymsSchema = z.array(synonymSchema).describe('synonyms.yaml');
export type Synonym = z.infer<typeof synonymSchema>;
