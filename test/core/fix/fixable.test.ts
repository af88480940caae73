import { describe, expect, it } from 'vitest';
import { fixContentFile } from '../../../src/core/fix/fix-file.ts';
import { fixWouldMend, withFixHint } from '../../../src/core/fix/fixable.ts';
import { readYamlFile } from '../../../src/core/load/read-yaml-file.ts';
import { agenciesSchema, feesSchema } from '../../../src/core/schema/index.ts';

/** The loader's own problems for a YAML text, so the predicate is tested against what check really prints. */
function problems(text: string, schema: Parameters<typeof readYamlFile>[2]) {
  return readYamlFile(text, 'agencies.yaml', schema).problems;
}

describe('fixWouldMend', () => {
  it('is true for a phone number YAML read as a number, and fix does mend it', () => {
    const text = '- { id: a, name: A, phone: 0123456789 }\n';
    const [problem] = problems(text, agenciesSchema);
    expect(fixWouldMend(problem!)).toBe(true);
    expect(withFixHint(problem!).hint).toMatch(/npm run fix does this/);
    expect(problems(fixContentFile('agencies.yaml', text).text, agenciesSchema)).toEqual([]);
  });

  it('is false for an amount written 50.000, which fix cannot decide for the editor', () => {
    const [problem] = problems('- { name: Lệ phí, amount: 50.000 }\n', feesSchema);
    expect(problem!.found).toMatch(/^number 50\.000/);
    expect(fixWouldMend(problem!)).toBe(false);
    expect(withFixHint(problem!)).toEqual(problem);
  });

  it('is false for problems fix has nothing to do with', () => {
    const [problem] = problems('- { id: a, name: A, email: khong-phai-thu }\n', agenciesSchema);
    expect(fixWouldMend(problem!)).toBe(false);
  });
});
