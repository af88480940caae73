import { formatVnd } from '../money/format-vnd.ts';
import { problemMessage, type Problem } from '../load/problem.ts';
import type { Finding } from '../review/finding.ts';
import type { CostChange } from './cost-change.ts';
import { capitalised, FINDING_STATUS_WORDS, SEVERITY_WORDS } from '../words/vocabulary.ts';

/** What a pull request changes, as `npm run pr-check` computes it. */
export interface PrCheck {
  /** The base revision as given (`origin/main`) and its short commit id. */
  base: string;
  baseCommit: string;
  content: string;
  today: string;
  /** Problems of the content now; when there are any, the review is not compared (it would be partial). */
  problems: Problem[];
  published: number;
  national: number;
  findings?: { introduced: Finding[]; resolved: Finding[]; unchanged: number };
  cost?: CostChange;
}

/** A step summary is limited (1 MiB on GitHub); a change touching every record must still fit. */
export const MAX_ROWS = 50;

/**
 * The pull request's summary in Markdown (Vietnamese, for editors and the Provincial Office): problems to fix
 * before merging, then the review findings the change introduces and resolves, then its effect on compliance cost.
 */
export function renderPrCheck(check: PrCheck): string {
  const lines = [
    '## Kiểm tra thay đổi nội dung',
    '',
    `So với \`${check.base}\` (${check.baseCommit.slice(0, 7)}); ngày rà soát ${check.today}; thư mục \`${check.content}\`.`,
    '',
    '### Lỗi dữ liệu',
    '',
  ];
  if (check.problems.length === 0) {
    lines.push(`Không có lỗi: ${check.published} bản công bố, ${check.national} bản ghi quốc gia.`);
  } else {
    const files = new Set(check.problems.map((p) => p.file)).size;
    lines.push(
      `**${check.problems.length} lỗi trong ${files} tệp** — cần sửa trước khi hợp nhất. Rà soát chưa được so sánh vì dữ liệu lỗi sẽ làm kết quả sai.`,
      '',
      '| Vị trí | Trường | Lỗi | Cách sửa |',
      '| --- | --- | --- | --- |',
      ...capped(
        check.problems,
        (p) =>
          `| \`${p.file}:${p.line}:${p.column}\` | ${p.field ? `\`${p.field}\`` : ''} | ${cell(problemMessage(p))} | ${cell(p.hint ?? '')} |`,
      ),
    );
  }
  if (check.findings) lines.push('', ...renderFindings(check.findings));
  if (check.cost) lines.push('', ...renderCost(check.cost));
  lines.push('');
  return lines.join('\n');
}

function renderFindings(f: NonNullable<PrCheck['findings']>): string[] {
  const lines = [
    '### Phát hiện rà soát',
    '',
    `**${f.introduced.length} phát hiện mới**, ${f.resolved.length} phát hiện không còn, ${f.unchanged} không đổi. ` +
      'Phát hiện mới không chặn việc hợp nhất: nếu văn bản công bố đúng như vậy, dữ liệu phải ghi đúng như vậy; ' +
      'Văn phòng UBND tỉnh ghi quyết định theo khóa trong review/decisions.yaml.',
  ];
  const table = (title: string, list: readonly Finding[]) => {
    if (list.length === 0) return;
    lines.push(
      '',
      `#### ${title} (${list.length})`,
      '',
      '| Mức độ | Quy tắc | Bản ghi | Nội dung | Khóa |',
      '| --- | --- | --- | --- | --- |',
      ...capped(list, (x) => {
        const status = x.status === 'open' ? '' : ` (${FINDING_STATUS_WORDS[x.status]})`;
        return `| ${capitalised(SEVERITY_WORDS[x.severity])}${status} | \`${x.rule}\` | ${cell(x.records.join(', '))} | ${cell(x.message)} | \`${cell(x.key)}\` |`;
      }),
    );
  };
  table('Phát hiện mới', f.introduced);
  table('Phát hiện không còn', f.resolved);
  return lines;
}

function renderCost(cost: CostChange): string[] {
  const lines = ['### Chi phí tuân thủ của người dân', ''];
  if (cost.records.length === 0) {
    lines.push('Không thay đổi.');
    return lines;
  }
  lines.push(
    `Cộng chi phí một lần thực hiện của mọi bản công bố: ${formatVnd(cost.per_case.base)} → ${formatVnd(cost.per_case.head)} (${signed(cost.per_case.head - cost.per_case.base)}).`,
  );
  if (cost.annual.base !== cost.annual.head) {
    lines.push(
      '',
      `Một năm, trên các bản có số hồ sơ (annual_volume): ${formatVnd(cost.annual.base)} → ${formatVnd(cost.annual.head)} (${signed(cost.annual.head - cost.annual.base)}).`,
    );
  }
  lines.push(
    '',
    '| Bản ghi | Một lần: trước | Một lần: nay | Chênh lệch |',
    '| --- | ---: | ---: | ---: |',
    ...capped(cost.records, (r) => {
      const diff =
        r.base !== undefined && r.head !== undefined
          ? signed(r.head - r.base)
          : r.head === undefined
            ? 'bỏ bản ghi'
            : 'bản ghi mới';
      return `| \`${r.record}\` | ${r.base === undefined ? '' : formatVnd(r.base)} | ${r.head === undefined ? '' : formatVnd(r.head)} | ${diff} |`;
    }),
  );
  return lines;
}

function capped<T>(items: readonly T[], row: (item: T) => string): string[] {
  const rows = items.slice(0, MAX_ROWS).map(row);
  if (items.length > MAX_ROWS)
    rows.push(`| … và ${items.length - MAX_ROWS} dòng nữa (xem npm run check hoặc báo cáo) | | | |`);
  return rows;
}

function signed(n: number): string {
  return n > 0 ? `+${formatVnd(n)}` : n < 0 ? `−${formatVnd(-n)}` : 'không đổi';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}
