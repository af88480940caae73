import type { z } from 'zod';
import type { Problem } from './problem.ts';
import { fieldPath } from './problem.ts';
import type { YamlSource } from './yaml-source.ts';
import { closest, describeFound, describeType } from './describe-value.ts';
import { describeFoundVi, describeTypeVi, GENERIC_HINT_VI, HINTS_VI, schemaMessageVi } from './vietnamese.ts';
import { isRealDate } from '../schema/primitives.ts';

type Issue = z.core.$ZodIssue;

/** Validates `source.data` and turns every zod issue into an editor-grade problem. */
export function validate<T>(
  schema: z.ZodType<T>,
  source: YamlSource,
  file: string,
): { ok: true; data: T } | { ok: false; problems: Problem[] } {
  const result = schema.safeParse(source.data, { reportInput: true });
  const dotted = source.dottedWholeNumbers().map((n): Problem => ({
    file,
    ...n.position,
    field: fieldPath(n.path),
    found: `number ${n.text} (read as ${n.value})`,
    expected: 'a whole number written without dots or commas',
    hint: `Write ${n.text.replace('.', '')} for ${n.text} (thousands take no separator), or ${n.value} if you meant ${n.value}.`,
    code: 'dotted-number',
    vi: {
      found: `số ${n.text} (YAML đọc thành ${n.value})`,
      expected: 'một số nguyên viết liền, không có dấu chấm hay dấu phẩy',
      hint: `Viết ${n.text.replace('.', '')} nếu là ${n.text} đồng (hàng nghìn không có dấu ngăn cách), hoặc ${n.value} nếu đúng là ${n.value}.`,
    },
  }));
  const traps = source.traps.map((t): Problem => ({
    file,
    ...t.position,
    field: fieldPath(t.path),
    found: t.found,
    expected: t.expected,
    hint: t.hint,
    code: t.code,
    en: t.en,
  }));
  if (result.success && dotted.length === 0 && traps.length === 0) return { ok: true, data: result.data };
  // A piece a comma split off (an unknown key "B") is the trap's echo, not a second mistake.
  const covered = new Set(source.traps.flatMap((t) => t.covers.map((c) => `${c.line}:${c.column}`)));
  const problems = (
    result.success ? [] : result.error.issues.flatMap((issue) => issueToProblems(issue, [], source, file, schema))
  ).filter((p) => !covered.has(`${p.line}:${p.column}`));
  return { ok: false, problems: dedupe([...traps, ...dotted, ...oneProblemPerDate(problems, source.data)]) };
}

function issueToProblems(
  issue: Issue,
  prefix: readonly PropertyKey[],
  source: YamlSource,
  file: string,
  schema: z.ZodType,
): Problem[] {
  const path = [...prefix, ...issue.path];
  const at = (p: readonly PropertyKey[], key = false) => ({ file, ...source.locate(p, { key }) });
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const keyPath = [...path, key];
        const known = knownKeys(schema, path);
        const guess = closest(key, known);
        return {
          ...at(keyPath, true),
          field: fieldPath(keyPath),
          found: `key "${key}"`,
          expected: known.length ? `one of the keys ${known.join(', ')}` : 'no such key',
          code: 'unknown-key',
          hint: guess
            ? `Did you mean "${guess}"? Rename the key.`
            : 'This key is not part of the format: rename it to one of the keys above, or move its content into a field that takes it (note, when) or into the Markdown text after the second "---".',
          vi: {
            found: `khóa “${key}”`,
            expected: known.length ? `một trong các khóa ${known.join(', ')}` : 'không có khóa nào ở đây',
            hint: guess
              ? `Có phải ý bạn là “${guess}”? Đổi tên khóa.`
              : 'Khóa này không có trong định dạng: đổi tên thành một trong các khóa trên, hoặc chuyển nội dung sang trường nhận nó (note, when) hay sang phần hướng dẫn sau dòng “---” thứ hai.',
          },
        };
      });
    case 'invalid_union': {
      const branch = bestBranch(issue);
      if (branch) return branch.flatMap((sub) => issueToProblems(sub, path, source, file, schema));
      const expected = issue.message === 'Invalid input' ? 'a value of another shape' : issue.message;
      return [
        {
          ...at(path),
          field: fieldPath(path),
          found: describeFound(issue.input),
          expected,
          hint: hintFor(path),
          code: 'invalid-shape',
          vi: { found: describeFoundVi(issue.input), expected: schemaMessageVi(expected), hint: hintForVi(path) },
        },
      ];
    }
    case 'invalid_type': {
      const split = colonInText(issue, path);
      if (split) return [{ ...at(path), field: fieldPath(path), ...split }];
      const missing = issue.input === undefined;
      const found = describeFound(issue.input);
      const name = String(path.at(-1));
      let hint = missing ? `Add the field "${name}".` : hintFor(path);
      let hintVi = missing ? `Thêm trường “${name}”.` : hintForVi(path);
      let code = missing ? 'missing-field' : 'wrong-type';
      const text = source.sourceText(path);
      if (issue.expected === 'string' && typeof issue.input === 'number' && text !== undefined) {
        hint = `Write it in quotes so it is read as text exactly as written: ${name}: "${text}"`;
        hintVi = `Đặt trong dấu nháy để giữ đúng như đã viết: ${name}: "${text}"`;
        // What npm run fix mends (editor/fixable.ts): the written characters, quoted.
        code = 'number-for-text';
      }
      const asNumber = text !== undefined && typeof issue.input === 'number';
      return [
        {
          ...at(path, missing),
          field: fieldPath(path),
          found: asNumber ? `number ${text} (read as ${issue.input})` : found,
          expected: customOr(issue, describeType(issue.expected)),
          hint,
          code,
          vi: {
            found: asNumber ? `số ${text} (YAML đọc thành ${issue.input})` : describeFoundVi(issue.input),
            expected: /^Invalid input/.test(issue.message)
              ? describeTypeVi(issue.expected)
              : schemaMessageVi(issue.message),
            hint: hintVi,
          },
        },
      ];
    }
    case 'invalid_value':
      return [
        {
          ...at(path),
          field: fieldPath(path),
          found: describeFound(issue.input),
          expected: `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
          hint: suggestValue(issue.input, issue.values),
          code: 'invalid-value',
          vi: {
            found: describeFoundVi(issue.input),
            expected: `một trong ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
            hint: suggestValueVi(issue.input, issue.values),
          },
        },
      ];
    default: {
      const pointed = issue.code === 'custom' ? valueAt(source.data, path) : 'input' in issue ? issue.input : undefined;
      return [
        {
          ...at(path),
          field: fieldPath(path),
          // A refinement's input is the whole object; describe the value the issue points at.
          found: describeFound(pointed),
          expected: issue.message,
          hint: hintFor(path),
          code: 'invalid',
          vi: { found: describeFoundVi(pointed), expected: schemaMessageVi(issue.message), hint: hintForVi(path) },
        },
      ];
    }
  }
}

