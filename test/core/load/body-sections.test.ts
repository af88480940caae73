import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/load/load-content.ts';
import { NOTES_HEADING, splitBody } from '../../../src/core/load/body-sections.ts';
import { tempContent } from '../../fixtures/hostile/make.ts';
import { disposeAfterEach } from '../../fixtures/dispose-after-each.ts';
import { REPO_ROOT } from './fixtures.ts';

const RECORD = 'procedures/xa/dang-ky-khai-sinh.md';
const keep = disposeAfterEach();

/** A copy of the valid content whose record has `body` as its Markdown text; returns the directory. */
function withBody(body: string): { dir: string; bodyLine: number } {
  const dir = keep(tempContent());
  const text = readFileSync(join(dir, RECORD), 'utf8');
  const end = text.indexOf('\n---\n', 4) + 5;
  writeFileSync(join(dir, RECORD), text.slice(0, end) + body);
  return { dir, bodyLine: text.slice(0, end).split('\n').length };
}

describe('guidance and notes in a record text', () => {
  it('the text before "## Nguồn và ghi chú" is guidance, the text after it notes', async () => {
    const { dir } = withBody(`Mang theo giấy chứng sinh.\n\n${NOTES_HEADING}\n\nThời hạn lấy theo bản quốc gia.\n`);
    const { problems, catalogue } = await loadContent(dir);
    expect(problems).toEqual([]);
    const record = catalogue.records.find((r) => r.file === RECORD)!;
    expect(record.guidance).toBe('Mang theo giấy chứng sinh.');
    expect(record.notes).toBe('Thời hạn lấy theo bản quốc gia.');
    expect(record.body).toContain('Thời hạn lấy theo bản quốc gia.');
  });

  it('a text without the heading is all guidance; a heading inside a code block is text', () => {
    expect(splitBody('Mang theo giấy chứng sinh.')).toEqual({ guidance: 'Mang theo giấy chứng sinh.', notes: '' });
    const fenced = `Ví dụ:\n\n\`\`\`\n${NOTES_HEADING}\n\`\`\`\n`;
    expect(splitBody(fenced).notes).toBe('');
  });

  it.each([
    ['another level', '### Nguồn và ghi chú'],
    ['no tone marks', '## Nguon va ghi chu'],
    ['a colon and capitals', '## NGUỒN VÀ GHI CHÚ:'],
  ])('a notes heading written with %s is a problem at its line, naming the line to write', async (_, heading) => {
    const { dir, bodyLine } = withBody(`Mang theo giấy chứng sinh.\n\n${heading}\n\nThời hạn lấy theo bản quốc gia.\n`);
    const { problems, catalogue } = await loadContent(dir);
    expect(problems.map((p) => [p.file, p.line, p.field, p.code])).toEqual([
      [RECORD, bodyLine + 2, '(text)', 'notes-heading'],
    ]);
    expect(problems[0]!.hint).toBe(`Viết lại dòng này thành: ${NOTES_HEADING}`);
    // Never half-published: notes must not reach citizens as guidance.
    expect(catalogue.records.map((r) => r.file)).not.toContain(RECORD);
  });

  it('a second notes heading is a problem at the second one', async () => {
    const { dir, bodyLine } = withBody(`${NOTES_HEADING}\n\nMột.\n\n${NOTES_HEADING}\n\nHai.\n`);
    const { problems } = await loadContent(dir);
    expect(problems.map((p) => [p.line, p.code])).toEqual([[bodyLine + 4, 'notes-heading-twice']]);
  });

  it('npm run check prints the file, line and the exact line to write', async () => {
    const { dir, bodyLine } = withBody(`Mang theo giấy chứng sinh.\n\n## Nguon va ghi chu\n\nGhi chú.\n`);
    const stdout = await new Promise<string>((resolve) =>
      execFile(process.execPath, ['scripts/check.ts', '--content', dir], { cwd: REPO_ROOT }, (_e, out) => resolve(out)),
    );
    expect(stdout).toContain(
      `${dir}/${RECORD}:${bodyLine + 2}:1  (text)  Gặp tiêu đề “## Nguon va ghi chu”, cần đúng dòng “${NOTES_HEADING}”`,
    );
    expect(stdout).toContain(`      sửa: Viết lại dòng này thành: ${NOTES_HEADING}`);
  });
});
