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
    execFile(process.execPath, ['scripts/check.ts', '--content', CONTENT, '--today', '2026-11-30', ...args], { cwd: ROOT, env }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
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
    expect(out.summary.review).toMatchObject({ findings: out.findings.length, orphaned_decision_keys: ['time-mismatch:1.001193:processing_time'] });
  });

  it('prints a findings summary and the open errors, and --fail-on error exits 1', async () => {
    const run = await check(['--fail-on', 'error']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Content is valid: 3 published and 1 national records');
    expect(run.stdout).toContain('Review at 2026-11-30: 10 findings, 9 open.\n');
    const province = run.stdout.indexOf("The province's own records: 9 findings, 8 open (3 errors, 1 warning, 4 info).\n");
    const national = run.stdout.indexOf('National data quality (national records alone, reported apart): 1 finding, 1 open (0 errors, 1 warning, 0 info).\n');
    expect(province).toBeGreaterThan(-1);
    expect(national).toBeGreaterThan(province);
    expect(run.stdout.indexOf('  obsolete-document           error    1 open')).toBeGreaterThan(province);
    expect(run.stdout.indexOf('  obsolete-document           error    1 open')).toBeLessThan(national);
    expect(run.stdout.indexOf('  ambiguous-time  warning  1 open')).toBeGreaterThan(national);
    expect(run.stdout).toContain("Open errors on the province's own records:");
    expect(run.stdout).toContain(
      '  "Đăng ký khai sinh" (Phường Trấn Biên) yêu cầu "Sổ hộ khẩu": Sổ hộ khẩu đã hết giá trị từ 01/01/2023 (68/2020/QH14).\n' +
        '      key: obsolete-document:xa/phuong-tran-bien/dang-ky-khai-sinh:documents:so-ho-khau',
    );
    const openErrors = run.stdout.slice(run.stdout.indexOf('Open errors'), run.stdout.indexOf('decision in review/decisions.yaml'));
    const messages = openErrors.split('\n').filter((l) => l.startsWith('  ') && !l.trimStart().startsWith('key:'));
    expect(messages).toHaveLength(3);
    for (const message of messages) expect(message).not.toMatch(/xa\/|national\//);
    expect(run.stdout).toContain('  time-mismatch:1.001193:processing_time (fix_planned)');
  });

  it('--fail-on accepts only error or warning', async () => {
    const run = await check(['--fail-on', 'info']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--fail-on must be error or warning, got "info"');
  });
});
