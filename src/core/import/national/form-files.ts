/**
 * A document row of the portal's table runs the document name and the attached form files together:
 *   "Văn bản đề nghị theo Mẫu số 06 ...;Mẫu số 06.docx"  "... năm 2023)Mẫu số 08 - QĐ 197..docxMẫu số 07.docx"
 * The files end with their extension; where the first one starts is guessed from the seam the flattening
 * left: a form-like word ("Mẫu", "Mau", "Phụ lục", "TK"...) glued to the text before it, else a capital
 * or digit glued after punctuation, a capital glued after a lower-case letter, or digits glued to a word.
 */

export interface SplitRow {
  name: string;
  forms: string[];
  /** True when no seam was found and the files were cut at the last space. */
  guessed: boolean;
}

const EXTENSION = /\.(?:docx|doc|pdf|xlsx|xls|odt|rar|zip|DOCX|DOC|PDF)(?![a-z])/gu;
const FORM_WORD =
  /^(?:Mẫu|MẪU|mẫu|Mau|MAU|mau|Ms\d|Mus\d|PL\s?\d|PL\s[IVX]|Phụ lục|Phu luc|Phlc|PHỤ LỤC|TK\s?\d|TK\s|Tờ khai|To khai|Đơn|Don\s|Phiếu|Phieu|Biểu|Bieu|NA\d|Văn bản|văn bản|Vanban|Van ban|Form|Giấy|Giay)/u;
// A character the previous cell can end with when the next cell is glued to it.
const SEAM_BEFORE = /[\p{Ll}\p{N}.;:)\]”"']/u;
const SEARCH_WINDOW = 250;

export function splitFormFiles(segment: string): SplitRow {
  const text = segment.trim();
  const ends = [...text.matchAll(EXTENSION)].map((m) => (m.index ?? 0) + m[0].length);
  const last = ends[ends.length - 1];
  // Files only when the row ends with one; an extension inside the name is just text.
  if (last === undefined || last !== text.length) return { name: text, forms: [], guessed: false };
  const firstEnd = ends[0]!;
  const firstExt = firstEnd - (/\.[a-z]+$/iu.exec(text.slice(0, firstEnd))?.[0].length ?? 0);
  const { start, guessed } = formStart(text, firstExt);
  const forms: string[] = [];
  let from = start;
  for (const end of ends) {
    if (end <= start) continue;
    const file = text.slice(from, end).trim();
    if (file !== '') forms.push(file);
    from = end;
  }
  return { name: text.slice(0, start).trim(), forms, guessed };
}

function formStart(text: string, firstExt: number): { start: number; guessed: boolean } {
  const lower = Math.max(0, firstExt - SEARCH_WINDOW);
  // 1. The leftmost form-like word glued to what comes before it. After a capital ("...TT-BNNMTMẫu số 03")
  //    only a capitalised word counts: "TK" or "PL" there are more likely the end of a legal number.
  for (let i = Math.max(1, lower); i < firstExt; i++) {
    const word = FORM_WORD.exec(text.slice(i, firstExt + 1))?.[0];
    if (word === undefined) continue;
    const before = text[i - 1] ?? '';
    if (isSeam(text, i) || (/\p{Lu}/u.test(before) && /^\p{Lu}\p{Ll}/u.test(word))) return { start: i, guessed: false };
  }
  // 2. The rightmost capital or digit glued after punctuation, or capital glued after a lower-case letter
  //    ("nước ngoài.Phlc06.docx", "hữu.1. Đơn cấp mới.docx").
  for (let i = firstExt - 1; i >= Math.max(1, lower); i--) {
    const before = text[i - 1] ?? '';
    const next = text[i] ?? '';
    const afterPunctuation = /[.;:)\]”"']/u.test(before) && /[\p{L}\p{N}]/u.test(next);
    const camel = /\p{Ll}/u.test(before) && /\p{Lu}/u.test(next);
    // "01.2025" inside a file name is a number, not a seam.
    const decimal = before === '.' && /\d/u.test(text[i - 2] ?? '') && /\d/u.test(next);
    if ((afterPunctuation || camel) && !decimal) return { start: i, guessed: false };
  }
  // 2b. Digits glued to a lower-case letter ("tương đương01B-Bản khai.doc"): the leftmost.
  for (let i = Math.max(1, lower); i < firstExt; i++) {
    if (/\p{Ll}/u.test(text[i - 1] ?? '') && /\d/u.test(text[i] ?? '')) return { start: i, guessed: false };
  }
  // 3. No seam: the file name is the last word.
  const space = text.lastIndexOf(' ', firstExt);
  return { start: space === -1 ? 0 : space + 1, guessed: true };
}

/** Position i is a seam when the character before it could end a cell and is not a space. */
function isSeam(text: string, i: number): boolean {
  const before = text[i - 1] ?? '';
  return before !== '' && !/\s/u.test(before) && SEAM_BEFORE.test(before);
}
