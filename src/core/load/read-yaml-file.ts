import type { z } from 'zod';
import type { Problem } from './problem.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { validate } from './zod-problems.ts';

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
  return result.ok ? { data: result.data, problems: [], source } : { problems: result.problems, source };
}

export function syntaxProblem(file: string, error: { message: string; position: { line: number; column: number } }): Problem {
  return {
    file,
    ...error.position,
    field: '',
    found: `a YAML syntax error (${error.message})`,
    expected: 'valid YAML',
    hint: 'Check indentation, a missing ":" after a key, or an unclosed quote on this line or the one before. Quote text containing ": " or starting with a special character.',
  };
}
