import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { typesAt } from '../schema/schema-walk.ts';
import { doubleQuoted } from '../yaml/write-yaml.ts';

/** A plain YAML scalar that YAML reads as a number where the schema wants text, and its exact written form. */
export interface NumberWrittenForText {
  /** Offsets of the scalar in the YAML text. */
  start: number;
  end: number;
  /** Dotted path (`code`, `fees.0.note`). */
  field: string;
  /** The text as written (`1.001230`, `02513822555`), which the quoted form keeps exactly. */
  written: string;
}

/**
 * YAML reads `code: 1.001230` as the number 1.00123 and `phone: 02513822555` as 2513822555: the zeros the
 * editor wrote are gone before any check runs. Where the schema expects text and never a number, the written
 * characters are what the editor meant, so quoting them restores the meaning. Found with the Document API so
 * that only these scalars are touched; comments, order and layout stay as they are.
 */
export function findNumbersWrittenForText(yaml: string, schema: unknown): NumberWrittenForText[] {
  const doc = parseDocument(yaml, { schema: 'core', uniqueKeys: false });
  if (doc.errors.length > 0) return [];
  const found: NumberWrittenForText[] = [];
  const visit = (node: Node | null | undefined, path: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key)) visit(pair.value as Node | null, [...path, String(pair.key.value)]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item as Node, [...path, i]));
    } else if (isScalar(node) && typeof node.value === 'number' && node.type === 'PLAIN' && node.range) {
      const types = typesAt(schema, path);
      if (types.has('string') && !types.has('number')) {
        const [start, end] = node.range;
        found.push({ start, end, field: path.join('.'), written: yaml.slice(start, end) });
      }
    }
  };
  visit(doc.contents as Node | null, []);
  return found;
}

/** The YAML with each found scalar written in double quotes, the rest of the text as it was. */
export function quoteNumbers(yaml: string, found: readonly NumberWrittenForText[]): string {
  let out = yaml;
  for (const f of [...found].sort((a, b) => b.start - a.start)) {
    out = `${out.slice(0, f.start)}${doubleQuoted(f.written)}${out.slice(f.end)}`;
  }
  return out;
}
