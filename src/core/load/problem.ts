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
  /** A stable name of the kind of problem ("encoding", "outside-content", …) for tools; absent on older kinds. */
  code?: string;
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

/** "Unexpected X, expected Y" as the checker prints it. */
export function problemMessage(p: Problem): string {
  return `Unexpected ${p.found}, expected ${p.expected}`;
}
