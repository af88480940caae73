import type { z } from 'zod';
import type { ProcessingTimeInput } from '../schema/index.ts';
import type { TimeReading } from '../catalogue/types.ts';
import { parseDuration } from '../time/parse-duration.ts';
import { toWorkingDays } from '../time/working-days.ts';
import { normalizeText } from '../text/normalize.ts';
import { splitFrontMatter } from './front-matter.ts';
import type { Problem } from './problem.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { syntaxProblem } from './read-yaml-file.ts';
import { validate } from './zod-problems.ts';
import { bodyProblems, fieldSizeProblems } from './limits.ts';
import { bodySectionProblems, splitBody, type BodySections } from './body-sections.ts';

export interface ParsedRecordFile<T> {
  data: T;
  body: string;
  /** The body's guidance for citizens and editors' notes (body-sections.ts). */
  sections: BodySections;
  lines: Record<string, number>;
  source: YamlSource;
}

/** Splits, parses and validates one record file; every problem found is returned, none thrown. */
export function readRecordFile<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
): { record?: ParsedRecordFile<T>; raw?: Record<string, unknown>; source?: YamlSource; problems: Problem[] } {
  const split = splitFrontMatter(text);
  if (!split.ok) {
    return {
      problems: [
        {
          file,
          line: split.line,
          column: 1,
          field: '',
          found: split.found,
          expected: split.expected,
          hint: split.hint,
          code: 'front-matter',
          vi: split.vi,
        },
      ],
    };
  }
  if (split.yaml.trim() === '') {
    return {
      problems: [
        {
          file,
          line: 1,
          column: 1,
          field: '',
          found: 'empty front matter',
          expected: 'the record fields between the two "---" lines',
          hint: 'Copy the fields of a similar record, or run npm run new.',
          code: 'empty-front-matter',
          vi: {
            found: 'phần dữ liệu rỗng',
            expected: 'các trường của bản ghi giữa hai dòng “---”',
            hint: 'Chép các trường của một bản ghi tương tự, hoặc chạy npm run new.',
          },
        },
      ],
    };
  }
  // The front matter starts on the file's second line, after the opening "---".
  const source = parseYamlSource(split.yaml, 1);
  if (source.syntaxErrors.length > 0) return { problems: source.syntaxErrors.map((e) => syntaxProblem(file, e)) };
  const result = validate(schema, source, file);
  // The body is the end of the text: the lines before it are the front matter and its delimiters.
  const bodyLine = text.slice(0, text.length - split.body.length).split('\n').length;
  const limits = [
    ...fieldSizeProblems(source, file),
    ...bodyProblems(split.body, file, bodyLine),
    ...bodySectionProblems(split.body, file, bodyLine),
  ];
  // The raw fields still go through the reference checks, so one run reports every problem of the file.
  const raw = isPlainObject(source.data) ? source.data : undefined;
  if (!result.ok || limits.length > 0)
    return { problems: [...(result.ok ? [] : result.problems), ...limits], source, ...(raw ? { raw } : {}) };
  const body = normalizeText(split.body);
  return {
    record: { data: result.data, body, sections: splitBody(body), lines: source.keyLines(), source },
    problems: [],
  };
}

/** Reads a processing time given as the object form or as Vietnamese text. */
export function readTime(input: ProcessingTimeInput): TimeReading {
  if (typeof input !== 'string') {
    const text = input.text ?? '';
    return { kind: 'duration', duration: input, workingDays: toWorkingDays(input), text };
  }
  const parsed = parseDuration(input);
  if (parsed.ok) {
    const duration = { value: parsed.value, unit: parsed.unit, text: input };
    return { kind: 'duration', duration, workingDays: toWorkingDays(duration), text: input };
  }
  return { kind: 'unreadable', text: input, reason: parsed.reason };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
