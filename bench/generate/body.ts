/**
 * Markdown guidance for citizens below the front matter: headings, lists, bold text and a short FAQ, a few
 * hundred words, like the notes editors write. Sentences are templates filled with the record's own facts.
 */
import { formatFee } from '../../src/core/money/format-vnd.ts';
import { formatDuration } from '../../src/core/time/working-days.ts';
import type { Duration } from '../../src/core/time/duration.ts';
import type { Baseline, FeeItem } from './baseline.ts';
import type { Random } from './random.ts';
import { lowerFirst } from './text-variants.ts';

const TIPS = [
  'Kiểm tra kỹ họ, chữ đệm, tên và ngày tháng năm sinh trên tờ khai trước khi ký; sai sót nhỏ cũng khiến hồ sơ bị trả lại.',
  'Nếu nộp trực tuyến, chuẩn bị bản chụp hoặc bản scan rõ nét của từng giấy tờ, mỗi tệp không quá 5 MB.',
  'Mang theo bản chính các giấy tờ để cán bộ đối chiếu khi nộp bản sao; không cần chứng thực bản sao trong trường hợp này.',
  'Không phải nộp giấy tờ mà cơ quan đã khai thác được từ Cơ sở dữ liệu quốc gia về dân cư.',
  'Giữ lại giấy tiếp nhận hồ sơ và hẹn trả kết quả để tra cứu tình trạng hồ sơ trên Cổng Dịch vụ công.',
  'Người được ủy quyền đi nộp hồ sơ phải có văn bản ủy quyền theo quy định, trừ trường hợp là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột.',
  'Nếu hồ sơ chưa đầy đủ, cán bộ tiếp nhận phải hướng dẫn bổ sung một lần, đầy đủ bằng văn bản.',
  'Phí, lệ phí nộp trực tuyến có thể thanh toán qua Cổng Dịch vụ công quốc gia bằng tài khoản ngân hàng hoặc ví điện tử.',
];

const MISTAKES = [
  'nộp bản photo không rõ chữ, không đọc được số hiệu giấy tờ',
  'khai thiếu thông tin ở mục nơi cư trú hoặc số định danh cá nhân',
  'dùng mẫu tờ khai cũ đã được thay thế',
  'quên ký vào cuối đơn hoặc ký không đúng người đứng tên',
  'nộp hồ sơ sai nơi tiếp nhận sau khi sắp xếp đơn vị hành chính',
  'nộp thêm giấy tờ không có trong danh mục thành phần hồ sơ',
];

export interface StatedFacts {
  time: Duration;
  fees: FeeItem[];
  online: 'none' | 'partial' | 'full';
}

export function guidanceBody(b: Baseline, facts: StatedFacts, rng: Random, where: string): string {
  const title = lowerFirst(b.plan.title);
  const time = facts.time.unit === 'same_day' ? 'trong ngày' : formatDuration(facts.time);
  const fee =
    facts.fees.length === 0
      ? 'không thu phí, lệ phí'
      : facts.fees.map((f) => `${lowerFirst(f.name)}: ${formatFee(f.amount)}`).join('; ');
  const parts: string[] = [];
  parts.push(
    `Trang này hướng dẫn thủ tục ${title} ${where}. Thời hạn giải quyết là **${time}** kể từ khi nhận đủ hồ sơ hợp lệ; ${fee}.`,
  );
  parts.push(
    '## Trước khi nộp hồ sơ',
    rng
      .sample(TIPS, rng.int(2, 4))
      .map((t) => `- ${t}`)
      .join('\n'),
  );
  if (b.conditions.length > 0) parts.push('## Điều kiện', b.conditions.map((c) => `- ${c}`).join('\n'));
  parts.push('## Các bước thực hiện', b.steps.map((s, i) => `${i + 1}. ${s}`).join('\n'));
  parts.push(
    '## Sai sót thường gặp',
    `Nhiều hồ sơ ${title} bị trả lại vì ${rng.sample(MISTAKES, 2).join(', hoặc ')}. Đối chiếu danh mục giấy tờ ở trên trước khi nộp.`,
  );
  const faq = [
    `### Có nộp hồ sơ trực tuyến được không?\n\n${facts.online === 'none' ? 'Hiện chưa có dịch vụ công trực tuyến cho thủ tục này; hồ sơ nộp trực tiếp hoặc qua bưu chính.' : `Có. Nộp trên Cổng Dịch vụ công quốc gia (${facts.online === 'full' ? 'toàn trình' : 'một phần'}); kết quả có thể nhận tại nhà qua bưu chính.`}`,
    `### Kết quả nhận được là gì?\n\n${b.result}.`,
    `### Có phải nộp bản sao có chứng thực không?\n\nChỉ khi danh mục ghi rõ. Bản sao kèm bản chính để đối chiếu có giá trị như bản sao có chứng thực.`,
  ];
  parts.push('## Câu hỏi thường gặp', ...rng.sample(faq, rng.int(1, 3)));
  return `${parts.join('\n\n')}\n`;
}

export function nationalBody(b: Baseline): string {
  return `Bản ghi mẫu của thủ tục ${lowerFirst(b.plan.title)} trong Cơ sở dữ liệu quốc gia về thủ tục hành chính, sinh tự động để đo hiệu năng.\n`;
}
