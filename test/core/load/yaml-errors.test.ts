/** YAML syntax errors, explained in Vietnamese at the line the editor has to change. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/load/load-content.ts';
import { tempContent } from '../../fixtures/hostile/make.ts';
import { disposeAfterEach } from '../../fixtures/dispose-after-each.ts';

const RECORD = 'procedures/xa/dang-ky-khai-sinh.md';
const keep = disposeAfterEach();

/** The record with `from` replaced; its problems, and the file line holding `marker`. */
async function broken(from: string, to: string, marker = to) {
  const dir = keep(tempContent());
  const path = join(dir, RECORD);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  const changed = text.replace(from, to);
  writeFileSync(path, changed);
  const { problems } = await loadContent(dir);
  return { problems, line: changed.split('\n').findIndex((l) => l.includes(marker)) + 1 };
}

describe('YAML syntax errors', () => {
  it('a "{" never closed is reported on its own line, not where the parser gave up', async () => {
    const { problems, line } = await broken(
      'form: original }\n  - { name: Giấy chứng sinh',
      'form: original\n  - { name: Giấy chứng sinh',
      'Tờ khai đăng ký khai sinh theo mẫu',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line, code: 'yaml-syntax' });
    expect(problems[0]!.found).toBe('dấu “{” mở mà chưa đóng');
    expect(problems[0]!.hint).toContain('Thêm “}”');
  });

  it('a quote never closed is reported where it opens', async () => {
    const { problems, line } = await broken(
      'result: Giấy khai sinh (bản chính)',
      'result: "Giấy khai sinh (bản chính)',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line, found: 'dấu nháy kép mở mà chưa đóng' });
  });

  it('": " inside a value: the hint is the line with the value quoted', async () => {
    const { problems, line } = await broken('result: Giấy khai sinh (bản chính)', 'result: Giấy khai sinh: bản chính');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(line);
    expect(problems[0]!.hint).toContain('result: "Giấy khai sinh: bản chính"');
  });

  it('a tab used for indentation and a key written twice are named plainly', async () => {
    const tab = await broken('  - Đăng ký trong 60 ngày', '\t- Đăng ký trong 60 ngày');
    expect(tab.problems.map((p) => [p.line, p.found])).toEqual([[tab.line, 'phím Tab dùng để thụt lề']]);
    const twice = await broken('level: xa\n', 'level: xa\nlevel: xa\n');
    expect(twice.problems).toHaveLength(1);
    expect(twice.problems[0]!.found).toBe('trường “level” được viết hai lần');
    expect(twice.problems[0]!.hint).not.toMatch(/xóa|remove|delete/i);
  });

  // One tab in legal.yaml used to give 248 problems, the first naming a wrong cause.
  it('reports the first syntax error of a file only, as the cause, counting the ones that may follow from it', async () => {
    const tab = await broken('  - Đăng ký trong 60 ngày', '\t- Đăng ký trong 60 ngày\n\t- Nộp hồ sơ\n\t- Nhận kết quả');
    expect(tab.problems).toHaveLength(1);
    expect(tab.problems[0]!.found).toBe('phím Tab dùng để thụt lề');
    const stray = await broken('level: xa\n', 'level: xa\nsubjects: [Cá nhân]]\n');
    expect(stray.problems.map((p) => p.found)).toEqual(['dấu “]” thừa']);
  });

  it('an error the explanations do not know keeps the parser message, with a Vietnamese hint', async () => {
    const { problems } = await broken('level: xa\n', 'level: xa\n? [a\n');
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.hint).toMatch(/dấu nháy|thụt lề|ngoặc|“/);
  });

  it('": " inside a value of a one-line group is told apart from a missing comma', async () => {
    const colon = await broken(
      'form: [original, electronic] }',
      'form: [original, electronic], when: Trẻ sinh tại: cơ sở y tế }',
      'Trẻ sinh tại',
    );
    expect(colon.problems).toHaveLength(1);
    expect(colon.problems[0]!.line).toBe(colon.line);
    expect(colon.problems[0]!.hint).toContain('when: "Trẻ sinh tại: cơ sở y tế"');
    const comma = await broken('doc: giay-chung-sinh, form', 'doc: giay-chung-sinh form', 'giay-chung-sinh form');
    expect(comma.problems).toHaveLength(1);
    expect(comma.problems[0]!.found).toBe('thiếu dấu phẩy giữa hai mục trong “{ }” hoặc “[ ]”');
  });

  it('keeps a "__proto__" key a key, refused as unknown, never a way to set fields past the schema', async () => {
    const proto = await broken('level: xa\n', 'level: xa\n__proto__: { level: tinh, demo: true }\n', '__proto__');
    expect(proto.problems.map((p) => p.field)).toEqual(['__proto__']);
  });
});
