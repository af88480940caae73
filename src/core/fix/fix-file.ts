import { canonicalUnicode, trimMarkdownLines, trimYamlLines } from './canonical-text.ts';
import type { FixChange } from './fix-change.ts';
import { contentFileKind } from './content-schemas.ts';
import { findNumbersWrittenForText, quoteNumbers } from './quote-numbers.ts';

export interface FileFix {
  /** Path relative to the content directory. */
  file: string;
  text: string;
  /** What changed; empty when the file was already canonical. */
  changes: FixChange[];
}

/**
 * The canonical form of one content file: the same content as the loader reads it, written plainly. Front
 * matter and data files get the YAML steps; the Markdown body of a record gets the Markdown steps.
 */
export function fixContentFile(file: string, input: string): FileFix {
  const kind = contentFileKind(file);
  const unicode = canonicalUnicode(input);
  const changes = [...unicode.changes];
  if (!kind) return { file, text: unicode.text, changes };
  if (kind.kind === 'data') {
    const yaml = fixYaml(unicode.text, kind.schema, 0);
    return { file, text: yaml.text, changes: [...changes, ...yaml.changes] };
  }
  const split = splitRecord(unicode.text);
  // Unclosed or missing front matter: only the Unicode steps are safe; the checker explains the rest.
  if (!split) return { file, text: unicode.text, changes };
  const yaml = fixYaml(split.yaml, kind.schema, 1);
  const body = trimMarkdownLines(split.body ?? '');
  const fences: FixChange[] =
    split.fencesTrimmed > 0 ? [{ kind: 'fence-trailing-space', lines: split.fencesTrimmed }] : [];
  return {
    file,
    text: `---\n${yaml.text}---${split.body === undefined ? '' : `\n${body.text}`}`,
    changes: [...changes, ...fences, ...yaml.changes, ...body.changes],
  };
}

/** `lineOffset`: lines above the YAML in its file (1 for front matter after the opening "---"). */
function fixYaml(yaml: string, schema: unknown, lineOffset: number): { text: string; changes: FixChange[] } {
  const trimmed = trimYamlLines(yaml);
  const found = findNumbersWrittenForText(trimmed.text, schema);
  const changes = [...trimmed.changes];
  for (const f of found) {
    const line = trimmed.text.slice(0, f.start).split('\n').length + lineOffset;
    changes.push({ kind: 'quoted', line, field: f.field, written: f.written });
  }
  return { text: quoteNumbers(trimmed.text, found), changes };
}

/**
 * The front matter between a first line `---` and the next `---` line (as the loader splits it). `yaml` ends
 * with its last newline; `body` is undefined when the closing line ends the file.
 */
function splitRecord(text: string): { yaml: string; body: string | undefined; fencesTrimmed: number } | undefined {
  const first = text.indexOf('\n');
  if (first === -1 || !/^---[ \t]*$/.test(text.slice(0, first))) return undefined;
  const rest = text.slice(first + 1);
  const match = /^---[ \t]*$/m.exec(rest);
  if (!match) return undefined;
  const afterClosing = rest.indexOf('\n', match.index);
  return {
    yaml: rest.slice(0, match.index),
    body: afterClosing === -1 ? undefined : rest.slice(afterClosing + 1),
    fencesTrimmed: (first > 3 ? 1 : 0) + (match[0].length > 3 ? 1 : 0),
  };
}
