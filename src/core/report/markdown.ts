/** report.md: a short summary for a pull request: counts, the top open findings, the largest savings. */
import { formatLargeVnd, formatPercent, formatVnd } from '../words/format.ts';
import type { ReportModel } from './model.ts';
import { markdownInert } from './inert-text.ts';

export const REPORT_MD = 'report.md';

const TOP_FINDINGS = 10;
const TOP_SAVINGS = 5;

/**
 * Text inside a Markdown table cell: no pipe or line break may end the cell early, and HTML shows as written
 * (GitHub renders report.md in pull requests; a title like `<img src=…>` must not become an element).
 */
function cellText(text: string): string {
  return markdownInert(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

export function renderMarkdown(model: ReportModel): string {
  const s = model.summary;
  const lines: string[] = [
    `# ${cellText(model.title)}`,
    '',
    `Ngày báo cáo: ${model.today}. ${s.published_records} bản công bố của tỉnh, ${s.national_records} bản ghi quốc gia, ${s.groups} nhóm thủ tục, ${s.ungrouped_records} bản chưa có mã.`,
    '',
    `**${s.findings.total} phát hiện**, ${s.findings.open} chưa xử lý: ${s.by_severity.map((c) => `${c.open} ${c.label.toLowerCase()}`).join(', ')}. ${s.by_scope.map((c) => `${c.label}: ${c.count}`).join('; ')}.`,
  ];
  if (s.orphaned_decisions > 0)
    lines.push('', `${s.orphaned_decisions} quyết định trong review/decisions.yaml không còn phát hiện tương ứng.`);
  if (s.cost.annual) {
    const a = s.cost.annual;
    lines.push(
      '',
      `Chi phí tuân thủ một năm (${s.cost.records_with_volume} bản có số hồ sơ): ${formatLargeVnd(a.before)} → ${formatLargeVnd(a.after)}, tiết kiệm ${formatLargeVnd(a.saving)} (${formatPercent(a.saving_ratio)}).`,
    );
    if (s.cost.annual_demo)
      lines.push(
        '',
        `**Số hồ sơ một năm có số liệu minh họa${model.volumes ? ` (${model.volumes.file})` : ''}: các số tiền một năm không phải số liệu thật, không dùng để trích dẫn.**`,
      );
  }

  const rules = s.by_rule.filter((c) => c.open > 0);
  if (rules.length > 0) {
    lines.push('', '## Theo quy tắc', '', '| Quy tắc | Chưa xử lý | Tổng |', '| --- | ---: | ---: |');
    for (const c of rules) lines.push(`| ${cellText(c.label)} (\`${c.id}\`) | ${c.open} | ${c.count} |`);
  }

  // The province's own records first; national data quality apart, for the ministries to fix.
  const headings = {
    province: 'Phát hiện chưa xử lý về bản công bố của tỉnh',
    national: 'Phụ lục: chất lượng dữ liệu quốc gia, chưa xử lý',
  } as const;
  for (const scope of ['province', 'national'] as const) {
    const open = model.findings.filter((f) => f.status === 'open' && f.scope === scope);
    if (open.length === 0) continue;
    lines.push(
      '',
      `## ${headings[scope]} (${Math.min(TOP_FINDINGS, open.length)}/${open.length})`,
      '',
      '| Mức độ | Thủ tục | Nội dung |',
      '| --- | --- | --- |',
    );
    for (const f of open.slice(0, TOP_FINDINGS)) {
      lines.push(
        `| ${f.severity_label} | ${cellText(f.code ? `${f.title} (${f.code})` : f.title)} | ${cellText(f.message)} |`,
      );
    }
  }

  const savings = [...model.groups, ...model.ungrouped_groups]
    .filter((g) => g.savings.per_case.saving > 0)
    .sort(
      (a, b) =>
        (b.savings.annual?.saving ?? 0) - (a.savings.annual?.saving ?? 0) ||
        b.savings.per_case.saving - a.savings.per_case.saving,
    )
    .slice(0, TOP_SAVINGS);
  if (savings.length > 0) {
    lines.push(
      '',
      '## Tiết kiệm lớn nhất',
      '',
      '| Thủ tục | Một lần: trước → sau | Một năm: tiết kiệm |',
      '| --- | ---: | ---: |',
    );
    for (const g of savings) {
      const c = g.savings.per_case;
      const year = g.savings.annual
        ? `${formatLargeVnd(g.savings.annual.saving)} (${formatPercent(g.savings.annual.saving_ratio)})${g.volume_demo ? ' (số hồ sơ minh họa)' : ''}`
        : 'chưa có số hồ sơ';
      const name = `${g.title}${g.code ? ` (${g.code_suggested ? `mã gợi ý ${g.code}` : g.code})` : ''}${g.demo ? ' (dữ liệu minh họa)' : ''}`;
      lines.push(`| ${cellText(name)} | ${formatVnd(c.before)} → ${formatVnd(c.after)} | ${year} |`);
    }
  }
  lines.push(
    '',
    'Chi tiết: report.xlsx, report.docx (dự thảo phương án đơn giản hóa), findings.csv, findings.json.',
    '',
  );
  return lines.join('\n');
}
