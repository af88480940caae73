import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../core/load/fixtures.ts';
import { runInProcess } from './run-script.ts';

const VALID = 'test/fixtures/content-valid';
const BROKEN = 'test/fixtures/content-broken';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run check -- …`, run in this process (scripts/check.ts's command, from the repository root). */
async function check(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const run = await runInProcess('check', args, { env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A problem line: "Unexpected X, expected Y", or "Gặp X, cần Y" for the kinds worded in Vietnamese. */
const PROBLEM_LINE = /^ {2}(\S+):(\d+):(\d+) {2}(\S+) {2}(?:Unexpected .+, expected .+|Gặp .+, cần .+)$/;
/** Lines of a stack trace: an editor must never see one. */
const stackLines = (run: Run) => `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => /^\s{4}at /.test(l));

// In-process runs; the two tests that need a real process (a closed pipe, the script as npm starts it) spawn Node.
describe('npm run check', () => {
  it('exits 0 on valid content and says what it checked on the last line, after the findings', async () => {
    const run = await check(['--content', VALID]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Rà soát ngày \d{4}-\d{2}-\d{2}: \d+ phát hiện/);
    expect(lines.at(-1)).toBe(`Nội dung hợp lệ: 4 bản công bố và 2 bản quốc gia trong ${VALID}.`);
    expect(stackLines(run)).toEqual([]);
  });

  it('exits 1 on broken content, with a located line and a fix for every problem, then the count', async () => {
    const run = await check(['--content', BROKEN]);
    expect(run.code).toBe(1);
    expect(stackLines(run)).toEqual([]);
    const lines = run.stdout.split('\n');
    // The findings summary first, the problems (what the editor must fix) last.
    expect(lines[0]).toMatch(/^Rà soát ngày \d{4}-\d{2}-\d{2}: /);
    const problemLines = lines.flatMap((line, i) => {
      const m = PROBLEM_LINE.exec(line);
      return m ? [{ file: m[1]!, line: Number(m[2]), field: m[4]!, next: lines[i + 1] ?? '' }] : [];
    });
    expect(problemLines.length).toBeGreaterThanOrEqual(30);
    for (const p of problemLines) {
      expect(p.file.startsWith(`${BROKEN}/procedures/`)).toBe(true);
      expect(p.next, `fix after ${p.file}`).toMatch(/^ {6}sửa: \S/);
    }
    const files = new Set(problemLines.map((p) => p.file)).size;
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(`${problemLines.length} lỗi trong ${files} tệp.`);
    // Vietnamese by default, for editors.
    expect(run.stdout).toContain(
      `  ${BROKEN}/procedures/xa/unknown-key.md:4:1  titel  Gặp khóa “titel”, cần một trong các khóa`,
    );
    expect(run.stdout).toContain('      sửa: Có phải ý bạn là “title”? Đổi tên khóa.');
    expect(run.stdout).toContain(`  ${BROKEN}/procedures/xa/unquoted-code.md:3:7  code  Gặp số 1.001230`);
    expect(run.stdout).toContain(`  ${BROKEN}/procedures/xa/empty-file.md:1:1  (tệp)  Gặp một tệp rỗng`);
  });

  it('--lang en prints the same problems, at the same places, in English', async () => {
    const [vi, en] = await Promise.all([check(['--content', BROKEN]), check(['--content', BROKEN, '--lang', 'en'])]);
    expect(en.code).toBe(1);
    const places = (run: Run) =>
      run.stdout.split('\n').flatMap((l) => PROBLEM_LINE.exec(l)?.slice(1, 4).join(':') ?? []);
    expect(places(en)).toEqual(places(vi));
    expect(en.stdout).not.toMatch(/^ {2}\S+ {2}\S+ {2}Gặp /m);
    expect(en.stdout).toContain(
      `  ${BROKEN}/procedures/xa/unknown-key.md:4:1  titel  Unexpected key "titel", expected one of the keys`,
    );
    expect(en.stdout).toContain('      fix: Did you mean "title"? Rename the key.');
    expect(en.stdout).toContain(`  ${BROKEN}/procedures/xa/unquoted-code.md:3:7  code  Unexpected number 1.001230`);
    expect(en.stdout).toContain(`  ${BROKEN}/procedures/xa/empty-file.md:1:1  (file)  Unexpected an empty file`);
    expect(en.stdout.trimEnd().split('\n').at(-1)).toMatch(/^\d+ problems in \d+ files\.$/);
  });

  it('--json prints parseable JSON whose summary counts its problems, on one line when not on a terminal', async () => {
    const run = await check(['--content', BROKEN, '--json', '--today', '2026-11-01']);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as {
      summary: Record<string, unknown>;
      problems: { file: string; line: number }[];
      findings: unknown[];
    };
    expect(run.stdout).toBe(`${JSON.stringify(out)}\n`);
    expect(out.summary.problems).toBe(out.problems.length);
    expect(out.summary.valid).toBe(false);
    expect(out.summary.today).toBe('2026-11-01');
    expect(out.summary.files_with_problems).toBe(new Set(out.problems.map((p) => p.file)).size);
    expect(out.problems).toContainEqual(
      expect.objectContaining({ file: 'procedures/xa/unknown-key.md', line: 4, field: 'titel' }),
    );
    expect(Array.isArray(out.findings)).toBe(true);
  });

  it('--json into a reader that has gone away (| head) ends quietly', async () => {
    const run = await new Promise<Run>((resolve) => {
      const command = `"${process.execPath}" scripts/check.ts --content ${VALID} --json | true`;
      execFile('sh', ['-c', command], { cwd: REPO_ROOT }, (error, stdout, stderr) =>
        resolve({ code: error ? -1 : 0, stdout, stderr }),
      );
    });
    expect(run.stderr).toBe('');
  });

  it('--json on valid content reports zero problems', async () => {
    const run = await check(['--content', VALID, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).summary).toMatchObject({
      valid: true,
      problems: 0,
      published_records: 4,
      national_records: 2,
    });
  });

  it('with GITHUB_ACTIONS=true, also prints one annotation per problem, before the rest', async () => {
    const run = await check(['--content', BROKEN], { GITHUB_ACTIONS: 'true' });
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    const annotations = lines.filter((l) => l.startsWith('::error '));
    expect(annotations.length).toBeGreaterThanOrEqual(30);
    expect(annotations).toHaveLength(lines.filter((l) => PROBLEM_LINE.test(l)).length);
    // Annotations first, so that the log still ends with the problems and their count.
    expect(lines.findLastIndex((l) => l.startsWith('::error '))).toBeLessThan(
      lines.findIndex((l) => PROBLEM_LINE.test(l)),
    );
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^\d+ lỗi trong \d+ tệp\.$/);
    expect(annotations).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^::error file=${BROKEN}/procedures/xa/unknown-key\\.md,line=4,col=1,title=titel::Gặp khóa “titel”.*Cách sửa: Có phải ý bạn là “title”\\?`,
        ),
      ),
    );
    for (const a of annotations) expect(a).toMatch(/^::error file=[^,]+,line=\d+,col=\d+,title=[^:]+::\S/);
  });

  it('with GITHUB_ACTIONS=true and --json, prints JSON only (the problems are in it)', async () => {
    const run = await check(['--content', BROKEN, '--json'], { GITHUB_ACTIONS: 'true' });
    expect(run.code).toBe(1);
    const parsed = JSON.parse(run.stdout);
    expect(parsed.problems.length).toBeGreaterThanOrEqual(30);
  });

  it('an unknown option is a usage error: exit 2 with the help', async () => {
    const run = await check(['--bogus']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--bogus');
    expect(run.stderr).toContain('Usage: npm run check');
    expect(stackLines(run)).toEqual([]);
  });

  it('a content directory that does not exist is a usage error, exit 2', async () => {
    const run = await check(['--content', 'test/fixtures/no-such-content']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('content directory not found: test/fixtures/no-such-content');
    expect(stackLines(run)).toEqual([]);
  });

  it('an impossible --today is a usage error, exit 2', async () => {
    const run = await check(['--content', VALID, '--today', '2026-02-30']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--today must be a date written YYYY-MM-DD, got "2026-02-30"');
    expect(stackLines(run)).toEqual([]);
  });

  it('--help, run as npm runs the script, prints the usage and exits 0', async () => {
    const run = await new Promise<Run>((resolve) => {
      execFile(process.execPath, ['scripts/check.ts', '--help'], { cwd: REPO_ROOT }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      );
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: npm run check');
    expect(run.stdout).toContain('Exit codes: 0 valid, 1 problems found, 2 usage error');
  });
});
