import { z } from 'zod';
import { dateSchema, idSchema, nonEmptyText, sourceSchema, urlSchema } from './primitives.ts';
import { processingTimeSchema } from './processing-time.ts';
import { feesSchema } from './fee.ts';
import { documentRequirementSchema } from './document-requirement.ts';
import { byChannelSchema, channelsSchema } from './channels.ts';

/** Keys shared by published and national records (content-model.md, "A published record"). */
export const recordFields = {
  local_code: z.string().optional().describe('Mã riêng của tỉnh, ví dụ "1.001193.000.00.00.H19".'),
  title: nonEmptyText.describe('Tên thủ tục.'),
  sector: idSchema.describe('Lĩnh vực: mã trong sectors.yaml.'),
  subjects: z.array(nonEmptyText).min(1, { error: 'at least one subject' }).describe('Đối tượng thực hiện.'),
  processing_time: processingTimeSchema,
  fees: feesSchema,
  documents: z.array(documentRequirementSchema).describe('Thành phần hồ sơ.'),
  dossier_sets: z
    .number()
    .int({ error: 'a whole number' })
    .min(1, { error: 'at least 1 set' })
    .optional()
    .describe('Số lượng hồ sơ (bộ), mặc định 1.'),
  steps: z.array(nonEmptyText).describe('Trình tự thực hiện, mỗi bước một dòng.'),
  channels: channelsSchema,
  by_channel: byChannelSchema.optional(),
  result: z.string().describe('Kết quả thực hiện.'),
  result_codes: z
    .array(z.string().regex(/^KQ\.G\d{2}\.\d{6}$/, { error: 'a result code such as KQ.G15.000031' }))
    .optional()
    .describe('Mã kết quả trong CSDL quốc gia (KQ.Gxx.nnnnnn).'),
  conditions: z.array(nonEmptyText).optional().describe('Yêu cầu, điều kiện.'),
  forms: z
    .array(
      z.strictObject({
        name: nonEmptyText.describe('Tên mẫu đơn, tờ khai.'),
        url: urlSchema.optional().describe('Địa chỉ tải mẫu.'),
      }),
    )
    .optional()
    .describe('Mẫu đơn, tờ khai.'),
  life_events: z.array(idSchema).optional().describe('Sự kiện cuộc sống: mã trong life-events.yaml.'),
  annual_volume: z
    .number()
    .int({ error: 'a whole number' })
    .min(0)
    .optional()
    .describe('Số hồ sơ một năm, dùng ước tính chi phí toàn tỉnh.'),
  decision: z.string().optional().describe('Số quyết định công bố, ví dụ "163/QĐ-BTP" hoặc "2228/QĐ-UBND".'),
  demo: z.boolean().optional().describe('Dữ liệu minh họa, chưa kiểm chứng; trang sẽ ghi rõ.'),
} as const;

export const reviewedAtSchema = dateSchema.describe('Ngày biên tập viên đối chiếu lần cuối với nguồn (YYYY-MM-DD).');
export const sourcesSchema = z.array(sourceSchema).describe('Nguồn: quyết định công bố, trang Cổng dịch vụ công.');
