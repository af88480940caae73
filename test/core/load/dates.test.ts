/** A date written day-first, as Vietnamese documents write it, is one problem giving the YYYY-MM-DD form to write. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/core/load/load-content.ts';
import { tempContent } from '../../fixtures/hostile/make.ts';
import { disposeAfterEach } from '../../fixtures/dispose-after-each.ts';

const RECORD = 'procedures/xa/dang-ky-khai-sinh.md';
const keep = disposeAfterEach();

async function reviewedAt(written: string) {
  const dir = keep(tempContent());
  const path = join(dir, RECORD);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain('reviewed_at: 2026-10-01');
  writeFileSync(path, text.replace('reviewed_at: 2026-10-01', `reviewed_at: ${written}`));
  const { problems } = await loadContent(dir);
  const rewrite = async (line: string) => {
    writeFileSync(path, text.replace('reviewed_at: 2026-10-01', line));
    return (await loadContent(dir)).problems;
  };
  return { problems, rewrite };
}

describe('dates written day-first', () => {
  it.each([
    ['26/11/2026', '2026-11-26'],
    ['1/7/2026', '2026-07-01'],
    ['01.07.2026', '2026-07-01'],
    ['26-11-2026', '2026-11-26'],
  ])(
    '%s is one problem whose hint is the line to write (%s), and writing it makes the record valid',
    async (written, iso) => {
      const { problems, rewrite } = await reviewedAt(written);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ field: 'reviewed_at', code: 'date-format' });
      const line = `reviewed_at: ${iso}`;
      expect(problems[0]!.hint).toContain(line);
      expect(problems[0]!.vi!.hint).toContain(line);
      expect(await rewrite(line)).toEqual([]);
    },
  );

  it('a day-first date that does not exist says so, once, without inventing a date', async () => {
    const { problems } = await reviewedAt('31/02/2026');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.expected).toBe('a date that exists in the calendar');
    expect(problems[0]!.vi!.hint).toContain('không có trong lịch');
    expect(problems[0]!.hint).toContain('no such day');
    expect(problems[0]!.hint).not.toContain('2026-02-31');
  });

  it('an impossible ISO date and a date in words are one problem each', async () => {
    expect((await reviewedAt('2026-02-30')).problems).toHaveLength(1);
    expect((await reviewedAt('ngày 26 tháng 11 năm 2026')).problems).toHaveLength(1);
  });
});
