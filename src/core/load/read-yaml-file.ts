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
): { data?: T; problems: Problem[]; source?: YamlSource } {
  if (text.trim() === '') {
    return { problems: [{ file, line: 1, column: 1, field: '', found: 'an empty file', expected: 'YAML content', hint: 'Write the entries, or an empty list [] for none.' }] };
  }
  const source = parseYamlSource(text);
  if (source.syntaxErrors.length > 0) {
    return { problems: source.syntaxErrors.map((e) => syntaxProblem(file, e)) };
  }
  const result = validate(schema, source, file);
  const limits = fieldSizeProblems(source, file);
  if (result.ok && limits.length === 0) return { data: result.data, problems: [], source };
  return { problems: [...(result.ok ? [] : result.problems), ...limits], source };
}

export function syntaxProblem(file: string, error: YamlSyntaxError): Problem {
  if (error.found !== undefined) {
    return { file, ...error.position, field: '', found: error.found, expected: 'YAML hợp lệ', ...(error.hint ? { hint: error.hint } : {}), ...(error.code ? { code: error.code } : {}) };
  }
  return {
    file,
    ...error.position,
    field: '',
    found: `a YAML syntax error (${error.message})`,
    expected: 'valid YAML',
    hint: 'Check indentation, a missing ":" after a key, or an unclosed quote on this line or the one before. Quote text containing ": " or starting with a special character.',
  };
}
