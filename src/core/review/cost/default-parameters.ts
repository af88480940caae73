/**
 * Default parameters of the compliance-cost model (Circular 02/2017/TT-VPCP, Art. 27), each with its unit,
 * source and year. Art. 27(2) asks for the lower-average figure where sources differ and for no opportunity
 * cost, so every assumption below leans low: the estimate is a floor, never a dramatised burden.
 * site.yaml `cost:` overrides any value (parameters.ts); docs/cost-model.md explains the method.
 */
import type { CostParametersInput } from '../../schema/cost-parameters.ts';

export type CostParameterName = keyof Required<CostParametersInput>;

/**
 * `official`: set by a legal text; `statistic`: from official statistics; `assumption`: the project's choice;
 * `site`: overridden in site.yaml.
 */
export type ParameterBasis = 'official' | 'statistic' | 'assumption' | 'site';

export interface CostParameterInfo {
  value: number;
  /** Vietnamese unit as the report prints it ("đồng/giờ", "giờ", "lượt"). */
  unit: string;
  /** Vietnamese label for the report's parameter table. */
  label: string;
  basis: ParameterBasis;
  /** Where the value comes from, or why it was chosen when it is an assumption. */
  source: string;
  url?: string;
  /** The year the value refers to. */
  year: number;
}

/** Cục Thống kê (Bộ Tài chính), labour-force report for Q4 and the year 2025: 8.4 million VND a month. */
const MONTHLY_INCOME_2025 = 8_400_000;
/** The usual conversion of a monthly income to an hour: 22 working days of 8 hours. */
const WORKING_HOURS_PER_MONTH = 22 * 8;

const CIRCULAR_226 =
  'Thông tư 226/2016/TT-BTC ngày 11/11/2016 của Bộ Tài chính (phí chứng thực bản sao từ bản chính: 2.000 đồng/trang, từ trang thứ ba 1.000 đồng/trang, tối đa 200.000 đồng/bản; trang tính theo bản chính)';
const CIRCULAR_226_URL = 'https://congchung2tphcm.com.vn/chung-thuc-ban-sao-2/';