/**
 * `- Bước 1: Nộp hồ sơ` where a text is expected: the ": " made YAML read the line as a one-key group. Said as
 * such, with the line quoted as the fix, rather than "a group of fields, expected text".
 */
function colonInText(
  issue: Extract<Issue, { code: 'invalid_type' }>,
  path: readonly PropertyKey[],
): Pick<Problem, 'found' | 'expected' | 'hint' | 'code' | 'en'> | undefined {
  const input = issue.input;
  if (issue.expected !== 'string' || !input || typeof input !== 'object' || Array.isArray(input)) return undefined;
  const entries = Object.entries(input);
  if (entries.length !== 1 || !(typeof entries[0]![1] === 'string' || entries[0]![1] === null)) return undefined;
  const [key, value] = entries[0]!;
  const text = value === null ? `${key}:` : `${key}: ${value}`;
  const quoted = `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const last = path.at(-1);
  return {
    found: `dòng “${text.length > 60 ? `${text.slice(0, 60)}…` : text}” bị YAML đọc thành một cặp tên–giá trị vì có dấu “: ”`,
    expected: 'một đoạn chữ',
    hint: `Đặt cả dòng trong dấu nháy kép: ${typeof last === 'number' ? '- ' : `${String(last)}: `}${quoted}.`,
    code: 'colon-in-text',
    en: {
      found: `the line “${text.length > 60 ? `${text.slice(0, 60)}…` : text}” read by YAML as a name-value pair because of ": "`,
      expected: 'text',
      hint: `Put the whole line in double quotes: ${typeof last === 'number' ? '- ' : `${String(last)}: `}${quoted}.`,
    },
  };
}

/** For a union, report the branch that matches the value's shape, not every branch's complaint. */
function bestBranch(issue: Extract<Issue, { code: 'invalid_union' }>): Issue[] | undefined {
  const candidates = issue.errors.filter(
    (branch) => !branch.some((sub) => sub.code === 'invalid_type' && sub.path.length === 0),
  );
  return candidates.length > 0 ? candidates.sort((a, b) => a.length - b.length)[0] : undefined;
}

function customOr(issue: Issue, fallback: string): string {
  return /^Invalid input/.test(issue.message) ? fallback : issue.message;
}

function suggestValue(input: unknown, values: readonly unknown[]): string {
  const guess = typeof input === 'string' ? closest(input, values.map(String)) : undefined;
  return guess ? `Did you mean "${guess}"?` : `Use one of: ${values.map(String).join(', ')}.`;
}

function suggestValueVi(input: unknown, values: readonly unknown[]): string {
  const guess = typeof input === 'string' ? closest(input, values.map(String)) : undefined;
  return guess ? `Có phải ý bạn là “${guess}”?` : `Dùng một trong: ${values.map(String).join(', ')}.`;
}

function hintForVi(path: readonly PropertyKey[]): string {
  const field = String(path.findLast((p) => typeof p === 'string') ?? '');
  return HINTS_VI[field] ?? GENERIC_HINT_VI;
}

function hintFor(path: readonly PropertyKey[]): string {
  const field = String(path.findLast((p) => typeof p === 'string') ?? 'this field');
  return HINTS[field] ?? 'See docs/field-reference.md for the expected form of this field.';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const step of path) node = (node as Record<PropertyKey, unknown> | null | undefined)?.[step];
  return node;
}

const HINTS: Record<string, string> = {
  note: 'Explain the fee in a note, e.g. note: "Mức thu theo Nghị quyết số .../NQ-HĐND", or give the amount.',
  code: 'Write the national code in quotes: code: "1.001193".',
  processing_time: 'Write {value: 5, unit: working_days} or a text such as "05 ngày làm việc".',
  amount: 'Write the amount in đồng as a whole number without separators (50000), 0 when free, or null with a note.',
  reviewed_at: 'Write the date as YYYY-MM-DD, for example 2026-10-01.',
  form: 'Use original, certified_copy, copy, copy_with_original, electronic or present.',
  copies: 'Write the number of copies (1 or more), or leave the key out for 1.',
  sources: 'Add at least one source: - { title: "Quyết định số .../QĐ-UBND", url: "https://..." }.',
};

/** The keys a strict object at `path` allows, for "did you mean". */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  for (const step of path) {
    node = unwrap(node);
    const def = (node as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
    if (!def) return [];
    if (def.type === 'array') node = def.element;
    else if (def.type === 'object') node = (def.shape as Record<string, unknown>)[String(step)];
    else return [];
  }
  node = unwrap(node);
  const def = (node as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
  return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}

function unwrap(node: unknown): unknown {
  for (let i = 0; i < 10; i++) {
    const def = (node as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
    if (!def) return node;
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'prefault')
      node = def.innerType;
    else if (def.type === 'pipe') node = def.in;
    else if (def.type === 'union') {
      const opts = def.options as unknown[];
      node = opts.find((o) => (o as { _zod: { def: { type: string } } })._zod.def.type === 'object') ?? opts[0];
    } else return node;
  }
  return node;
}

const DATE_EXPECTED = /^a date (written YYYY-MM-DD|that exists in the calendar)$/;

/**
 * One problem per date, with the form to write. zod reports `26/11/2026` twice (not YYYY-MM-DD, not a real
 * date); an editor needs one line saying `2026-11-26`. Day-first dates are how Vietnamese documents write them.
 */
function oneProblemPerDate(problems: Problem[], data: unknown): Problem[] {
  const seen = new Set<string>();
  return problems.flatMap((p): Problem[] => {
    if (!DATE_EXPECTED.test(p.expected)) return [p];
    const where = `${p.line}:${p.column}:${p.field}`;
    if (seen.has(where)) return [];
    seen.add(where);
    const value = valueAt(data, p.field.split('.'));
    const key = p.field.split('.').at(-1);
    const date = (expected: string, hint: string, hintVi: string): Problem[] => [
      {
        ...p,
        expected,
        hint,
        code: 'date-format',
        vi: { found: p.vi?.found ?? p.found, expected: schemaMessageVi(expected), hint: hintVi },
      },
    ];
    if (typeof value !== 'string')
      return date(
        p.expected,
        `Write the date year-month-day, e.g. ${key}: 2026-11-26.`,
        `Viết ngày theo thứ tự năm-tháng-ngày, ví dụ ${key}: 2026-11-26.`,
      );
    const dayFirst = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(value);
    const written = value.trim();
    if (dayFirst) {
      const iso = `${dayFirst[3]}-${dayFirst[2]!.padStart(2, '0')}-${dayFirst[1]!.padStart(2, '0')}`;
      if (isRealDate(iso)) {
        return date(
          'a date written YYYY-MM-DD',
          `Write the date year-month-day: ${key}: ${iso} (for ${written}).`,
          `Viết ngày theo thứ tự năm-tháng-ngày: ${key}: ${iso} (thay cho ${written}).`,
        );
      }
      return date(
        'a date that exists in the calendar',
        `There is no such day as ${written}: check the source text, then write the date year-month-day, e.g. ${key}: 2026-11-26.`,
        `Ngày ${written} không có trong lịch: đối chiếu lại văn bản nguồn, rồi viết theo thứ tự năm-tháng-ngày, ví dụ ${key}: 2026-11-26.`,
      );
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      return date(
        p.expected,
        `There is no such day as ${value} (months 1-12, a day of that month): check the source text.`,
        `Ngày ${value} không có trong lịch (tháng 1–12, ngày có trong tháng đó): đối chiếu lại văn bản nguồn.`,
      );
    }
    return date(
      p.expected,
      `Write the date year-month-day, e.g. ${key}: 2026-11-26.`,
      `Viết ngày theo thứ tự năm-tháng-ngày, ví dụ ${key}: 2026-11-26.`,
    );
  });
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.line}:${p.column}:${p.field}:${p.expected}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
