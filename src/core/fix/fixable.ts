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

/** The problem with its hint saying that `npm run fix` does the repair (in each of its wordings). */
export function withFixHint(problem: Problem): Problem {
  if (!fixWouldMend(problem)) return problem;
  const add = (hint: string | undefined, note: string) => (hint ? `${hint} (${note})` : note);
  const note = `${FIX_COMMAND} does this for every file at once.`;
  const noteVi = `${FIX_COMMAND} sửa việc này cho mọi tệp cùng lúc.`;
  const vietnamese = problem.en !== undefined;
  return {
    ...problem,
    hint: add(problem.hint, vietnamese ? noteVi : note),
    ...(problem.vi ? { vi: { ...problem.vi, hint: add(problem.vi.hint, noteVi) } } : {}),
    ...(problem.en ? { en: { ...problem.en, hint: add(problem.en.hint, note) } } : {}),
  };
}
