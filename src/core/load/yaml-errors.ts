/**
 * The yaml package's syntax errors, explained for editors in plain Vietnamese, at the line to change. The parser
 * words errors for programmers and, for a bracket or quote never closed, points where it gave up (often the end
 * of the file); the editor needs the line where the bracket or quote was opened.
 */
export interface ExplainedError {
  /** Offset in the YAML text of what to point at. */
  offset: number;
  found: string;
  hint: string;
  code: string;
  /** The same in English, for --lang en. */
  en: { found: string; hint: string };
}

const GENERIC_HINT_EN =
  'Look at this line and the one above: indentation with spaces, ":" and a space after the key, quotes and brackets closed. Text with ": " or " #" in it, or starting with a special character, goes in double quotes.';

const GENERIC_HINT =
  'Xem dòng này và dòng ngay trên: thụt lề bằng dấu cách cho đều, dấu “:” và một dấu cách sau tên trường, dấu nháy hay ngoặc đã đóng chưa. Chữ có “: ”, có “ #” hoặc bắt đầu bằng ký tự đặc biệt thì đặt cả câu trong dấu nháy kép.';

/** `message`: the parser's first line; `offset`: where it reported it. */
export function explainYamlError(message: string, offset: number, text: string): ExplainedError {
  const line = lineAt(text, offset);
  const said = ([found, hint]: [string, string], [enFound, enHint]: [string, string], at = offset): ExplainedError => ({
    offset: at,
    found,
    hint,
    code: 'yaml-syntax',
    en: { found: enFound, hint: enHint },
  });

  if (/Maximum call stack size exceeded/.test(message)) {
    return {
      offset,
      found: 'dữ liệu lồng nhau quá sâu (quá nhiều “[”, “{” hoặc mức thụt lề lồng vào nhau)',
      hint: 'Kiểm tra các dấu ngoặc “[ ]”, “{ }” có đóng đủ không và thụt lề có đúng không; không trường nào cần lồng sâu như vậy.',
      code: 'yaml-too-deep',
      en: {
        found: 'data nested too deeply (too many "[", "{" or indentation levels inside one another)',
        hint: 'Check that every "[ ]" and "{ }" is closed and the indentation is right; no field needs nesting this deep.',
      },
    };
  }
  if (/^Nested mappings are not allowed in compact mappings/.test(message)) {
    return said(
      [
        'dấu “: ” (hai chấm và dấu cách) bên trong một giá trị không có dấu nháy',
        `Đặt cả giá trị trong dấu nháy kép${quotedSuggestion(line)}. Nếu dòng này bị thụt lề nhầm vào dòng trên, cho nó thẳng cột với các trường khác.`,
      ],
      [
        '": " (a colon and a space) inside a value without quotes',
        `Put the whole value in double quotes${quotedSuggestion(line)}. If the line was indented into the one above by mistake, align it with the other keys.`,
      ],
    );
  }
  if (/^Implicit (map )?keys need to be (on a single line|followed by map values)/.test(message)) {
    return said(
      [
        'một dòng thiếu dấu “:” sau tên trường',
        'Mỗi dòng viết “tên_trường: giá trị” (dấu hai chấm rồi một dấu cách). Nếu dòng này là phần tiếp của giá trị dòng trên, đặt cả giá trị trong dấu nháy kép.',
      ],
      [
        'a line without ":" after its key',
        'Write each line as "key: value" (a colon, then a space). If the line continues the value above, put the whole value in double quotes.',
      ],
    );
  }
  if (/^Map keys must be unique/.test(message)) {
    const key = /^\s*(?:-\s+)?([^:#]+?)\s*:/.exec(line.text)?.[1];
    return said(
      [
        `trường ${key ? `“${key}” ` : ''}được viết hai lần`,
        'Mỗi trường chỉ viết một lần: gộp nội dung của hai dòng vào một dòng (nếu là danh sách, viết các mục dưới cùng một tên trường).',
      ],
      [
        `the key ${key ? `"${key}" ` : ''}written twice`,
        'Write each key once: merge what the two lines say into one (for a list, put all items under one key).',
      ],
    );
  }
  if (/^Tabs are not allowed/.test(message)) {
    return said(
      ['phím Tab dùng để thụt lề', 'Thụt lề bằng dấu cách (2 dấu cách mỗi mức), không dùng phím Tab.'],
      ['a tab used for indentation', 'Indent with spaces (2 per level), never with the Tab key.'],
    );
  }
  const flow = /^Flow (map|sequence) in block collection must be sufficiently indented and end with an? ([}\]])/.exec(
    message,
  );
  if (flow) {
    const opener = unclosedOpener(text, offset, flow[2] === '}' ? '{' : '[');
    const pair = flow[2] === '}' ? '{ … }' : '[ … ]';
    return said(
      [
        `dấu “${flow[2] === '}' ? '{' : '['}” mở mà chưa đóng`,
        `Thêm “${flow[2]}” ở cuối mục này: mỗi mục “${pair}” viết trọn và đóng trên cùng một dòng.`,
      ],
      [
        `a "${flow[2] === '}' ? '{' : '['}" never closed`,
        `Add "${flow[2]}" at the end of this item: each "${pair}" is written and closed on one line.`,
      ],
      opener ?? offset,
    );
  }
  const quote = /^Missing closing (["'])quote/.exec(message);
  if (quote) {
    const opener = unclosedQuote(text, offset, quote[1]!);
    return said(
      [
        `dấu nháy ${quote[1] === '"' ? 'kép' : 'đơn'} mở mà chưa đóng`,
        `Thêm dấu nháy ${quote[1] === '"' ? 'kép “"”' : "đơn “'”"} ở cuối giá trị. Nếu chính chữ có dấu nháy kép, viết nó là \\" (hoặc dùng nháy đơn bên ngoài).`,
      ],
      [
        `a ${quote[1] === '"' ? 'double' : 'single'} quote never closed`,
        `Add the closing ${quote[1] === '"' ? 'double' : 'single'} quote at the end of the value. A double quote inside the text is written \\" (or use single quotes outside).`,
      ],
      opener ?? offset,
    );
  }
  if (/^Unexpected , in flow/.test(message)) {
    return said(
      [
        'dấu phẩy thừa trong “{ }” hoặc “[ ]”',
        'Giữa hai dấu phẩy phải có một mục. Nếu dấu phẩy là một phần của chữ, đặt chữ đó trong dấu nháy kép.',
      ],
      [
        'a stray comma in "{ }" or "[ ]"',
        'Each pair of commas needs an item between them. If the comma is part of the text, put that text in double quotes.',
      ],
    );
  }
  if (/^Unexpected scalar at node end/.test(message)) {
    // A line of a list item written at the left margin ("level: tinh" under "- id: …"): the item ended above it.
    if (!/["']/.test(line.text) && /^[A-Za-z_][\w-]*:(?:\s|$)/.test(line.text)) {
      return said(
        [
          'một dòng của mục danh sách viết sát lề trái',
          'Thụt lề dòng này bằng dấu cách cho thẳng cột với các trường của mục bên trên (thường là 2 dấu cách).',
        ],
        [
          'a line of a list item written at the left margin',
          'Indent this line with spaces to align with the keys of the item above (usually 2 spaces).',
        ],
        line.start,
      );
    }
    return said(
      ['chữ viết tiếp sau dấu nháy đóng', `Đặt cả giá trị trong một cặp dấu nháy${quotedSuggestion(line, true)}.`],
      ['text after the closing quote', `Put the whole value inside one pair of quotes${quotedSuggestion(line, true)}.`],
    );
  }
  const closer = /^Unexpected (flow-map-end|flow-seq-end) token/.exec(message);
  if (closer) {
    const mark = closer[1] === 'flow-map-end' ? '}' : ']';
    return said(
      [
        `dấu “${mark}” thừa`,
        `Xóa một dấu “${mark}”: mỗi “${mark === '}' ? '{' : '['}” chỉ đóng bằng đúng một “${mark}”.`,
      ],
      [
        `a stray "${mark}"`,
        `Remove one "${mark}": each "${mark === '}' ? '{' : '['}" is closed by exactly one "${mark}".`,
      ],
    );
  }
  const reserved = /^Plain value cannot start with (?:reserved character|directive indicator character) (.)/.exec(
    message,
  );
  if (reserved) {
    return said(
      [
        `giá trị bắt đầu bằng ký tự đặc biệt “${reserved[1]}”`,
        `Đặt cả giá trị trong dấu nháy kép${quotedSuggestion(line)}.`,
      ],
      [
        `a value starting with the special character "${reserved[1]}"`,
        `Put the whole value in double quotes${quotedSuggestion(line)}.`,
      ],
    );
  }
  if (/^Block collections are not allowed within flow collections/.test(message)) {
    // `{ …, when: Trẻ sinh tại: cơ sở y tế }`: a second ": " in one item, not a missing comma.
    const item = /(?:^|[{,[])\s*([A-Za-z_]\w*):\s+([^,{}[\]]*?):\s[^,{}[\]]*?\s*(?=[,}\]]|$)/.exec(line.text);
    // `{ id: a name: B }` is a missing comma: the word before the second ":" is a key (lowercase ASCII), not prose.
    if (item && !/(^|\s)[a-z][a-z_]*$/.test(item[2]!)) {
      item[2] = /:\s+(.*?)\s*$/.exec(item[0].replace(/^[{,[]?\s*[A-Za-z_]\w*/, ''))![1]!;
      const value = item[2]!.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
      return said(
        [
          'dấu “: ” (hai chấm và dấu cách) bên trong một giá trị không có dấu nháy',
          `Đặt giá trị đó trong dấu nháy kép: ${item[1]}: "${value}".`,
        ],
        [
          '": " (a colon and a space) inside a value without quotes',
          `Put that value in double quotes: ${item[1]}: "${value}".`,
        ],
      );
    }
    return said(
      [
        'thiếu dấu phẩy giữa hai mục trong “{ }” hoặc “[ ]”',
        'Ngăn các mục bằng dấu phẩy và một dấu cách, ví dụ { id: ho-tich, name: Hộ tịch }.',
      ],
      [
        'a missing comma between two items in "{ }" or "[ ]"',
        'Separate the items with a comma and a space, e.g. { id: ho-tich, name: Hộ tịch }.',
      ],
    );
  }
  if (
    /^(Sequence item without - indicator|All mapping items must start at the same column|All sequence items must start at the same column|Bad indentation)/.test(
      message,
    )
  ) {
    return said(
      [
        'thụt lề không đều',
        'Các trường cùng cấp phải thẳng cột với nhau (cùng số dấu cách đầu dòng); mỗi mục danh sách bắt đầu bằng “- ”.',
      ],
      [
        'uneven indentation',
        'Keys at the same level start in the same column (the same number of leading spaces); each list item starts with "- ".',
      ],
    );
  }
  // Vietnamese readers get no parser jargon; the English wording keeps the parser's message for developers.
  return said(['lỗi cú pháp YAML', GENERIC_HINT], [`a YAML syntax error (${message})`, GENERIC_HINT_EN]);
}

function lineAt(text: string, offset: number): { text: string; start: number } {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const end = text.indexOf('\n', start);
  return { text: text.slice(start, end === -1 ? undefined : end), start };
}

/** `: key: "value"` for a `key: value` line, so the hint shows the line to write. */
function quotedSuggestion(line: { text: string }, stripQuotes = false): string {
  const m = /^\s*(?:-\s+)?([A-Za-z_][\w]*):\s+(.+?)\s*$/.exec(line.text);
  if (!m) return '';
  const value = stripQuotes ? m[2]!.replace(/"/g, '') : m[2]!;
  return `: ${m[1]}: "${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Offset of the last `open` bracket before `offset` not closed before it (quotes and comments skipped). */
function unclosedOpener(text: string, offset: number, open: '{' | '['): number | undefined {
  const close = open === '{' ? '}' : ']';
  const stack: number[] = [];
  let quote: string | undefined;
  for (let i = 0; i < Math.min(offset, text.length); i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if ((c === '"' || c === "'") && /[\s[{,:]/.test(text[i - 1] ?? ' ')) quote = c;
    else if (c === '#' && /\s/.test(text[i - 1] ?? ' '))
      i = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i) - 1;
    else if (c === open) stack.push(i);
    else if (c === close) stack.pop();
  }
  return stack.at(-1);
}

/** Offset of the quote that opened the string still open at `offset`. */
function unclosedQuote(text: string, offset: number, mark: string): number | undefined {
  let open: number | undefined;
  for (let i = 0; i < Math.min(offset, text.length); i++) {
    const c = text[i]!;
    if (open !== undefined) {
      if (c === '\\' && mark === '"') i++;
      else if (c === mark) open = undefined;
      continue;
    }
    if (c === '#' && /\s/.test(text[i - 1] ?? ' ')) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else if (c === mark && /[\s[{,:]/.test(text[i - 1] ?? ' ')) open = i;
  }
  return open;
}
