/**
 * YAML that parses but loses or splits what the editor wrote is a problem with the value in quotes as the fix.
 * Each case edits one line of a valid record, then checks what an editor sees: the problem on that line, a hint
 * that keeps every character they wrote, and that applying the hint makes the record valid with the text intact.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/load/load-content.ts';
import type { Problem } from '../../../src/core/load/problem.ts';
import { tempContent } from '../../fixtures/hostile/make.ts';
import { disposeAfterEach } from '../../fixtures/dispose-after-each.ts';

const RECORD = 'procedures/xa/dang-ky-khai-sinh.md';
const keep = disposeAfterEach();

/** The record with `from` replaced by `to`; the problems of that file and the line `to` stands on. */
async function withLine(from: string | RegExp, to: string) {
  const dir = keep(tempContent());
  const path = join(dir, RECORD);
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  expect(changed).not.toBe(text);
  writeFileSync(path, changed);
  const { problems } = await loadContent(dir);
  const line = changed.split('\n').findIndex((l) => l.includes(to.split('\n')[0]!)) + 1;
  /** Writes the line the hint proposes in place of `to`; returns the loaded record. */
  const applyHint = async (problem: Problem, written: string) => {
    const quoted = /("(?:[^"\\]|\\.)*")\.(?: |$)/.exec(problem.hint!)![1]!;
    writeFileSync(path, changed.replace(written, quoted));
    return loadContent(dir);
  };
  return { problems: problems.filter((p) => p.file === RECORD), line, applyHint };
}

const noDeletion = (p: Problem) => expect(p.hint).not.toMatch(/remove|delete|xóa|bỏ đi/i);

describe('text after " #" in an unquoted value', () => {
  it('is reported on its line with the whole value quoted; the quoted value loads in full', async () => {
    const { problems, line, applyHint } = await withLine(
      'result: Giấy khai sinh (bản chính)',
      'result: Giấy khai sinh #1 (bản chính)',
    );
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p).toMatchObject({ field: 'result', line, code: 'comment-in-value' });
    expect(p!.found).toContain('#1 (bản chính)');
    expect(p!.hint).toContain('result: "Giấy khai sinh #1 (bản chính)"');
    noDeletion(p!);
    const after = await applyHint(p!, 'Giấy khai sinh #1 (bản chính)');
    expect(after.problems).toEqual([]);
    expect(after.catalogue.records.find((r) => r.file === RECORD)!.data.result).toBe('Giấy khai sinh #1 (bản chính)');
  });

  it('inside a list item too', async () => {
    const { problems } = await withLine(
      '  - Đăng ký trong 60 ngày kể từ ngày sinh.',
      '  - Đăng ký trong 60 ngày #kể từ ngày sinh',
    );
    expect(problems.map((p) => [p.field, p.code])).toEqual([['conditions.0', 'comment-in-value']]);
  });

  it('a comment after a number or a "# TODO" note left by npm run new is not a mistake', async () => {
    expect((await withLine('annual_volume: 1200', 'annual_volume: 1200 # theo báo cáo 2025')).problems).toEqual([]);
    expect(
      (await withLine('result: Giấy khai sinh (bản chính)', 'result: Giấy khai sinh (bản chính) # TODO: kiểm tra'))
        .problems,
    ).toEqual([]);
  });
});

describe('a comma inside parentheses in a one-line list or group', () => {
  it('[a, Tổ chức (doanh nghiệp, HTX)] is one problem, not three items silently', async () => {
    const { problems, line, applyHint } = await withLine(
      'subjects: [Cá nhân]',
      'subjects: [Cá nhân, Tổ chức (doanh nghiệp, HTX)]',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'subjects.1', line, code: 'comma-in-parentheses' });
    expect(problems[0]!.hint).toContain('"Tổ chức (doanh nghiệp, HTX)"');
    noDeletion(problems[0]!);
    const after = await applyHint(problems[0]!, 'Tổ chức (doanh nghiệp, HTX)');
    expect(after.problems).toEqual([]);
    expect(after.catalogue.records.find((r) => r.file === RECORD)!.data.subjects).toEqual([
      'Cá nhân',
      'Tổ chức (doanh nghiệp, HTX)',
    ]);
  });

  it('{ name: Lệ phí (cấp, đổi), … } is one problem on name, not an unknown key "đổi)"', async () => {
    const { problems } = await withLine('{ name: Lệ phí đăng ký khai sinh,', '{ name: Lệ phí (cấp, đổi),');
    expect(problems.map((p) => [p.field, p.code])).toEqual([['fees.0.name', 'comma-in-parentheses']]);
    expect(problems[0]!.hint).toContain('name: "Lệ phí (cấp, đổi)"');
  });
});

describe('a comma inside a value of a one-line group', () => {
  it('{ name: A, B, doc: x }: one problem saying B was split off, hint quotes "A, B" (never "Remove this key")', async () => {
    const { problems, applyHint } = await withLine('{ name: Giấy chứng sinh,', '{ name: Giấy chứng sinh, bản chính,');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'documents.1.name', code: 'comma-in-group' });
    expect(problems[0]!.hint).toContain('name: "Giấy chứng sinh, bản chính"');
    noDeletion(problems[0]!);
    const after = await applyHint(problems[0]!, 'Giấy chứng sinh, bản chính');
    expect(after.problems).toEqual([]);
  });

  it('a key that is really unknown still gets a hint that keeps its content', async () => {
    const { problems } = await withLine('{ name: Giấy chứng sinh,', '{ name: Giấy chứng sinh, ghi_chu: bản gốc,');
    expect(problems.map((p) => p.field)).toEqual(['documents.1.ghi_chu']);
    noDeletion(problems[0]!);
  });
});

describe('": " inside a list item of text', () => {
  it('- Bước 1: Nộp hồ sơ is said to have become a name–value pair, and the quoted line loads as text', async () => {
    const item = 'Bước 1: Người đi đăng ký nộp hồ sơ.';
    const { problems, line, applyHint } = await withLine(
      '  - Người đi đăng ký nộp hồ sơ tại Bộ phận Một cửa hoặc trực tuyến.',
      `  - ${item}`,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'steps.0', line, code: 'colon-in-text' });
    expect(problems[0]!.hint).toContain(`- "${item}"`);
    noDeletion(problems[0]!);
    const after = await applyHint(problems[0]!, item);
    expect(after.problems).toEqual([]);
    expect(after.catalogue.records.find((r) => r.file === RECORD)!.data.steps[0]).toBe(item);
  });
});
