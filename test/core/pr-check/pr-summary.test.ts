import { describe, expect, it } from 'vitest';
import { MAX_ROWS, renderPrCheck, type PrCheck } from '../../../src/core/pr-check/pr-summary.ts';
import type { Finding, FindingFields, RuleId } from '../../../src/core/review/finding.ts';
import { finding as baseFinding } from '../review/cost/make-records.ts';

/** A fee mismatch between two commune records (no evidence: the summary does not show it). */
function finding(over: Partial<FindingFields> & { rule?: RuleId } = {}): Finding {
  return baseFinding({
    key: 'fee-mismatch:1.001193:fees:le-phi',
    code: '1.001193',
    records: ['xa/a', 'xa/b'],
    message: 'Lệ phí khác nhau: xa/a 0 đ | xa/b 8.000 đ',
    ...over,
  });
}

const BASE: PrCheck = {
  base: 'origin/main',
  baseCommit: '0123456789abcdef',
  content: 'content',
  today: '2026-11-26',
  problems: [],
  published: 3,
  national: 2,
};

describe('renderPrCheck', () => {
  it('shows the findings a change introduces and resolves, with their keys, and the cost it adds', () => {
    const md = renderPrCheck({
      ...BASE,
      findings: {
        introduced: [finding()],
        resolved: [
          finding({
            key: 'no-online-channel:xa/c:channels.online',
            rule: 'no-online-channel',
            severity: 'info',
            records: ['xa/c'],
            message: 'xa/c chưa có dịch vụ công trực tuyến.',
          }),
        ],
        unchanged: 7,
      },
      cost: {
        records: [
          { record: 'xa/b', base: 10000, head: 18000 },
          { record: 'xa/d', head: 5000 },
        ],
        per_case: { base: 10000, head: 23000 },
        annual: { base: 0, head: 0 },
      },
    });
    expect(md).toContain('So với `origin/main` (0123456)');
    expect(md).toContain('Không có lỗi: 3 bản công bố, 2 bản ghi quốc gia.');
    expect(md).toContain('**1 phát hiện mới**, 1 phát hiện không còn, 7 không đổi.');
    expect(md).toContain(
      '| Lỗi | `fee-mismatch` | xa/a, xa/b | Lệ phí khác nhau: xa/a 0 đ \\| xa/b 8.000 đ | `fee-mismatch:1.001193:fees:le-phi` |',
    );
    expect(md).toContain(
      '#### Phát hiện không còn (1)\n\n| Mức độ | Quy tắc | Bản ghi | Nội dung | Khóa |\n| --- | --- | --- | --- | --- |\n| Thông tin | `no-online-channel` | xa/c |',
    );
    expect(md).toContain('10.000 đ → 23.000 đ (+13.000 đ)');
    expect(md).toContain('| `xa/b` | 10.000 đ | 18.000 đ | +8.000 đ |');
    expect(md).toContain('| `xa/d` |  | 5.000 đ | bản ghi mới |');
    expect(md).not.toContain('Một năm');
  });

  it('lists problems to fix and leaves the review out when the content does not load cleanly', () => {
    const md = renderPrCheck({
      ...BASE,
      problems: [
        {
          file: 'procedures/xa/a.md',
          line: 3,
          column: 7,
          field: 'code',
          found: 'number 1.00123',
          expected: 'text',
          hint: 'Write it in quotes',
        },
      ],
    });
    expect(md).toContain('**1 lỗi trong 1 tệp**');
    expect(md).toContain(
      '| `procedures/xa/a.md:3:7` | `code` | Unexpected number 1.00123, expected text | Write it in quotes |',
    );
    expect(md).not.toContain('Phát hiện rà soát');
  });

  it('says so when the cost does not change, and shows a decided finding with its status', () => {
    const md = renderPrCheck({
      ...BASE,
      findings: { introduced: [finding({ status: 'justified' })], resolved: [], unchanged: 0 },
      cost: { records: [], per_case: { base: 5, head: 5 }, annual: { base: 0, head: 0 } },
    });
    expect(md).toContain('| Lỗi (khác biệt hợp lý) | `fee-mismatch` |');
    expect(md).toContain('### Chi phí tuân thủ của người dân\n\nKhông thay đổi.');
    expect(md).not.toContain('Phát hiện không còn');
  });

  it(`keeps a long list to ${MAX_ROWS} rows and says how many more there are`, () => {
    const many = Array.from({ length: MAX_ROWS + 5 }, (_, i) => finding({ key: `k${i}`, message: `m${i}` }));
    const md = renderPrCheck({ ...BASE, findings: { introduced: many, resolved: [], unchanged: 0 } });
    expect(md.match(/^\| Lỗi \|/gm)).toHaveLength(MAX_ROWS);
    expect(md).toContain('… và 5 dòng nữa');
  });
});
