import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { normalizeText } from '../text/normalize.ts';
import { findYamlTraps, type YamlTrap } from './yaml-traps.ts';
import { explainYamlError } from './yaml-errors.ts';

export interface Position {
  line: number;
  column: number;
}

/** Why a YAML text could not be read, where. `code`/`found`/`hint` are set on the kinds explained in Vietnamese. */
export interface YamlSyntaxError {
  message: string;
  position: Position;
  code?: string;
  found?: string;
  hint?: string;
  /** English wording of `found` and `hint`, for --lang en. */
  en?: { found: string; hint: string };
}

/**
 * Aliases (`*name`) a file may expand. Content needs none; the limit only stops an "alias bomb" (a few lines
 * of nested aliases that expand to billions of values) before it exhausts memory.
 */
export const MAX_ALIAS_COUNT = 50;

/** A parsed YAML text that can tell where each value stands. */
export interface YamlSource {
  data: unknown;
  syntaxErrors: YamlSyntaxError[];
  /** Values YAML read without error but not as written (` #` in a value, a comma splitting one): see yaml-traps.ts. */
  traps: YamlTrap[];
  /** Position of the value at `path` (or its nearest existing parent); `key: true` for the key itself. */
  locate(path: readonly PropertyKey[], options?: { key?: boolean }): Position;
  /** The exact source text of a plain scalar at `path` (to show "1.001230" rather than 1.00123). */
  sourceText(path: readonly PropertyKey[]): string | undefined;
  /** 1-based line of each top-level key. */
  keyLines(): Record<string, number>;
  /** Whole numbers written with a dot ("50.000", read as 50): Vietnamese thousands, almost never meant as decimals. */
  dottedWholeNumbers(): { path: PropertyKey[]; text: string; value: number; position: Position }[];
}

/**
 * YAML 1.2 core schema: no timestamps (dates stay text and are checked, never rolled over), no sexagesimal
 * or `012` octal surprises, no custom tags. `lineOffset` shifts lines for front matter inside a Markdown file.
 */
