import type { z } from 'zod';
import type { Problem } from './problem.ts';
import { parseYamlSource, type YamlSyntaxError, type YamlSource } from './yaml-source.ts';
import { validate } from './zod-problems.ts';
import { fieldSizeProblems } from './limits.ts';

/** Parses and validates one YAML data file (site.yaml, agencies.yaml, …). */
export function readYamlFile<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
): { data?: T; problems: Problem[]; source?: YamlSource; brokenIds?: string[] } {
  if (text.trim() === '') {
    return {
      problems: [
        {
          file,
          line: 1,
          column: 1,
          field: '',
          found: 'an empty file',
          expected: 'YAML content',
          hint: 'Write the entries, or an empty list [] for none.',
          code: 'empty-file',
          vi: {
            found: 'một tệp rỗng',
            expected: 'nội dung YAML',
            hint: 'Viết các mục vào, hoặc một danh sách rỗng [] nếu chưa có mục nào.',
          },
        },
      ],
    };
  }
  const source = parseYamlSource(text);
  if (source.syntaxErrors.length > 0) {
    return { problems: source.syntaxErrors.map((e) => syntaxProblem(file, e)) };
  }
  const result = validate(schema, source, file);
  const limits = fieldSizeProblems(source, file);
  if (result.ok && limits.length === 0) return { data: result.data, problems: [], source };
  const problems = [...(result.ok ? [] : result.problems), ...limits];
  return { ...validEntries(schema, source.data, problems), problems, source };
}

/**
 * For a list file (sectors.yaml, legal.yaml, …) whose problems all sit inside entries: the entries without a
 * problem, and the ids of those with one. A broken entry then costs only itself: the others still load, and
 * references to it are not reported again in every record that cites it.
 */
function validEntries<T>(
  schema: z.ZodType<T>,
  data: unknown,
  problems: readonly Problem[],
): { data?: T; brokenIds?: string[] } {
  const element = (schema as unknown as { _zod: { def: { type: string; element?: z.ZodType } } })._zod.def;
  if (element.type !== 'array' || !element.element || !Array.isArray(data)) return {};
  const bad = new Set<number>();
  for (const p of problems) {
    const index = /^(\d+)(?:\.|$)/.exec(p.field)?.[1];
    if (index === undefined) return {};
    bad.add(Number(index));
  }
  const items: unknown[] = [];
  const brokenIds: string[] = [];
  data.forEach((item, i) => {
    const parsed = bad.has(i) ? undefined : element.element!.safeParse(item);
    if (parsed?.success) items.push(parsed.data);
    else {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string') brokenIds.push(id);
    }
  });
  return { data: items as T, brokenIds };
}

export function syntaxProblem(file: string, error: YamlSyntaxError): Problem {
  if (error.found !== undefined) {
    return {
      file,
      ...error.position,
      field: '',
      found: error.found,
      expected: 'YAML hợp lệ',
      ...(error.hint ? { hint: error.hint } : {}),
      ...(error.code ? { code: error.code } : {}),
      ...(error.en ? { en: { found: error.en.found, expected: 'valid YAML', hint: error.en.hint } } : {}),
    };
  }
  return {
    file,
    ...error.position,
    field: '',
    found: 'lỗi cú pháp YAML',
    expected: 'YAML hợp lệ',
    hint:
      error.hint ??
      'Kiểm tra thụt lề (dấu cách, thẳng với các dòng cùng cấp), dấu ":" sau tên trường, hoặc dấu nháy, ngoặc chưa đóng ở dòng này hay dòng trước. Đặt trong dấu nháy văn bản có ": " hay bắt đầu bằng ký tự đặc biệt.',
    code: 'yaml-syntax',
    en: {
      found: `a YAML syntax error (${error.message})`,
      expected: 'valid YAML',
      hint: 'Check indentation, a missing ":" after a key, or an unclosed quote on this line or the one before. Quote text containing ": " or starting with a special character.',
    },
  };
}