export const DEFAULT_COST_PARAMETERS: Readonly<Record<CostParameterName, CostParameterInfo>> = {
  income_per_hour: {
    value: Math.round(MONTHLY_INCOME_2025 / WORKING_HOURS_PER_MONTH),
    unit: 'đồng/giờ',
    label: 'Thu nhập bình quân một giờ',
    basis: 'statistic',
    source:
      'Cục Thống kê (Bộ Tài chính), Báo cáo tình hình dân số, lao động, việc làm quý IV và năm 2025: thu nhập bình quân tháng của người lao động năm 2025 là 8,4 triệu đồng (cả nước); quy đổi 8.400.000 ÷ (22 ngày × 8 giờ). Số bình quân cả nước, thấp hơn khu vực Đông Nam Bộ, theo nguyên tắc lấy mức thấp.',
    url: 'https://vneconomy.vn/thu-nhap-cua-nguoi-lao-dong-tang-manh-vao-thoi-diem-cuoi-nam.htm',
    year: 2025,
  },
  copy_per_page: {
    value: 500,
    unit: 'đồng/trang',
    label: 'Giá photocopy một trang A4',
    basis: 'assumption',
    source: 'Giả định của dự án: không có biểu giá chính thức; chọn mức thấp (500 đồng một trang).',
    year: 2026,
  },
  pages_per_document: {
    value: 2,
    unit: 'trang',
    label: 'Số trang bình quân của một giấy tờ',
    basis: 'assumption',
    source:
      'Giả định của dự án: phần lớn giấy tờ cá nhân (giấy khai sinh, giấy chứng nhận, căn cước) có 1-2 trang; lấy 2 trang như ví dụ tính toán trong ghi chú phương pháp.',
    year: 2026,
  },
  certify_first_pages_fee: {
    value: 2_000,
    unit: 'đồng/trang',
    label: 'Phí chứng thực bản sao, trang 1-2',
    basis: 'official',
    source: CIRCULAR_226,
    url: CIRCULAR_226_URL,
    year: 2016,
  },
  certify_next_pages_fee: {
    value: 1_000,
    unit: 'đồng/trang',
    label: 'Phí chứng thực bản sao, từ trang 3',
    basis: 'official',
    source: CIRCULAR_226,
    url: CIRCULAR_226_URL,
    year: 2016,
  },
  certify_max_per_copy: {
    value: 200_000,
    unit: 'đồng/bản',
    label: 'Phí chứng thực tối đa một bản',
    basis: 'official',
    source: CIRCULAR_226,
    url: CIRCULAR_226_URL,
    year: 2016,
  },
  hours_to_learn: {
    value: 1,
    unit: 'giờ',
    label: 'Thời gian tìm hiểu yêu cầu của thủ tục',
    basis: 'assumption',
    source:
      'Giả định của dự án (ví dụ tính toán trong ghi chú phương pháp, theo bảng hoạt động của Thông tư 02/2017/TT-VPCP): đọc thông tin công khai, hỏi cán bộ một cửa.',
    year: 2026,
  },
  hours_per_document: {
    value: 0.5,
    unit: 'giờ/giấy tờ',
    label: 'Thời gian chuẩn bị một giấy tờ',
    basis: 'assumption',
    source:
      'Giả định của dự án: điền tờ khai hoặc tìm, sắp xếp một giấy tờ có sẵn; ví dụ trong ghi chú phương pháp tính 2 giờ cho một bộ hồ sơ khoảng 4 giấy tờ.',
    year: 2026,
  },
  hours_to_certify: {
    value: 1,
    unit: 'giờ',
    label: 'Thời gian đi chứng thực bản sao (một lần cho cả hồ sơ)',
    basis: 'assumption',
    source:
      'Giả định của dự án: chứng thực được trả trong ngày (Nghị định 23/2015/NĐ-CP); một giờ đi, chờ và nhận cho mọi bản sao của một hồ sơ.',
    year: 2026,
  },
  hours_per_trip: {
    value: 1,
    unit: 'giờ/lượt',
    label: 'Thời gian đi lại, chờ và làm việc mỗi lượt đến cơ quan',
    basis: 'assumption',
    source:
      'Giả định của dự án: ví dụ trong ghi chú phương pháp tính 2 giờ để nộp và 1 giờ để nhận kết quả; lấy mức thấp 1 giờ mỗi lượt.',
    year: 2026,
  },
  travel_cost_per_trip: {
    value: 10_000,
    unit: 'đồng/lượt',
    label: 'Chi phí đi lại một lượt (khứ hồi)',
    basis: 'assumption',
    source:
      'Giả định của dự án: một chuyến xe máy khứ hồi ngắn đến bộ phận một cửa (xăng, gửi xe); chưa có số liệu chính thức, bằng một nửa mức minh họa 20.000 đồng trong ghi chú phương pháp.',
    year: 2026,
  },
  trips_in_person: {
    value: 2,
    unit: 'lượt',
    label: 'Số lượt đến cơ quan khi nộp trực tiếp',
    basis: 'assumption',
    source: 'Một lượt nộp hồ sơ và một lượt nhận kết quả (đặc tả rà soát); không tính lượt bổ sung hồ sơ.',
    year: 2026,
  },
  trips_online_partial: {
    value: 1,
    unit: 'lượt',
    label: 'Số lượt đến cơ quan khi chỉ trực tuyến một phần',
    basis: 'assumption',
    source: 'Giả định của dự án: nộp trực tuyến nhưng vẫn đến một lượt để nhận kết quả hoặc xuất trình bản chính.',
    year: 2026,
  },
  hours_online: {
    value: 0.5,
    unit: 'giờ',
    label: 'Thời gian nộp hồ sơ và nhận kết quả trực tuyến',
    basis: 'assumption',
    source:
      'Giả định của dự án: ví dụ trong ghi chú phương pháp tính 0,25 giờ nộp và 0,25 giờ nhận kết quả trực tuyến.',
    year: 2026,
  },
  times_per_year: {
    value: 1,
    unit: 'lần/năm',
    label: 'Số lần một người thực hiện trong năm',
    basis: 'assumption',
    source:
      'Giả định của dự án: số hồ sơ một năm ghi cho bản công bố đã đếm từng hồ sơ, nên mỗi hồ sơ là một lần thực hiện.',
    year: 2026,
  },
};

/** The parameter names in the order the report lists them. */
export const COST_PARAMETER_NAMES = Object.keys(DEFAULT_COST_PARAMETERS) as CostParameterName[];
