/**
 * Deterministic YAML for imported files: keys in insertion order, no line folding, and every string that a
 * YAML reader could take for something else quoted — codes ("1.001193"), bare numbers ("1"), phone-like
 * digits, dates and the YAML 1.1 booleans ("yes", "no", "on"), which older readers still honour. Short
 * lists of short words are written on one line.
 */
import { Document, isScalar, visit } from 'yaml';

const LOOKS_NUMERIC = /^[-+]?[\d.,_:\s/]*\d[\d.,_:\s/]*$/u;
const LOOKS_DATE = /^\d{4}-\d{1,2}-\d{1,2}/u;
const YAML_WORDS = /^(?:y|yes|n|no|true|false|on|off|null|~|\.nan|[-+]?\.inf)$/iu;

export function needsQuotes(value: string): boolean {
  return LOOKS_NUMERIC.test(value) || LOOKS_DATE.test(value) || YAML_WORDS.test(value);
}

export const STRINGIFY_OPTIONS = {
  lineWidth: 0,
  minContentWidth: 0,
  indent: 2,
  indentSeq: true,
  flowCollectionPadding: false,
} as const;

/** A YAML document of `value` whose risky strings are double-quoted. `flowItems`: lists of maps in flow style. */
export function toYamlDocument(value: unknown, options: { flowItems?: boolean } = {}): Document {
  const doc = new Document(value);
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && needsQuotes(node.value)) node.type = 'QUOTE_DOUBLE';
    },
    Seq(_key, node) {
      // Short lists of short words read best on one line: "levels: [tinh, xa]", "form: [original, copy]".
      const words = node.items.map((item) => (isScalar(item) && typeof item.value === 'string' ? item.value : null));
      if (words.length > 0 && words.every((w) => w !== null && w.length <= 24) && words.join(', ').length <= 60) {
        node.flow = true;
      }
    },
    Map(_key, node, path) {
      // Items of the top-level list only (sectors.yaml: "- { id: ho-tich, name: Hộ tịch }").
      if (options.flowItems && path.length === 2) node.flow = true;
    },
  });
  return doc;
}

export function stringifyYaml(value: unknown, options: { flowItems?: boolean } = {}): string {
  return toYamlDocument(value, options).toString(STRINGIFY_OPTIONS);
}
