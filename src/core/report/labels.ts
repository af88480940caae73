/** Vietnamese words of the report: severities, statuses, rules and the reason each rule gives for simplifying. */
import type { FindingStatus, Severity } from '../review/finding.ts';

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: 'Lỗi',
  warning: 'Cảnh báo',
  info: 'Thông tin',
};

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export const STATUS_LABELS: Readonly<Record<FindingStatus, string>> = {
  open: 'Chưa xử lý',
  justified: 'Khác biệt hợp lý',
  fix_planned: 'Sẽ sửa',
  fixed: 'Đã sửa',
};

export const STATUS_ORDER: readonly FindingStatus[] = ['open', 'fix_planned', 'justified', 'fixed'];

export const LEGAL_STATUS_LABELS: Readonly<Record<string, string>> = {
  in_force: 'còn hiệu lực',
  amended: 'đã được sửa đổi',
  superseded: 'đã bị thay thế',
  expired: 'hết hiệu lực',
};

export const ONLINE_LABELS = { none: 'Không', partial: 'Một phần', full: 'Toàn trình' } as const;

export interface RuleWords {
  /** Short name for tables. */
  label: string;
  /** Why it should be simplified, with the legal or methodological basis (methodology note, §8). */
  reason: string;
  /** What the simplification proposal recommends. */
  action: string;
}

