import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { LineCounter, parseDocument, visit } from 'yaml';
import { normalizeText, stripBom } from '../text/normalize.ts';
import type { FixChange } from './fix-change.ts';

/**
 * Text-level canonical form of content files. Each step leaves the content as the loader reads it unchanged:
 * the loader already drops a BOM, reads CRLF as LF and applies normalizeText, so fixing these only makes the
 * files say plainly what they already mean (and keeps diffs in pull requests free of invisible changes).
 */

export interface TextStep {
  text: string;
  /** What changed; empty when nothing did. */
  changes: FixChange[];
}

/** BOM, CRLF/CR, then Unicode: NFC, zero-width characters removed, no-break spaces as spaces (normalizeText). */
export function canonicalUnicode(input: string): TextStep {
  const changes: FixChange[] = [];
  let text = stripBom(input);
  if (text !== input) changes.push({ kind: 'bom' });
  const lf = text.replace(/\r\n?/g, '\n');
  if (lf !== text) changes.push({ kind: 'line-endings', lines: countLines(text, /\r/g) });
  text = lf;
  const before = text.split('\n');
  const after = normalizeText(text).split('\n');
  const changed = after.filter((line, i) => line !== before[i]).length;
  if (changed > 0) changes.push({ kind: 'unicode', lines: changed });
  return { text: after.join('\n'), changes };
}

/**
 * Trailing spaces and tabs removed from the lines of YAML. Lines of block scalars (`|`, `>`) keep theirs: there
 * they are part of the text. YAML that does not parse is left as it is (the checker reports it).
 */
export function trimYamlLines(yaml: string): TextStep {
  if (!/[ \t]$/m.test(yaml)) return { text: yaml, changes: [] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, schema: 'core', uniqueKeys: false });
  if (doc.errors.length > 0) return { text: yaml, changes: [] };
  const keep = new Set<number>();
  visit(doc, {
    Scalar(_key, node) {
      if ((node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') && node.range) {
        const first = lineCounter.linePos(node.range[0]).line;
        const last = lineCounter.linePos(node.range[1]).line;
        for (let l = first; l <= last; l++) keep.add(l);
      }
    },
  });
  let count = 0;
  const text = yaml
    .split('\n')
    .map((line, i) => {
      if (keep.has(i + 1)) return line;
      const trimmed = line.replace(/[ \t]+$/, '');
      if (trimmed !== line) count++;
      return trimmed;
    })
    .join('\n');
  return { text, changes: count > 0 ? [{ kind: 'yaml-trailing-space', lines: count }] : [] };
}

interface MdNode {
  type: string;
  position?: { start: { line: number }; end: { line: number } };
  children?: MdNode[];
}

/**
 * Trailing whitespace removed from the Markdown body without changing how it renders: two trailing spaces that
 * make a hard line break become the equivalent backslash, and code blocks (where spaces are content) are left
 * alone. The body is parsed with the same remark + GFM parser the site uses to know which is which.
 */
export function trimMarkdownLines(body: string): TextStep {
  const lines = body.split('\n');
  if (!lines.some((l) => /[ \t]$/.test(l))) return { text: body, changes: [] };
  const hardBreakLines = new Set<number>();
  const codeLines = new Set<number>();
  const walk = (node: MdNode) => {
    const pos = node.position;
    if (pos && node.type === 'break' && /[ \t]$/.test(lines[pos.start.line - 1] ?? ''))
      hardBreakLines.add(pos.start.line);
    if (pos && node.type === 'code') for (let l = pos.start.line; l <= pos.end.line; l++) codeLines.add(l);
    node.children?.forEach(walk);
  };
  walk(unified().use(remarkParse).use(remarkGfm).parse(body) as MdNode);
  let trimmed = 0;
  let breaks = 0;
  const out = lines.map((line, i) => {
    const n = i + 1;
    if (codeLines.has(n) || !/[ \t]$/.test(line)) return line;
    const bare = line.replace(/[ \t]+$/, '');
    if (hardBreakLines.has(n)) {
      breaks++;
      return `${bare}\\`;
    }
    trimmed++;
    return bare;
  });
  const changes: FixChange[] = [];
  if (trimmed > 0) changes.push({ kind: 'text-trailing-space', lines: trimmed });
  if (breaks > 0) changes.push({ kind: 'hard-breaks', count: breaks });
  return { text: out.join('\n'), changes };
}

function countLines(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}
