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
  /** The English wording, on a problem worded in Vietnamese (printed with --lang en). */
  en?: Words;
  /** The Vietnamese wording, on a problem worded in English (printed by default). */
  vi?: Words;
  /** The language found/expected/hint are in, once localize() chose it; otherwise: Vietnamese when `en` is set. */
  lang?: Lang;
}

export interface Words {
  found: string;
  expected: string;
  hint?: string;
}

/** The language messages are printed in: Vietnamese (the default) or English (`--lang en`). */
export type Lang = 'vi' | 'en';

/** The language a problem is worded in. */
export function languageOf(p: Problem): Lang {
  return p.lang ?? (p.en !== undefined ? 'vi' : 'en');
}

/**
 * The problem worded in `lang` where it has that wording (else as it is), without the other wording: what
 * check prints and what --json gives.
 */
export function localize(p: Problem, lang: Lang): Problem {
  const { en, vi, lang: _lang, ...rest } = p;
  const own = languageOf(p);
  const other = lang === 'en' ? en : vi;
  if (own === lang || other === undefined) return { ...rest, lang: own };
  const { hint: _hint, ...located } = rest;
  return {
    ...located,
    found: other.found,
    expected: other.expected,
    ...(other.hint !== undefined ? { hint: other.hint } : {}),
    lang,
  };
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/**
 * Site and vocabulary files first, then records: a mistake in a vocabulary is the cause of what records say
 * about it, and the list starts with the cause.
 */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    isRecordFile(a.file) - isRecordFile(b.file) ||
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    a.field.localeCompare(b.field)
  );
}

function isRecordFile(file: string): number {
  return file.startsWith('procedures/') || file.startsWith('national/') ? 1 : 0;
}

/**
 * Kinds of problem worded in Vietnamese first, with an English wording in `en` (what editors meet first: files
 * that cannot be read, YAML that loses text, syntax errors, limits). The others are worded in English first, as
 * the checker began, with a Vietnamese wording in `vi`.
 */
export const VIETNAMESE_CODES: ReadonlySet<string> = new Set([
  'encoding',
  'binary-file',
  'outside-content',
  'symlink-loop',
  'broken-link',
  'not-regular-file',
  'unreadable',
  'file-too-large',
  'field-too-long',
  'body-too-long',
  'body-too-deep',
  'notes-heading',
  'notes-heading-twice',
  'yaml-aliases',
  'yaml-too-deep',
  'yaml-syntax',
  'same-page',
  'comment-in-value',
  'comma-in-parentheses',
  'comma-in-group',
  'colon-in-text',
  // Guides (content/guides/*.mdx, src/core/guides/): every kind of problem check reports about one.
  'guide-syntax',
  'guide-code',
  'guide-front-matter',
  'guide-unknown-component',
  'guide-attribute',
  'guide-empty-step',
  'guide-misplaced',
  'guide-group',
  'guide-unknown-procedure',
  'guide-unknown-life-event',
  'guide-not-mdx',
]);

export function isVietnamese(p: Problem): boolean {
  return languageOf(p) === 'vi';
}

/** "Gặp X, cần Y" as the checker prints a problem worded in Vietnamese; "Unexpected X, expected Y" in English. */
export function problemMessage(p: Problem): string {
  return isVietnamese(p) ? `Gặp ${p.found}, cần ${p.expected}` : `Unexpected ${p.found}, expected ${p.expected}`;
}
