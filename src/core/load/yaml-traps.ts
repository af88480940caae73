/**
 * YAML that parses without error but silently loses or splits what the editor wrote:
 * - ` #` inside an unquoted value starts a comment: `note: Mức thu #2 theo NQ` is read as "Mức thu";
 * - a comma inside parentheses splits a one-line list or group: `[a, Tổ chức (doanh nghiệp, HTX)]` is three
 *   items, `{ name: Tổ chức (doanh nghiệp, HTX), doc: x }` has a key "HTX)";
 * - a comma inside a value of a one-line group: `{ name: A, B, doc: x }` makes "B" a key of its own.
 * Each is reported with the value written in quotes, which keeps every character the editor wrote.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type Pair, type Scalar } from 'yaml';
import type { Position } from './yaml-source.ts';

export interface YamlTrap {
  path: PropertyKey[];
  position: Position;
  code: 'comment-in-value' | 'comma-in-parentheses' | 'comma-in-group';
  found: string;
  expected: string;
  hint: string;
  /** Where the pieces split off stand: other complaints there (an unknown key "B") are this trap's echo. */
  covers: Position[];
  /** The same in English, for --lang en. */
  en: { found: string; expected: string; hint: string };
}

export function findYamlTraps(doc: Document, text: string, at: (offset: number) => Position): YamlTrap[] {
  const traps: YamlTrap[] = [];
  const walk = (node: unknown, path: PropertyKey[], key?: string) => {
    if (isMap(node)) {
      if (node.flow) flowGroup(node.items, path, traps, text, at);
      for (const pair of node.items) {
        const name = isScalar(pair.key) ? String(pair.key.value) : '?';
        walk(pair.value, [...path, name], name);
      }
    } else if (isSeq(node)) {
      if (node.flow) flowList(node.items, path, key, traps, text, at);
      node.items.forEach((item, i) => walk(item, [...path, i], key));
    } else if (isScalar(node)) {
      commentInValue(node, path, key, traps, text, at);
    }
  };
  walk(doc.contents, []);
  return traps;
}

function isPlainText(node: unknown): node is Scalar<string> & { range: [number, number, number] } {
  return (
    isScalar(node) &&
    node.type === 'PLAIN' &&
    typeof node.value === 'string' &&
    node.range !== undefined &&
    node.range !== null
  );
}

