import { execFile } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/load/load-content.ts';
import { localize, type Problem } from '../../../src/core/load/problem.ts';
import { disposeAfterEach } from '../../fixtures/dispose-after-each.ts';
import { tempContent } from '../../fixtures/hostile/make.ts';
import { REPO_ROOT } from '../load/fixtures.ts';

const keep = disposeAfterEach();

/** A copy of the valid fixture with `guides/<name>` holding `text`. */
function withGuide(name: string, text: string): string {
  const dir = keep(tempContent());
  mkdirSync(join(dir, 'guides'), { recursive: true });
  writeFileSync(join(dir, 'guides', name), text);
  return dir;
}

async function guideProblems(name: string, text: string): Promise<Problem[]> {
  const { problems } = await loadContent(withGuide(name, text));
  return problems.filter((p) => p.file.startsWith('guides/'));
}

const VALID_GUIDE = `Lời mở đầu của biên tập viên.

<Buoc thuTuc="1.001193" ten="Đăng ký khai sinh cho con">
  Mang theo giấy chứng sinh.
</Buoc>

<Hoac>
  <Buoc thuTuc="2.000635" />
  <Buoc thuTuc="xa/chung-thuc-ban-sao" ten="Chứng thực bản sao" />
</Hoac>
`;

describe('guides in content/guides/', () => {
  it('loads a valid guide into prose and numbered steps, with no problem', async () => {
    const { catalogue, problems } = await loadContent(withGuide('sinh-con.mdx', VALID_GUIDE));
    expect(problems).toEqual([]);
    const guide = catalogue.guides?.get('sinh-con');
    expect(guide?.blocks.map((b) => b.kind)).toEqual(['prose', 'step', 'step']);
    const [, first, group] = guide!.blocks;
    expect(first).toMatchObject({
      steps: [{ procedure: '1.001193', markdown: 'Mang theo giấy chứng sinh.', line: 3 }],
    });
    expect(group).toMatchObject({
      join: 'hoac',
      steps: [{ procedure: '2.000635' }, { procedure: 'xa/chung-thuc-ban-sao' }],
    });
  });

  it('names a cited procedure no record has, with the line, the component and the closest code', async () => {
    const problems = await guideProblems('sinh-con.mdx', VALID_GUIDE.replace('1.001193', '1.001139'));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'guides/sinh-con.mdx',
        line: 3,
        column: 1,
        field: '<Buoc>.thuTuc',
        code: 'guide-unknown-procedure',
        found: 'thủ tục “1.001139”',
        hint: 'Có phải “1.001193”?',
      }),
    ]);
  });

  it('names an unknown component and suggests the one meant, once, even inside a group', async () => {
    const problems = await guideProblems(
      'sinh-con.mdx',
      `Mở đầu.\n\n<Hoac>\n  <Buoc thuTuc="1.001193" />\n  <Bouc thuTuc="2.000635" />\n</Hoac>\n`,
    );
    expect(problems).toEqual([
      expect.objectContaining({
        line: 5,
        field: '<Bouc>',
        code: 'guide-unknown-component',
        hint: 'Có phải ý là <Buoc>?',
      }),
    ]);
    expect(problems[0]!.found).toBe('thành phần “<Bouc>”');
  });

  it('reports an MDX syntax error at its line, in plain words, without a stack trace', async () => {
    const problems = await guideProblems('sinh-con.mdx', `Mở đầu.\n\n<Buoc thuTuc="1.001193">\n  Chưa đóng thẻ.\n`);
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p).toMatchObject({ file: 'guides/sinh-con.mdx', line: 3, code: 'guide-syntax' });
    expect(p!.found).toMatch(/^lỗi cú pháp MDX \(Expected a closing tag for `<Buoc>`/);
    expect(`${p!.found} ${p!.hint}`).not.toMatch(/\n\s+at /);
    expect(localize(p!, 'en').found).toMatch(/^an MDX syntax error/);
  });

  it('refuses code: import/export and {expressions} are never run', async () => {
    const problems = await guideProblems(
      'sinh-con.mdx',
      `import fs from 'node:fs'\n\nLệ phí {fs.readFileSync('/etc/hostname')}.\n\n<Buoc thuTuc={"1.001193"} />\n`,
    );
    expect(problems.map((p) => [p.line, p.code, p.field])).toEqual([
      [1, 'guide-code', ''],
      [3, 'guide-code', ''],
      [5, 'guide-attribute', '<Buoc>.thuTuc'],
    ]);
  });

  it('refuses HTML and misplaced steps', async () => {
    const problems = await guideProblems(
      'sinh-con.mdx',
      `Chữ <b>đậm</b>.\n\nMột câu có <Buoc ten="x" /> ở giữa.\n\n<Hoac>\n  <Buoc ten="một" />\n</Hoac>\n`,
    );
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [1, 'guide-unknown-component'],
      [3, 'guide-misplaced'],
      [5, 'guide-group'],
    ]);
  });

  it('wants the file named after a life event', async () => {
    const problems = await guideProblems('sinh-conn.mdx', VALID_GUIDE);
    expect(problems).toEqual([
      expect.objectContaining({ line: 1, code: 'guide-unknown-life-event', hint: 'Có phải “sinh-con.mdx”?' }),
    ]);
  });

  it('is reported by npm run check with file, line, component and fix', async () => {
    const dir = withGuide('ket-hon.mdx', `Mở đầu.\n\n<Buoc thuTuc="9.999999" ten="Không có" />\n`);
    const run = await new Promise<{ code: number; stdout: string }>((resolve) =>
      execFile(process.execPath, ['scripts/check.ts', '--content', dir], { cwd: REPO_ROOT }, (error, stdout) =>
        resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout }),
      ),
    );
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('guides/ket-hon.mdx:3:1  <Buoc>.thuTuc  Gặp thủ tục “9.999999”, cần'));
    expect(at, run.stdout).toBeGreaterThan(-1);
    expect(lines[at + 1]).toMatch(/^ {6}sửa: .*đừng tự viết số liệu/);
  });
});
