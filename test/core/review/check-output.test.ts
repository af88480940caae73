import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/review/finding.ts';

const ROOT = join(import.meta.dirname, '../../..');
const CONTENT = 'test/fixtures/review/basic';

function check(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env };
  delete env.GITHUB_ACTIONS;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['scripts/check.ts', '--content', CONTENT, '--today', '2026-11-30', ...args],
      { cwd: ROOT, env },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });
}

// Each run spawns Node: one run per behaviour.
describe('npm run check with the review', () => {
  it('--json prints the findings with keys, statuses and decisions, and findings alone do not fail the run', async () => {
    const run = await check(['--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { summary: { review: Record<string, unknown> }; findings: Finding[] };
    expect(out.findings.find((f) => f.rule === 'fee-mismatch')).toMatchObject({
      key: 'fee-mismatch:1.001193:fees:le-phi',
      status: 'justified',
      decision_note: 'Dữ liệu thử: mức thu theo địa bàn',
      records: ['xa/ho-tich/dang-ky-khai-sinh', 'xa/phuong-tran-bien/dang-ky-khai-sinh'],
    });
    expect(out.findings.map((f) => f.rule)).toContain('obsolete-document');
    expect(out.summary.review).toMatchObject({
      findings: out.findings.length,
      orphaned_decision_keys: ['time-mismatch:1.001193:processing_time'],
    });
  });

  it('prints a findings summary and the open errors in Vietnamese, and --fail-on error exits 1', async () => {
    const run = await check(['--fail-on', 'error']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Nội dung hợp lệ: 3 bản công bố và 1 bản quốc gia');
    expect(run.stdout).toContain('Rà soát ngày 2026-11-30: 10 phát hiện, 9 chưa xử lý.\n');
    const province = run.stdout.indexOf(
      'Bản công bố của tỉnh: 9 phát hiện, 8 chưa xử lý (3 lỗi, 1 cảnh báo, 4 thông tin).\n',
    );
    const national = run.stdout.indexOf(
      'Chất lượng dữ liệu quốc gia (chỉ bản quốc gia, báo cáo riêng): 1 phát hiện, 1 chưa xử lý (0 lỗi, 1 cảnh báo, 0 thông tin).\n',
    );
    expect(province).toBeGreaterThan(-1);
    expect(national).toBeGreaterThan(province);
    const obsolete = run.stdout.indexOf('  obsolete-document           lỗi        1 chưa xử lý');
    expect(obsolete).toBeGreaterThan(province);
    expect(obsolete).toBeLessThan(national);
    expect(run.stdout.indexOf('  ambiguous-time  cảnh báo   1 chưa xử lý')).toBeGreaterThan(national);
    expect(run.stdout).toContain('Lỗi chưa xử lý trong bản công bố của tỉnh:');
    expect(run.stdout).toContain(
      '  "Đăng ký khai sinh" (Phường Trấn Biên) yêu cầu "Sổ hộ khẩu": Sổ hộ khẩu đã hết giá trị từ 01/01/2023 (68/2020/QH14).\n' +
        '      khóa: obsolete-document:xa/phuong-tran-bien/dang-ky-khai-sinh:documents:so-ho-khau',
    );
    const openErrors = run.stdout.slice(
      run.stdout.indexOf('Lỗi chưa xử lý'),
      run.stdout.indexOf('quyết định trong review/decisions.yaml'),
    );
    const messages = openErrors.split('\n').filter((l) => l.startsWith('  ') && !l.trimStart().startsWith('khóa:'));
    expect(messages).toHaveLength(3);
    for (const message of messages) expect(message).not.toMatch(/xa\/|national\//);
    expect(run.stdout).toContain('1 quyết định trong review/decisions.yaml không khớp phát hiện nào');
    expect(run.stdout).toContain('  time-mismatch:1.001193:processing_time (fix_planned)');
  });

  it('--lang en prints the same summary in English', async () => {
    const run = await check(['--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Review at 2026-11-30: 10 findings, 9 open.\n');
    expect(run.stdout).toContain("The province's own records: 9 findings, 8 open (3 errors, 1 warning, 4 info).\n");
    expect(run.stdout).toContain('  obsolete-document           error    1 open');
    expect(run.stdout).toContain("Open errors on the province's own records:");
    expect(run.stdout).toContain(
      '      key: obsolete-document:xa/phuong-tran-bien/dang-ky-khai-sinh:documents:so-ho-khau',
    );
    expect(run.stdout).toContain('1 decision in review/decisions.yaml matches no finding');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^Content is valid: 3 published and 1 national records in \S+\.$/,
    );
  });

  it('--fail-on accepts only error or warning', async () => {
    const run = await check(['--fail-on', 'info']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--fail-on must be error or warning, got "info"');
  });
});
