import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/core/load/front-matter.ts';
import { readRecordFile } from '../../../src/core/load/read-record.ts';
import { publishedRecordSchema } from '../../../src/core/schema/index.ts';

const split = (text: string) => {
  const result = splitFrontMatter(text);
  if (!result.ok) throw new Error(`not split: ${result.found}`);
  return result;
};

describe('splitting a record into front matter and guidance text', () => {
  it('gives the fields between the two "---" lines and the text after them', () => {
    expect(split('---\ntitle: A\ncode: "1.001193"\n---\nText.\n')).toEqual({
      ok: true,
      yaml: 'title: A\ncode: "1.001193"',
      body: 'Text.\n',
    });
  });

  it('drops the one blank line that separates the fields from the text, and no more', () => {
    expect(split('---\ntitle: A\n---\n\nText.').body).toBe('Text.');
    expect(split('---\ntitle: A\n---\n\n\nText.').body).toBe('\nText.');
  });

  it('keeps a "---" rule inside the guidance text', () => {
    expect(split('---\ntitle: A\n---\nAbove.\n\n---\n\nBelow.\n').body).toBe('Above.\n\n---\n\nBelow.\n');
  });

  it('closes on a "---" line with trailing spaces, and on the last line without a newline', () => {
    expect(split('---\ntitle: A\n---  \nText.')).toMatchObject({ yaml: 'title: A', body: 'Text.' });
    expect(split('---\ntitle: A\n---')).toMatchObject({ yaml: 'title: A', body: '' });
  });

  it('does not close on a longer dash line or "---" followed by text', () => {
    expect(split('---\nnote: |\n----\n--- x\n---\nText.')).toMatchObject({
      yaml: 'note: |\n----\n--- x',
      body: 'Text.',
    });
  });

  it('accepts "---yaml" and "--- yml" openings and an empty front matter', () => {
    expect(split('---yaml\ntitle: A\n---\n').yaml).toBe('title: A');
    expect(split('--- yml\ntitle: A\n---\n').yaml).toBe('title: A');
    expect(split('---\n---\nText.')).toMatchObject({ yaml: '', body: 'Text.' });
  });

  it('reports a file that is empty, does not start with "---", or never closes, on line 1', () => {
    for (const [text, found] of [
      ['  \n', 'an empty file'],
      ['title: A\n---\n', '"title: A"'],
      ['---\ntitle: A\n', 'front matter that is never closed'],
      ['---', 'front matter that is never closed'],
      ['----\ntitle: A\n---\n', 'front matter language "-"'],
    ]) {
      expect(splitFrontMatter(text!), text).toMatchObject({ ok: false, line: 1, found });
    }
  });
});

describe('positions in the file', () => {
  it('a problem in the fields is reported on its line of the file, whatever the opening line', () => {
    for (const opening of ['---', '---yaml', '---   ']) {
      const { problems } = readRecordFile(
        `${opening}\ntitle: A\n\n# a comment\ntitel: B\n---\nText.\n`,
        'procedures/xa/a.md',
        publishedRecordSchema,
      );
      expect(
        problems.find((p) => p.field === 'titel'),
        opening,
      ).toMatchObject({ line: 5, column: 1 });
    }
  });
});