/** `"…"` with the characters a double-quoted YAML string needs escaped. */
function quoted(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function clip(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

function commentInValue(
  node: Scalar,
  path: PropertyKey[],
  key: string | undefined,
  traps: YamlTrap[],
  text: string,
  at: (o: number) => Position,
) {
  if (!isPlainText(node) || node.comment === undefined) return;
  const [start, end] = node.range;
  const lineEnd = text.indexOf('\n', end);
  const rest = text.slice(end, lineEnd === -1 ? undefined : lineEnd);
  const hash = rest.indexOf('#');
  // Only a comment on the value's own line; a comment reading "TODO" is the scaffold's note to the editor.
  if (hash === -1 || /^#\s*TODO\b/i.test(rest.slice(hash))) return;
  const dropped = rest.slice(hash).trimEnd();
  const whole = `${text.slice(start, end)}${rest.slice(0, hash)}${dropped}`;
  const prefix = key !== undefined && typeof path.at(-1) === 'string' ? `${key}: ` : '';
  traps.push({
    path,
    position: at(end + hash),
    code: 'comment-in-value',
    found: `chữ “${clip(dropped)}” sau dấu “ #”, mà YAML bỏ đi như một ghi chú (giá trị chỉ còn “${clip(String(node.value))}”)`,
    expected: 'cả giá trị được giữ lại',
    hint: `Đặt cả giá trị trong dấu nháy kép để giữ nguyên dấu “#”: ${prefix}${quoted(whole)}. Nếu phần sau “#” là ghi chú cho người biên tập, đặt ghi chú đó trên một dòng riêng, bắt đầu bằng “#”.`,
    covers: [],
    en: {
      found: `the text “${clip(dropped)}” after " #", which YAML drops as a comment (the value is only “${clip(String(node.value))}”)`,
      expected: 'the whole value kept',
      hint: `Put the whole value in double quotes to keep the "#": ${prefix}${quoted(whole)}. If what follows "#" is a note for editors, put it on a line of its own starting with "#".`,
    },
  });
}

/** Items of a one-line list split by a comma inside parentheses: "(doanh nghiệp" … "HTX)". */
function flowList(
  items: unknown[],
  path: PropertyKey[],
  key: string | undefined,
  traps: YamlTrap[],
  text: string,
  at: (o: number) => Position,
) {
  for (let i = 0; i < items.length; i++) {
    const first = items[i];
    if (!isPlainText(first) || depth(first.value) <= 0) continue;
    let open = depth(first.value);
    let j = i;
    while (open > 0 && j + 1 < items.length && isPlainText(items[j + 1])) {
      j++;
      open += depth((items[j] as Scalar<string>).value);
    }
    if (j === i || open > 0) continue;
    const last = items[j] as Scalar<string> & { range: [number, number, number] };
    const whole = text.slice(first.range[0], last.range[1]);
    const covers = items
      .slice(i + 1, j + 1)
      .map((n) => at((n as Scalar & { range: [number, number, number] }).range[0]));
    traps.push(splitTrap([...path, i], at(first.range[0]), 'comma-in-parentheses', j - i + 1, whole, '', covers));
    i = j;
  }
}

/** A one-line group `{ … }` whose value was split by a comma: the pieces after it became keys without value. */
function flowGroup(pairs: Pair[], path: PropertyKey[], traps: YamlTrap[], text: string, at: (o: number) => Position) {
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i]!;
    if (!isPlainText(pair.value)) continue;
    let j = i;
    while (j + 1 < pairs.length && isKeyAlone(pairs[j + 1]!, text)) j++;
    if (j === i) continue;
    const last = pairs[j]!.key as Scalar & { range: [number, number, number] };
    const value = pair.value as Scalar<string> & { range: [number, number, number] };
    const whole = text.slice(value.range[0], last.range[1]);
    const parentheses = depth(value.value) > 0;
    const name = isScalar(pair.key) ? String(pair.key.value) : '?';
    const covers = pairs
      .slice(i + 1, j + 1)
      .map((p) => at((p.key as Scalar & { range: [number, number, number] }).range[0]));
    traps.push(
      splitTrap(
        [...path, name],
        at(value.range[0]),
        parentheses ? 'comma-in-parentheses' : 'comma-in-group',
        j - i + 1,
        whole,
        `${name}: `,
        covers,
      ),
    );
    i = j;
  }
}

/** `B` in `{ name: A, B, doc: x }`: a plain key with no ":" and so no value. */
function isKeyAlone(pair: Pair, text: string): boolean {
  if (!isPair(pair) || pair.value !== null || !isPlainText(pair.key)) return false;
  const after = text.slice(pair.key.range[1]).match(/^[ \t]*(.)/)?.[1];
  return after !== ':';
}

function splitTrap(
  path: PropertyKey[],
  position: Position,
  code: YamlTrap['code'],
  pieces: number,
  whole: string,
  prefix: string,
  covers: Position[],
): YamlTrap {
  return {
    path,
    position,
    code,
    found: `“${clip(whole)}” bị dấu phẩy tách thành ${pieces} ${code === 'comma-in-group' ? 'phần (phần sau thành một khóa riêng)' : 'mục'}`,
    expected: 'một giá trị nguyên vẹn',
    hint: `Trong “[ ]” và “{ }”, dấu phẩy ngăn cách các mục: đặt giá trị có dấu phẩy trong dấu nháy kép để giữ nguyên: ${prefix}${quoted(whole)}.`,
    covers,
    en: {
      found: `“${clip(whole)}” split by a comma into ${pieces} ${code === 'comma-in-group' ? 'parts (the part after it became a key of its own)' : 'items'}`,
      expected: 'one whole value',
      hint: `In "[ ]" and "{ }" a comma separates items: put a value with a comma in double quotes to keep it whole: ${prefix}${quoted(whole)}.`,
    },
  };
}

/** Opening minus closing parentheses. */
function depth(s: string): number {
  let d = 0;
  for (const c of s) {
    if (c === '(') d++;
    else if (c === ')') d--;
  }
  return d;
}
