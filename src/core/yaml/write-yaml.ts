/**
 * The one YAML writer. Every file the project writes goes through here: imported national records and
 * sectors.yaml, the record `npm run new` drafts, and the values `npm run fix` quotes. Which strings are
 * quoted, line width, flow or block style, key order and where comments go are decided here once; what is
 * written reads back through the loader (YAML 1.2 core schema, load/yaml-source.ts) to the same values.
 */
import {
  Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Scalar,
  visit,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { NATIONAL_RECORD_KEYS, PUBLISHED_RECORD_KEYS } from './record-keys.ts';

const LOOKS_NUMERIC = /^[-+]?[\d.,_:\s/]*\d[\d.,_:\s/]*$/u;
const LOOKS_DATE = /^\d{4}-\d{1,2}-\d{1,2}/u;
const YAML_WORDS = /^(?:y|yes|n|no|true|false|on|off|null|~|\.nan|[-+]?\.inf|<<)$/iu;
/**
 * YAML 1.1 binary and hex integers, floats with an exponent, and floats of a dot alone that LOOKS_NUMERIC misses:
 * `0x_1F`, `1_0e3`, `E1`, `.`, `-.`, `._`.
 */
const YAML11_NUMBER = /^[-+]?(?:0b[01_]+|0x[\da-f_]+|(?:\d[\d_]*)?(?:\.[\d_]*)?e[-+]?\d+|\.[\d._]*)$/iu;

/**
 * Text a YAML reader could take for something else, written in double quotes even where the loader's YAML 1.2
 * would read it right unquoted: codes ("1.000656", read as a number that drops its zeros), numbers with leading
 * zeros ("02513822503"), times ("10:30", a base-60 number in YAML 1.1), dates, and the YAML 1.1 booleans
 * ("no", "on"), merge key ("<<") and numbers ("0b101", "0x_1F", "E1"), which older readers and editors' tools
 * still honour. Text with ": ", " #", a comma in a one-line list and the like is quoted by the `yaml` package itself;
 * text with a line break where the package would write it wrong, by `breaksBadly`.
 */
export function needsQuotes(value: string): boolean {
  return LOOKS_NUMERIC.test(value) || LOOKS_DATE.test(value) || YAML_WORDS.test(value) || YAML11_NUMBER.test(value);
}

/** `"…"`: `text` as a double-quoted YAML scalar (what `fix` writes around a number meant as text). */
export function doubleQuoted(text: string): string {
  const scalar = new Scalar(text);
  scalar.type = 'QUOTE_DOUBLE';
  return new Document(scalar, { schema: 'core' }).toString(OPTIONS).trimEnd();
}

/** How one kind of file is laid out: IMPORTED_RECORD, IMPORTED_LIST or EDITED_RECORD. */
export interface YamlLayout {
  /** One-line maps `{ a: 1 }` as editors write records, or `{a: 1}` as imported files; lists are `[a, b]` in both. */
  padMaps: boolean;
  /** An empty value as `key:` (a blank for the editor to fill) or `key: null`. */
  emptyAsBlank: boolean;
  /** Which lists and maps are written on one line; the others are indented blocks. */
  oneLine: (node: YAMLMap | YAMLSeq, path: readonly (string | number)[], layout: YamlLayout) => boolean;
  /** Top-level keys in this order; keys not listed keep their place after them. */
  keyOrder?: readonly string[];
}

/** Never fold long text (a step of 600 characters stays one line, and a diff shows the words that changed). */
const OPTIONS = { lineWidth: 0, minContentWidth: 0, indent: 2, indentSeq: true } as const;

function stringifyOptions(layout: YamlLayout) {
  return { ...OPTIONS, flowCollectionPadding: layout.padMaps, ...(layout.emptyAsBlank ? { nullStr: '' } : {}) };
}

/**
 * The `yaml` package pads one-line lists and maps alike (`flowCollectionPadding`); records write `[a, b]` and
 * `{ a: 1 }`. Each collection is written with its own padding: its items get a context derived from its own,
 * so every nested collection sets it again.
 */
function setPadding(node: YAMLMap | YAMLSeq, layout: YamlLayout): void {
  const padding = isMap(node) && layout.padMaps ? ' ' : '';
  const toString = node.toString.bind(node);
  node.toString = (ctx, onComment, onChompKeep) =>
    toString(ctx && { ...ctx, flowCollectionPadding: padding }, onComment, onChompKeep);
}

/** Short lists of short words read best on one line: "levels: [tinh, xa]", "form: [original, copy]". */
function shortWordList(node: YAMLMap | YAMLSeq): boolean {
  if (!isSeq(node)) return false;
  const words = node.items.map((item) => (isScalar(item) && typeof item.value === 'string' ? item.value : null));
  return words.length > 0 && words.every((w) => w !== null && w.length <= 24) && words.join(', ').length <= 60;
}

/** Imported national records: short word lists on one line, everything else in block style. */
export const IMPORTED_RECORD: YamlLayout = {
  padMaps: false,
  emptyAsBlank: false,
  keyOrder: NATIONAL_RECORD_KEYS,
  oneLine: (node) => shortWordList(node),
};

/** sectors.yaml as imported: one entry a line, "- {id: ho-tich, name: Hộ tịch}". */
export const IMPORTED_LIST: YamlLayout = {
  padMaps: false,
  emptyAsBlank: false,
  oneLine: (node, path) => shortWordList(node) || (isMap(node) && path.length === 1),
};

const ONE_LINE_MAX = 110;

/**
 * A record an editor will edit: short maps and lists on one line (`{ name: Lệ phí, amount: 0 }`, `[Cá nhân]`)
 * as the bundled records are written, long ones in block style, easier to edit in the GitHub web editor;
 * `by_channel` always in block style (one channel a line). Empty values are blanks to fill.
 */
export const EDITED_RECORD: YamlLayout = {
  padMaps: true,
  emptyAsBlank: true,
  keyOrder: PUBLISHED_RECORD_KEYS,
  oneLine: (node, path, layout) => {
    const [key, index] = path;
    if (path.length === 0 || path.length > 2 || key === 'by_channel') return false;
    // A top-level list of scalars, a top-level map, or a list or map inside a top-level list.
    if (path.length === 1 && isSeq(node) && node.items.some((i) => isMap(i) || isSeq(i))) return false;
    if (path.length === 2 && typeof index !== 'number') return false;
    return fitsOneLine(node, layout);
  },
};

function fitsOneLine(node: Node, layout: YamlLayout): boolean {
  const probe = new Document(node.toJSON(), { schema: 'core' });
  visit(probe, { Map: (_, map) => setPadding(map, layout), Seq: (_, seq) => setPadding(seq, layout) });
  (probe.contents as { flow?: boolean }).flow = true;
  const line = probe.toString(OPTIONS).trim();
  return line.length <= ONE_LINE_MAX && !line.includes('\n');
}

/**
 * Text with a line break that the `yaml` package 2.9 writes in a form read back otherwise: inside a one-line list
 * or map as plain lines, which turn into a map at a line ending in ":" or a list at a line "-" ("Gồm:\nTờ khai"
 * reads back as `{ Gồm: Tờ khai }`); as a block of blank lines (" \n"), whose spaces are lost.
 */
function breaksBadly(text: string, inFlow: boolean): boolean {
  return /[\n\r]/u.test(text) && (inFlow || text.trim() === '');
}

/**
 * The YAML document of `value` in `layout`, for a writer that adds comments before writing it out with
 * `writeYaml`. Keys in the layout's order, risky strings quoted, collections on one line or in blocks.
 */
export function yamlDocument(value: unknown, layout: YamlLayout): Document {
  const doc = new Document(ordered(value, layout.keyOrder), { schema: 'core' });
  const walk = (node: unknown, path: (string | number)[], inFlow: boolean) => {
    if (isScalar(node)) {
      if (typeof node.value === 'string' && (needsQuotes(node.value) || breaksBadly(node.value, inFlow))) {
        node.type = 'QUOTE_DOUBLE';
      }
    } else if (isMap(node) || isSeq(node)) {
      // Decided before the items are touched: the one-line probe reads the values, not their quoting.
      const oneLine = !inFlow && layout.oneLine(node, path, layout);
      const itemsInFlow = inFlow || oneLine;
      node.items.forEach((item: unknown, i: number) => {
        if (isPair(item)) {
          walk(item.key, path, itemsInFlow);
          walk(item.value, [...path, isScalar(item.key) ? String(item.key.value) : i], itemsInFlow);
        } else {
          // A blank is a value only after `key:`: an empty item of a one-line list is lost (`[x, ]` reads back
          // as `[x]`) or an error (`[, x]`). Written as the null tag parses it, whatever the layout's blank.
          if (isScalar(item) && item.value === null) item.source = 'null';
          walk(item, [...path, i], itemsInFlow);
        }
      });
      if (oneLine) node.flow = true;
      setPadding(node, layout);
    }
  };
  walk(doc.contents, [], false);
  return doc;
}

/** The YAML text of a document made by `yamlDocument` (with its comments). */
export function writeYaml(doc: Document, layout: YamlLayout): string {
  return doc.toString(stringifyOptions(layout));
}

/** The YAML text of `value` in `layout`. */
export function toYaml(value: unknown, layout: YamlLayout): string {
  return writeYaml(yamlDocument(value, layout), layout);
}

/** A record file: the YAML front matter between "---" lines, a blank line, then the Markdown body if any. */
export function recordFile(frontMatter: string, body = ''): string {
  const front = `---\n${frontMatter}---\n`;
  return body.trim() === '' ? front : `${front}\n${body.trim()}\n`;
}

/** A comment on the line above a top-level key (several lines: one comment line each). */
export function commentAbove(doc: Document, key: string, text: string): void {
  (topPair(doc, key).key as Scalar).commentBefore = text;
}

/**
 * A comment after the value at `path`: on the value's line for a scalar (`key: value # text`), on the line above
 * the key for a collection, where a comment after `key:` would read as part of the collection.
 */
export function commentAfter(doc: Document, path: readonly string[], text: string): void {
  if (path.length === 1) {
    const pair = topPair(doc, path[0]!);
    if (pair.value instanceof Scalar) pair.value.comment = text;
    else (pair.key as Scalar).commentBefore = text;
    return;
  }
  const node = doc.getIn(path, true);
  if (!(node instanceof Scalar)) throw new Error(`no scalar at ${path.join('.')}`);
  node.comment = text;
}

/** Lines at the top of the file, before the first key. */
export function commentAtTop(doc: Document, lines: readonly string[]): void {
  doc.commentBefore = lines.join('\n');
}

function topPair(doc: Document, key: string): Pair {
  const pair = ((doc.contents as YAMLMap).items as Pair[]).find((p) => String((p.key as Scalar).value) === key);
  if (!pair) throw new Error(`no key ${key} in the document`);
  return pair;
}

function ordered(value: unknown, keys: readonly string[] | undefined): unknown {
  if (!keys || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const input = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) if (key in input) out[key] = input[key];
  for (const key of Object.keys(input)) if (!(key in out)) out[key] = input[key];
  return out;
}
