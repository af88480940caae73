import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/core/report/markdown.ts';
import { model } from './sample.ts';

describe('report.md', () => {
  const md = renderMarkdown(model());

  it('gives the counts a reviewer needs', () => {
    expect(md).toContain('# Báo cáo rà soát thủ tục hành chính tỉnh Đồng Nai');
    expect(md).toContain('**4 phát hiện**, 3 chưa xử lý: 1 lỗi, 1 cảnh báo, 1 thông tin.');
    expect(md).toContain('1 quyết định trong review/decisions.yaml không còn phát hiện tương ứng.');
  });

  it('lists open findings only, errors first', () => {
    const section = md.slice(md.indexOf('## Phát hiện chưa xử lý'), md.indexOf('## Tiết kiệm'));
    expect(section).toContain('(3/3)');
    expect(section).not.toContain('chưa có mã thủ tục');
    expect(section.indexOf('| Lỗi |')).toBeLessThan(section.indexOf('| Thông tin |'));
  });

  it('keeps a multi-line message on one table row', () => {
    const row = md.split('\n').find((l) => l.includes('Lệ phí đăng ký khai sinh'));
    expect(row).toMatch(/^\|.*Ghi chú, có "ngoặc kép" và dấu phẩy\. \|$/);
  });

  it('shows the largest savings with the year figure', () => {
    expect(md).toContain('## Tiết kiệm lớn nhất');
    // The sample's records are illustrative: the row says so.
    const row = md.split('\n').find((l) => l.startsWith('| Đăng ký khai sinh (1.001193) (dữ liệu minh họa) |'));
    expect(row).toMatch(/\| [\d.]+ đ → [\d.]+ đ \| .+ \(\d+(,\d)?%\) \|$/);
  });
});
