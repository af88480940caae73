export type FrontMatterSplit =
  | {
      ok: true;
      /** The text between the delimiters: its first line is the file's second line. */ yaml: string;
      body: string;
    }
  | {
      ok: false;
      line: number;
      found: string;
      expected: string;
      hint: string;
      /** The same in Vietnamese. */ vi: { found: string; expected: string; hint: string };
    };

/**
 * Splits a record file (BOM and CRLF already removed) into its YAML front matter and Markdown body.
 *
 * Only the delimiters are found here; the YAML is parsed with positions elsewhere, by the `yaml` package alone.
 * A front matter language other than YAML (`---js`, `---javascript`, `---json`, …) is refused here, before
 * anything reads the block: front-matter libraries evaluate `---js`, and no code in a record may ever run.
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  if (text.trim() === '') {
    return fail(
      1,
      ['an empty file', 'a record starting with a front matter block between two "---" lines', EXAMPLE_HINT],
      ['một tệp rỗng', 'một bản ghi bắt đầu bằng phần dữ liệu giữa hai dòng “---”', EXAMPLE_HINT_VI],
    );
  }
  const openingEnd = lineEnd(text, 0);
  const opening = text.slice(0, openingEnd).trimEnd();
  if (!opening.startsWith('---')) {
    return fail(
      1,
      [`"${truncate(opening)}"`, 'the first line to be "---"', EXAMPLE_HINT],
      [`“${truncate(opening)}”`, 'dòng đầu tiên là “---”', EXAMPLE_HINT_VI],
    );
  }
  const language = opening.slice(3).trim();
  if (language !== '' && !/^ya?ml$/i.test(language)) {
    return fail(
      1,
      [
        `front matter language "${truncate(language)}"`,
        'YAML front matter opened by a plain "---"',
        'Records use YAML only: replace the first line by "---" and write the fields as YAML. Code in front matter is never run.',
      ],
      [
        `phần dữ liệu viết bằng “${truncate(language)}”`,
        'phần dữ liệu YAML mở bằng một dòng “---”',
        'Bản ghi chỉ dùng YAML: đổi dòng đầu thành “---” và viết các trường bằng YAML. Mã lệnh trong phần dữ liệu không bao giờ được chạy.',
      ],
    );
  }
  const closing = findClosing(text, openingEnd);
  if (closing === undefined) {
    return fail(
      1,
      [
        'front matter that is never closed',
        'a second "---" line after the fields',
        'Add a line "---" after the last field, before the guidance text.',
      ],
      [
        'phần dữ liệu không có dòng đóng',
        'một dòng “---” thứ hai sau các trường',
        'Thêm một dòng “---” sau trường cuối cùng, trước phần hướng dẫn.',
      ],
    );
  }
  return {
    ok: true,
    yaml: text.slice(openingEnd + 1, closing.start - 1),
    // One blank line after the closing "---" only separates the fields from the text.
    body: text.slice(closing.end + 1).replace(/^\n/, ''),
  };
}

/** The first line after the opening one that is "---" alone (trailing spaces allowed): `start`/`end` bound it. */
function findClosing(text: string, openingEnd: number): { start: number; end: number } | undefined {
  let newline = openingEnd;
  while (newline < text.length) {
    const start = newline + 1;
    const end = lineEnd(text, start);
    if (text.startsWith('---', start) && text.slice(start + 3, end).trim() === '') return { start, end };
    newline = end;
  }
  return undefined;
}

function lineEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i === -1 ? text.length : i;
}

const EXAMPLE_HINT =
  'Start the file with "---", then the fields (code: "1.001193", title: ...), then "---", then the guidance text.';
const EXAMPLE_HINT_VI =
  'Bắt đầu tệp bằng “---”, rồi các trường (code: "1.001193", title: ...), rồi “---”, rồi phần hướng dẫn.';

type Words = [found: string, expected: string, hint: string];

function fail(line: number, [found, expected, hint]: Words, [viFound, viExpected, viHint]: Words): FrontMatterSplit {
  return { ok: false, line, found, expected, hint, vi: { found: viFound, expected: viExpected, hint: viHint } };
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