/** The rules of review-rules.md. A rule the project adds later falls back to its id (ruleWords). */
export const RULE_WORDS: Readonly<Record<string, RuleWords>> = {
  'fee-mismatch': {
    label: 'Phí, lệ phí không thống nhất',
    reason: 'Cùng một thủ tục trong tỉnh phải có cùng mức thu; thủ tục phải thực hiện được không phụ thuộc địa giới hành chính trong tỉnh (Nghị quyết 66/NQ-CP năm 2025).',
    action: 'Thống nhất một mức thu trong toàn tỉnh theo văn bản quy định phí, lệ phí.',
  },
  'time-mismatch': {
    label: 'Thời hạn giải quyết không thống nhất',
    reason: 'Cùng một thủ tục trong tỉnh nên có cùng thời hạn; người dân được nộp hồ sơ ở bất kỳ nơi nào trong tỉnh (Nghị định 118/2025/NĐ-CP).',
    action: 'Thống nhất thời hạn giải quyết theo mức ngắn nhất đã công bố trong tỉnh.',
  },
  'documents-mismatch': {
    label: 'Thành phần hồ sơ không thống nhất',
    reason: 'Một thủ tục chỉ có một bộ thành phần hồ sơ (Nghị định 63/2010/NĐ-CP, Điều 8); nơi yêu cầu nhiều hơn gây thêm chi phí cho người dân.',
    action: 'Thống nhất thành phần hồ sơ của mọi bản công bố theo bản yêu cầu ít giấy tờ nhất.',
  },
  'channel-mismatch': {
    label: 'Cách thức nộp không thống nhất',
    reason: 'Người dân ở mọi nơi trong tỉnh cần được nộp trực tuyến, qua bưu chính như nhau.',
    action: 'Cung cấp cùng cách thức nộp (trực tuyến, bưu chính) ở mọi địa bàn.',
  },
  'legal-basis-mismatch': {
    label: 'Căn cứ pháp lý không thống nhất',
    reason: 'Cùng một thủ tục phải dựa trên cùng căn cứ pháp lý.',
    action: 'Thống nhất căn cứ pháp lý theo văn bản đang có hiệu lực.',
  },
  'exceeds-baseline-time': {
    label: 'Thời hạn dài hơn bản quốc gia',
    reason: 'Địa phương được rút ngắn, không được kéo dài thời hạn đã công bố ở cấp quốc gia.',
    action: 'Rút thời hạn giải quyết về không quá thời hạn của bản quốc gia.',
  },
  'fee-differs-from-baseline': {
    label: 'Mức phí khác bản quốc gia',
    reason: 'Mức thu phải theo văn bản quy định phí, lệ phí (Luật Phí và lệ phí; nghị quyết HĐND tỉnh khi thuộc thẩm quyền của tỉnh).',
    action: 'Đối chiếu, điều chỉnh mức thu theo văn bản quy định phí, lệ phí.',
  },
  'extra-document': {
    label: 'Giấy tờ ngoài bản quốc gia',
    reason: 'Không được yêu cầu giấy tờ ngoài quy định của pháp luật (tiêu chí hợp pháp khi rà soát thủ tục hành chính).',
    action: 'Bỏ giấy tờ không có trong bản quốc gia.',
  },
  'stricter-document-form': {
    label: 'Hình thức giấy tờ chặt hơn bản quốc gia',
    reason: 'Nơi pháp luật yêu cầu bản sao, cơ quan phải nhận bản sao và không được đòi bản sao chứng thực (Nghị định 23/2015/NĐ-CP, Điều 6).',
    action: 'Chấp nhận hình thức giấy tờ như bản quốc gia (bản sao, bản sao kèm bản chính để đối chiếu).',
  },
  'ambiguous-time': {
    label: 'Thời hạn không rõ',
    reason: 'Thời hạn giải quyết là bộ phận bắt buộc của thủ tục và phải rõ ràng (Nghị định 63/2010/NĐ-CP, Điều 8).',
    action: 'Ghi rõ thời hạn giải quyết bằng ngày làm việc.',
  },
  'fee-contradiction': {
    label: 'Phí, lệ phí mâu thuẫn',
    reason: 'Thông tin phí, lệ phí công khai phải thống nhất, không để người dân hiểu là miễn phí khi vẫn thu.',
    action: 'Ghi rõ mức thu và văn bản quy định; bỏ ghi "miễn phí" khi vẫn thu.',
  },
  'online-penalty': {
    label: 'Trực tuyến chậm hơn hoặc đắt hơn',
    reason: 'Thực hiện thủ tục trên môi trường điện tử không được làm tăng phí, lệ phí hay thời hạn (Nghị định 45/2020/NĐ-CP, Điều 4).',
    action: 'Bảo đảm nộp trực tuyến không chậm hơn, không đắt hơn nộp trực tiếp.',
  },
  'copy-of-presented-document': {
    label: 'Đòi bản sao giấy tờ chỉ cần xuất trình',
    reason: 'Giấy tờ chỉ phải xuất trình thì không được yêu cầu nộp thêm bản sao.',
    action: 'Chỉ yêu cầu xuất trình, không yêu cầu nộp bản sao.',
  },
  'obsolete-document': {
    label: 'Giấy tờ đã bãi bỏ',
    reason: 'Giấy tờ đã hết giá trị sử dụng (ví dụ sổ hộ khẩu từ 01/01/2023, Luật Cư trú 2020, Điều 38); cơ quan khai thác Cơ sở dữ liệu quốc gia về dân cư.',
    action: 'Bỏ yêu cầu giấy tờ đã bãi bỏ; cơ quan tự khai thác dữ liệu.',
  },
  'state-held-document': {
    label: 'Giấy tờ nhà nước đã có dữ liệu',
    reason: 'Không yêu cầu người dân nộp thông tin cơ quan nhà nước đã quản lý hoặc được chia sẻ (Nghị định 45/2020/NĐ-CP, Điều 4; Nghị quyết 66.7/2025/NQ-CP).',
    action: 'Bỏ yêu cầu nộp giấy tờ; cơ quan khai thác cơ sở dữ liệu, chỉ yêu cầu giấy tờ khi không khai thác được.',
  },
  'certified-copy-required': {
    label: 'Chỉ nhận bản sao chứng thực',
    reason: 'Cho phép nộp bản sao kèm bản chính để đối chiếu thay cho bản sao chứng thực (Nghị định 23/2015/NĐ-CP, Điều 6); bỏ chi phí và thời gian chứng thực.',
    action: 'Cho phép nộp bản sao kèm bản chính để đối chiếu hoặc bản sao điện tử.',
  },
  'multiple-dossier-sets': {
    label: 'Nhiều bộ hồ sơ hoặc nhiều bản',
    reason: 'Mỗi bộ, mỗi bản thêm là thêm chi phí sao chụp; cơ quan có thể tự sao, số hóa hồ sơ.',
    action: 'Giảm còn một bộ hồ sơ, một bản mỗi giấy tờ.',
  },
  'no-online-channel': {
    label: 'Chưa có dịch vụ công trực tuyến toàn trình',
    reason: 'Cung cấp dịch vụ công trực tuyến toàn trình để người dân không phải đi lại (Nghị quyết 66/NQ-CP năm 2025).',
    action: 'Cung cấp dịch vụ công trực tuyến toàn trình.',
  },
  'superseded-legal-basis': {
    label: 'Căn cứ pháp lý hết hiệu lực',
    reason: 'Thủ tục phải căn cứ văn bản còn hiệu lực; cần công bố lại khi văn bản được thay thế (Nghị định 63/2010/NĐ-CP, Điều 15).',
    action: 'Cập nhật căn cứ pháp lý theo văn bản thay thế và công bố lại thủ tục.',
  },
  'missing-information': {
    label: 'Thiếu thông tin bắt buộc',
    reason: 'Thủ tục phải công khai đủ các bộ phận theo Nghị định 63/2010/NĐ-CP, Điều 8 (sửa đổi bởi Nghị định 92/2017/NĐ-CP).',
    action: 'Công khai đầy đủ thông tin còn thiếu.',
  },
  'stale-review': {
    label: 'Lâu chưa rà soát',
    reason: 'Thông tin công khai phải được cập nhật khi văn bản thay đổi.',
    action: 'Rà soát, đối chiếu lại bản công bố với văn bản hiện hành.',
  },
  'abolished-admin-unit': {
    label: 'Cấp, đơn vị hành chính đã kết thúc',
    reason: 'Từ 01/7/2025 chính quyền địa phương hai cấp; thủ tục cấp huyện không còn thực hiện được như đã công bố.',
    action: 'Bãi bỏ bản công bố của cấp, đơn vị đã kết thúc; công bố lại theo cấp xã hoặc cấp tỉnh.',
  },
  'possible-duplicate': {
    label: 'Có thể trùng thủ tục',
    reason: 'Một thủ tục chỉ nên được công bố một lần ở mỗi cấp, gắn mã thủ tục quốc gia.',
    action: 'Hợp nhất các bản trùng, gắn mã thủ tục quốc gia.',
  },
  'ungrouped-record': {
    label: 'Chưa có mã thủ tục',
    reason: 'Không có mã thủ tục quốc gia thì không so sánh được với bản quốc gia và các bản khác.',
    action: 'Gắn mã thủ tục quốc gia, hoặc xác định là thủ tục đặc thù của tỉnh.',
  },
};

export function ruleWords(rule: string): RuleWords {
  return RULE_WORDS[rule] ?? { label: rule, reason: '', action: '' };
}
