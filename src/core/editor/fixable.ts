import type { Problem } from '../load/problem.ts';

/**
 * Whether `npm run fix` mends this problem: a value YAML read as a number where text is expected (`code:
 * 1.001230`, a phone number with a leading 0), which the loader codes `number-for-text`; fix quotes the written
 * characters. A number field written `50.000` is not one (`dotted-number`): whether 50 or 50000 was meant is the
 * editor's call. Matched on the stable code, never on the wording, which may be translated.
 */
export function fixWouldMend(problem: Problem): boolean {
  return problem.code === 'number-for-text';
}

export const FIX_COMMAND = 'npm run fix';

/** The problem with its hint saying that `npm run fix` does the repair. */
export function withFixHint(problem: Problem): Problem {
  if (!fixWouldMend(problem)) return problem;
  const note = `${FIX_COMMAND} does this for every file at once.`;
  return { ...problem, hint: problem.hint ? `${problem.hint} (${note})` : note };
}
