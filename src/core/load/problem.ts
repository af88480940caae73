/** One content problem, located so an editor can go straight to it. Lines and columns are 1-based. */
export interface Problem {
  /** Path relative to the content directory, with forward slashes. */
  file: string;
  line: number;
  column: number;
  /** Dotted field path inside the file ("documents.2.form"); empty for the whole file. */
  field: string;
  /** What was found, in plain words ("number 1.00123", "nothing"). */
  found: string;
  /** What was expected, in plain words. */
  expected: string;
  /** How to fix it. */
  hint?: string;
  /** A stable name of the kind of problem ("number-for-text", "encoding", "outside-content", …) for tools. */
  code?: string;
  /** The English wording of a problem worded in Vietnamese, printed with --lang en. */
  en?: { found: string; expected: string; hint?: string };
}

/** The language messages are printed in: Vietnamese where a problem is worded in it (the default), or English. */
export type Lang = 'vi' | 'en';

/** The problem as printed in `lang`: with --lang en, a problem worded in Vietnamese takes its English wording. */
export function localize(p: Problem, lang: Lang): Problem {
  if (lang === 'vi' || p.en === undefined) return p;
  const { en, ...rest } = p;
  const { hint: _hint, ...words } = rest;
  return { ...words, found: en.found, expected: en.expected, ...(en.hint !== undefined ? { hint: en.hint } : {}) };
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/**
 * Site and vocabulary files first, then records: a mistake in a vocabulary is the cause of what records say
 * about it, and the list starts with the cause.
 */
export function compareProblems(a: Problem, b: Problem): number {
  return isRecordFile(a.file) - isRecordFile(b.file) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field);
}

function isRecordFile(file: string): number {
  return file.startsWith('procedures/') || file.startsWith('national/') ? 1 : 0;
}

/**
 * Kinds of problem worded in Vietnamese (what editors read first: files that cannot be read, YAML that loses
 * text, syntax errors, limits). The others are still worded in English, as the checker began.
 */
export const VIETNAMESE_CODES: ReadonlySet<string> = new Set([
  'encoding', 'binary-file', 'outside-content', 'symlink-loop', 'broken-link', 'not-regular-file', 'unreadable',
  'file-too-large', 'field-too-long', 'body-too-long', 'body-too-deep', 'yaml-aliases', 'yaml-too-deep',
  'yaml-syntax', 'same-page', 'comment-in-value', 'comma-in-parentheses', 'comma-in-group', 'colon-in-text',
]);

/** A problem whose wording is Vietnamese: a Vietnamese kind not turned into English by localize(). */
export function isVietnamese(p: Problem): boolean {
  return p.code !== undefined && VIETNAMESE_CODES.has(p.code) && p.en !== undefined;
}

/** "Unexpected X, expected Y" as the checker prints it ("Gặp X, cần Y" for a problem worded in Vietnamese). */
export function problemMessage(p: Problem): string {
  return isVietnamese(p) ? `Gặp ${p.found}, cần ${p.expected}` : `Unexpected ${p.found}, expected ${p.expected}`;
}