export function parseYamlSource(text: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  const at = (offset: number): Position => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };
  const lines = new Set<number>();
  const syntaxErrors: YamlSyntaxError[] = [...doc.errors, ...doc.warnings]
    .map((e): YamlSyntaxError => {
      const message = firstLine(e.message);
      const explained = explainYamlError(message, e.pos[0], text);
      return {
        message,
        position: at(explained.offset),
        code: explained.code,
        found: explained.found,
        hint: explained.hint,
        en: explained.en,
      };
    })
    // One mistake often trips the parser twice on the same line: the first explanation is the one to read.
    .filter((e) => !lines.has(e.position.line) && lines.add(e.position.line) !== undefined)
    // After the first error the parser has lost its place: a tab or a misplaced line gave 248 errors in one
    // legal.yaml. The first is the cause; the rest are counted in its hint.
    .slice(0, 1);
  const more = [...doc.errors, ...doc.warnings].length - syntaxErrors.length;
  const tab = syntaxErrors.length > 0 ? leadingTab(text) : undefined;
  if (tab !== undefined && tab.line + lineOffset <= (syntaxErrors[0]?.position.line ?? Infinity)) {
    syntaxErrors.splice(0, syntaxErrors.length, {
      message: 'a tab in indentation',
      position: { line: tab.line + lineOffset, column: tab.column },
      code: 'yaml-tab',
      found: 'phím Tab dùng để thụt lề',
      hint: 'Thụt lề bằng dấu cách (2 dấu cách mỗi mức, thẳng với các dòng cùng cấp), không dùng phím Tab.',
      en: {
        found: 'a tab used for indentation',
        hint: 'Indent with spaces (2 per level, aligned with the lines of the same level), never with the Tab key.',
      },
    });
  }
  if (more > 0 && syntaxErrors[0]) {
    const first = syntaxErrors[0];
    first.hint = `${first.hint ?? 'Kiểm tra thụt lề, dấu ":" sau tên trường, hoặc dấu nháy chưa đóng ở dòng này hay dòng trước.'} Sửa lỗi này rồi chạy lại: ${more} lỗi cú pháp phía sau có thể chỉ là hệ quả của nó.`;
    if (first.en)
      first.en = {
        ...first.en,
        hint: `${first.en.hint} Fix this one and run again: ${more} later syntax errors may only follow from it.`.trim(),
      };
  }
  let data: unknown;
  if (syntaxErrors.length === 0) {
    try {
      data = normalizeStrings(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
    } catch (error) {
      // The yaml package throws a ReferenceError when the aliases expand beyond maxAliasCount.
      if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) throw error;
      const alias = firstAlias(doc);
      syntaxErrors.push({
        message: error.message,
        position: at(alias ?? 0),
        code: 'yaml-aliases',
        found: 'bí danh YAML (*tên) mở rộng quá nhiều lần',
        hint: `Viết thẳng giá trị ra thay cho bí danh (“&tên” / “*tên”): nội dung không cần bí danh, và một tệp chỉ được mở rộng tối đa ${MAX_ALIAS_COUNT} lần.`,
        en: {
          found: 'YAML aliases (*name) expanded too many times',
          hint: `Write the values out instead of aliases ("&name" / "*name"): content needs none, and a file may expand at most ${MAX_ALIAS_COUNT}.`,
        },
      });
    }
  }
  return {
    data,
    syntaxErrors,
    traps: syntaxErrors.length === 0 ? findYamlTraps(doc, text, at) : [],
    locate(path, options) {
      const found = findNode(doc, path, options?.key === true);
      return at(found?.range?.[0] ?? 0);
    },
    sourceText(path) {
      const node = doc.getIn(path as unknown[], true);
      return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
    },
    dottedWholeNumbers() {
      const out: { path: PropertyKey[]; text: string; value: number; position: Position }[] = [];
      const walk = (node: unknown, path: PropertyKey[]) => {
        if (isMap(node))
          for (const pair of node.items) walk(pair.value, [...path, isScalar(pair.key) ? String(pair.key.value) : '?']);
        else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
        else if (
          isScalar(node) &&
          typeof node.value === 'number' &&
          typeof node.source === 'string' &&
          /^[-+]?\d{1,3}\.\d{3}$/.test(node.source)
        ) {
          out.push({ path, text: node.source, value: node.value, position: at(node.range?.[0] ?? 0) });
        }
      };
      walk(doc.contents, []);
      return out;
    },
    keyLines() {
      const lines: Record<string, number> = {};
      if (isMap(doc.contents)) {
        for (const pair of doc.contents.items) {
          if (isScalar(pair.key) && pair.key.range) lines[String(pair.key.value)] = at(pair.key.range[0]).line;
        }
      }
      return lines;
    },
  };
}

function findNode(doc: Document, path: readonly PropertyKey[], wantKey: boolean): Node | undefined {
  let node: unknown = doc.contents;
  let best = node as Node | undefined;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    const isLast = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return best;
      if (isLast && wantKey) return pair.key as Node;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof step === 'number') {
      node = node.items[step];
    } else {
      return best;
    }
    if (node && typeof node === 'object' && 'range' in node) best = node as Node;
    else return best;
  }
  return best;
}

/** NFC, zero-width characters removed: NFC and NFD files load to identical records. */
function normalizeStrings(value: unknown): unknown {
  if (typeof value === 'string') return normalizeText(value);
  if (Array.isArray(value)) return value.map(normalizeStrings);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    // defineProperty, not assignment: a key "__proto__" must stay a key (the schema then refuses it as unknown),
    // never set the object's prototype and slip its fields past the schema.
    for (const [k, v] of Object.entries(value))
      Object.defineProperty(out, normalizeText(k), {
        value: normalizeStrings(v),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out;
  }
  return value;
}

/** Offset of the first alias node, where an alias bomb starts. */
function firstAlias(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** The first line indented with a tab: 1-based line and column of the tab. */
function leadingTab(text: string): { line: number; column: number } | undefined {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^( *)\t/.exec(lines[i]!);
    if (m) return { line: i + 1, column: m[1]!.length + 1 };
  }
  return undefined;
}
