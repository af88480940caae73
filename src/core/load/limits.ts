/**
 * Size limits on what a content file may hold, so that one mistaken or hostile file (a pasted export, a runaway
 * generator) gives a clear problem instead of a slow build or a page nobody can read. Each is far above what the
 * bundled content holds (documented in docs/content-model.md with those numbers).
 */
import type { Problem } from './problem.ts';
import { fieldPath } from './problem.ts';
import type { YamlSource } from './yaml-source.ts';

/** Characters in one text field; the longest bundled one (a national record's requirements) has 5,306. */
export const MAX_FIELD_CHARS = 20_000;
/** Characters in a record's Markdown text; the longest bundled one has 12,238. */
export const MAX_BODY_CHARS = 200_000;
/**
 * Characters before the first word of a body line: spaces, `>` and list markers. 40 allows about 20 levels of
 * quotes or lists; deeper nesting is never guidance for citizens, and it is what makes Markdown rendering slow.
 */
export const MAX_BODY_PREFIX = 40;

const fmt = (n: number) => n.toLocaleString('vi-VN');

/** Text fields longer than MAX_FIELD_CHARS, at their position. */
export function fieldSizeProblems(source: YamlSource, file: string): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      if (value.length > MAX_FIELD_CHARS) {
        problems.push({
          file,
          ...source.locate(path),
          field: fieldPath(path),
          found: `một đoạn chữ dài ${fmt(value.length)} ký tự`,
          expected: `một trường không quá ${fmt(MAX_FIELD_CHARS)} ký tự`,
          hint: 'Rút gọn trường này; phần giải thích dài đặt vào phần hướng dẫn (sau dòng “---” thứ hai). Kiểm tra xem có dán nhầm cả một văn bản vào đây không.',
          code: 'field-too-long',
          en: {
            found: `a text of ${value.length.toLocaleString('en')} characters`,
            expected: `a field of at most ${MAX_FIELD_CHARS.toLocaleString('en')} characters`,
            hint: 'Shorten the field; long explanations belong in the guidance text after the second "---". Check that a whole document was not pasted here.',
          },
        });
      }
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(source.data, []);
  return problems;
}

/** A Markdown body too long, or nested too deeply; `firstLine` is the file line the body starts on. */
export function bodyProblems(body: string, file: string, firstLine: number): Problem[] {
  if (body.length > MAX_BODY_CHARS) {
    return [
      {
        file,
        line: firstLine,
        column: 1,
        field: '(text)',
        found: `phần hướng dẫn dài ${fmt(body.length)} ký tự`,
        expected: `phần hướng dẫn không quá ${fmt(MAX_BODY_CHARS)} ký tự`,
        hint: 'Phần hướng dẫn chỉ nên gồm lưu ý, lỗi thường gặp, hỏi đáp; văn bản pháp luật đầy đủ thì dẫn liên kết trong “sources”.',
        code: 'body-too-long',
        en: {
          found: `a guidance text of ${body.length.toLocaleString('en')} characters`,
          expected: `a guidance text of at most ${MAX_BODY_CHARS.toLocaleString('en')} characters`,
          hint: 'The guidance holds notes, common mistakes and questions; link the full legal texts in "sources".',
        },
      },
    ];
  }
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const prefix = /^(?:[ \t]|>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))*/.exec(lines[i]!)![0];
    const width = prefix.replace(/\t/g, '    ').length;
    if (width > MAX_BODY_PREFIX) {
      return [
        {
          file,
          line: firstLine + i,
          column: 1,
          field: '(text)',
          found: `một dòng lồng quá sâu (${fmt(width)} ký tự dấu cách, “>” hoặc dấu đầu dòng trước chữ đầu tiên)`,
          expected: `không quá ${MAX_BODY_PREFIX} ký tự như vậy (khoảng 20 mức trích dẫn hoặc danh sách lồng nhau)`,
          hint: 'Bỏ bớt mức trích dẫn “>” hoặc mức danh sách lồng nhau, hoặc bớt thụt lề ở dòng này.',
          code: 'body-too-deep',
          en: {
            found: `a line nested too deeply (${width} characters of spaces, ">" or list markers before its first word)`,
            expected: `at most ${MAX_BODY_PREFIX} such characters (about 20 levels of quotes or nested lists)`,
            hint: 'Use fewer ">" quote levels or nested list levels, or less indentation, on this line.',
          },
        },
      ];
    }
  }
  return [];
}
