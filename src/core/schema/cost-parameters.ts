import { z } from 'zod';

/**
 * Parameters of the compliance-cost model (Circular 02/2017/TT-VPCP, Art. 27). Defaults, with their sources,
 * live in src/core/review/cost/default-parameters.ts; site.yaml `cost:` may override any of them
 * (docs/cost-model.md).
 */
export const costParametersSchema = z
  .strictObject({
    income_per_hour: z.number().min(0).optional().describe('Thu nhập bình quân một giờ (đồng).'),
    copy_per_page: z.number().min(0).optional().describe('Giá photocopy một trang (đồng).'),
    pages_per_document: z.number().min(1).optional().describe('Số trang bình quân của một giấy tờ.'),
    certify_first_pages_fee: z.number().min(0).optional().describe('Lệ phí chứng thực mỗi trang, trang 1-2 (đồng).'),
    certify_next_pages_fee: z.number().min(0).optional().describe('Lệ phí chứng thực mỗi trang từ trang 3 (đồng).'),
    certify_max_per_copy: z.number().min(0).optional().describe('Lệ phí chứng thực tối đa một bản (đồng).'),
    hours_to_learn: z.number().min(0).optional().describe('Giờ tìm hiểu yêu cầu của thủ tục.'),
    hours_per_document: z.number().min(0).optional().describe('Giờ chuẩn bị một giấy tờ.'),
    hours_to_certify: z.number().min(0).optional().describe('Giờ đi chứng thực (một lần cho cả hồ sơ).'),
    hours_per_trip: z.number().min(0).optional().describe('Giờ đi lại và chờ cho một lượt đến cơ quan.'),
    travel_cost_per_trip: z.number().min(0).optional().describe('Chi phí đi lại một lượt (đồng).'),
    trips_in_person: z.number().min(0).optional().describe('Số lượt đến cơ quan khi nộp trực tiếp (nộp và nhận).'),
    trips_online_partial: z
      .number()
      .min(0)
      .optional()
      .describe('Số lượt vẫn phải đến cơ quan khi chỉ nộp trực tuyến một phần (nhận kết quả, đối chiếu bản chính).'),
    hours_online: z.number().min(0).optional().describe('Giờ nộp hồ sơ trực tuyến.'),
    times_per_year: z.number().min(0).optional().describe('Số lần một người phải thực hiện trong năm.'),
  })
  .describe('Tham số mô hình chi phí tuân thủ; mỗi tham số có giá trị mặc định kèm nguồn.');

export type CostParametersInput = z.infer<typeof costParametersSchema>;
