/**
 * Compares two builds of the site page by page, to prove that a change of the .astro sources that should not
 * change output (formatting) changes no rendered page. Each page is compared three ways, from strict to loose:
 * - bytes: the HTML files are identical;
 * - markup: identical once whitespace that a browser does not render is set aside (runs of whitespace count as
 *   one space; whitespace next to a block-level tag counts as none; <pre>, <textarea>, <script> and <style> are
 *   compared verbatim);
 * - text: the visible text is identical (block-level tags break lines, inline tags vanish, whitespace collapses).
 * A space that formatting puts between `</strong>` and `<span>.</span>` changes markup and text alike.
 *
 * The block-level tags are HTML's defaults: CSS that makes an inline element a block (or a flex container) only
 * makes this stricter than a browser, never looser, except for a block element restyled as inline. The site's one
 * such element, the guide's `<p class="guide-join">` (inline-block), stands between two sections, where whitespace
 * is not rendered either.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Elements whose boundaries break the line: whitespace beside their tags is not rendered. */
const BLOCK = new Set(
  (
    'html head body title meta link base script style noscript template main header footer nav section article ' +
    'aside div p ul ol li dl dt dd table caption colgroup col thead tbody tfoot tr td th h1 h2 h3 h4 h5 h6 form ' +
    'fieldset legend figure figcaption details summary blockquote pre hr br address dialog option optgroup ' +
    // Children of <svg>: whitespace between shapes draws nothing.
    'svg g path rect circle ellipse line polyline polygon defs use symbol desc'
  ).split(' '),
);

/** Elements whose content is compared verbatim (whitespace in them is rendered, or is code). */
const RAW = new Set(['pre', 'textarea', 'script', 'style']);

type Token = { kind: 'text'; text: string } | { kind: 'tag'; name: string; closing: boolean; source: string };

const TAG =
  /<!--[\s\S]*?-->|<!doctype[^>]*>|<\/?([A-Za-z][^\s/>]*)(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?>/giy;

/** Splits HTML into text and tags; the content of a raw element is one text token, kept as it is. */
export function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  let i = 0;
  const flush = () => {
    if (text) tokens.push({ kind: 'text', text });
    text = '';
  };
  while (i < html.length) {
    if (html[i] !== '<') {
      text += html[i++];
      continue;
    }
    TAG.lastIndex = i;
    const match = TAG.exec(html);
    if (!match) {
      text += html[i++];
      continue;
    }
    flush();
    const source = match[0];
    const name = (match[1] ?? '!').toLowerCase();
    const closing = source.startsWith('</');
    tokens.push({ kind: 'tag', name, closing, source });
    i += source.length;
    if (!closing && RAW.has(name) && !source.endsWith('/>')) {
      const end = html.toLowerCase().indexOf(`</${name}`, i);
      const stop = end < 0 ? html.length : end;
      if (stop > i) tokens.push({ kind: 'text', text: `\u0000${html.slice(i, stop)}` });
      i = stop;
    }
  }
  flush();
  return tokens;
}

const isBlockTag = (token: Token | undefined) => token === undefined || (token.kind === 'tag' && BLOCK.has(token.name));
const isRaw = (token: Token) => token.kind === 'text' && token.text.startsWith('\u0000');

/** The markup with unrendered whitespace set aside: one token a line, comparable line by line. */
export function normalizeMarkup(html: string): string[] {
  const tokens = tokenize(html);
  const out: string[] = [];
  tokens.forEach((token, index) => {
    if (token.kind === 'tag') {
      // Whitespace between attributes is not rendered; inside a quoted value (alt, content, aria-label) it is kept.
      out.push(token.source.replace(/("[^"]*"|'[^']*')|\s+/g, (_, quoted?: string) => quoted ?? ' '));
      return;
    }
    if (isRaw(token)) {
      out.push(token.text.slice(1));
      return;
    }
    let text = token.text.replace(/[ \t\n\r\f]+/g, ' ');
    if (isBlockTag(tokens[index - 1])) text = text.replace(/^ /, '');
    if (isBlockTag(tokens[index + 1])) text = text.replace(/ $/, '');
    if (text) out.push(JSON.stringify(text));
  });
  return out;
}

/** The text a reader sees: one line a block, inline tags gone, whitespace collapsed. */
export function visibleText(html: string): string[] {
  let flat = '';
  let hidden = 0;
  for (const token of tokenize(html)) {
    if (token.kind === 'tag') {
      // The head, scripts and styles draw no text.
      if (['head', 'script', 'style', 'template'].includes(token.name)) hidden += token.closing ? -1 : 1;
      if (BLOCK.has(token.name)) flat += '\n';
    } else if (hidden === 0) flat += isRaw(token) ? token.text.slice(1) : token.text.replace(/\n/g, ' ');
  }
  return flat
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f]+/g, ' ').trim())
    .filter(Boolean);
}

export type Verdict = 'bytes' | 'markup' | 'text' | 'different';

export interface PageDifference {
  page: string;
  verdict: Verdict;
  /** The first differing line of the loosest comparison that differs: before, after. */
  first: [string, string];
}

export interface Comparison {
  pages: number;
  counts: Record<Verdict, number>;
  differences: PageDifference[];
  onlyBefore: string[];
  onlyAfter: string[];
  /** Other files (assets, the search index) whose bytes differ, and how many were compared. */
  otherFiles: { compared: number; differing: string[] };
}

function firstDifference(a: string[], b: string[]): [string, string] {
  const i = a.findIndex((line, n) => line !== b[n]);
  const at = i < 0 ? a.length : i;
  return [a[at] ?? '(end)', b[at] ?? '(end)'];
}

/** Compares one page's two builds: the strictest comparison that holds, and where the looser ones part. */
export function comparePage(page: string, before: string, after: string): PageDifference {
  if (before === after) return { page, verdict: 'bytes', first: ['', ''] };
  const [markupBefore, markupAfter] = [normalizeMarkup(before), normalizeMarkup(after)];
  const markupDiff = firstDifference(markupBefore, markupAfter);
  if (markupBefore.length === markupAfter.length && markupDiff[0] === '(end)')
    return { page, verdict: 'markup', first: ['', ''] };
  const [textBefore, textAfter] = [visibleText(before), visibleText(after)];
  const textDiff = firstDifference(textBefore, textAfter);
  if (textBefore.length === textAfter.length && textDiff[0] === '(end)')
    return { page, verdict: 'text', first: markupDiff };
  return { page, verdict: 'different', first: textDiff };
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}

/** Compares every file of two built sites: HTML pages as above, any other file by its bytes. */
export async function compareSites(before: string, after: string): Promise<Comparison> {
  const [filesBefore, filesAfter] = [await listFiles(before), await listFiles(after)];
  const inAfter = new Set(filesAfter);
  const inBefore = new Set(filesBefore);
  const common = filesBefore.filter((f) => inAfter.has(f));
  const comparison: Comparison = {
    pages: 0,
    counts: { bytes: 0, markup: 0, text: 0, different: 0 },
    differences: [],
    onlyBefore: filesBefore.filter((f) => !inAfter.has(f)),
    onlyAfter: filesAfter.filter((f) => !inBefore.has(f)),
    otherFiles: { compared: 0, differing: [] },
  };
  for (const file of common) {
    const [a, b] = [await readFile(join(before, file)), await readFile(join(after, file))];
    if (!file.endsWith('.html')) {
      comparison.otherFiles.compared++;
      if (!a.equals(b)) comparison.otherFiles.differing.push(file);
      continue;
    }
    comparison.pages++;
    const result = comparePage(file, a.toString('utf8'), b.toString('utf8'));
    comparison.counts[result.verdict]++;
    if (result.verdict === 'text' || result.verdict === 'different') comparison.differences.push(result);
  }
  return comparison;
}

/** The comparison as a short report: the counts, then the first lines where pages part. */
export function formatComparison(c: Comparison, shown = 20): string {
  const lines = [
    `pages compared: ${c.pages}`,
    `  identical bytes: ${c.counts.bytes}`,
    `  identical markup (unrendered whitespace aside): ${c.counts.markup}`,
    `  identical visible text only (markup differs): ${c.counts.text}`,
    `  visible text differs: ${c.counts.different}`,
    `pages only in before: ${c.onlyBefore.filter((f) => f.endsWith('.html')).length}, only in after: ${c.onlyAfter.filter((f) => f.endsWith('.html')).length}`,
    `other files: ${c.otherFiles.compared} compared, ${c.otherFiles.differing.length} differ; only in before: ${c.onlyBefore.filter((f) => !f.endsWith('.html')).length}, only in after: ${c.onlyAfter.filter((f) => !f.endsWith('.html')).length}`,
  ];
  for (const d of c.differences.slice(0, shown)) {
    lines.push(`${d.page} (${d.verdict === 'different' ? 'visible text' : 'markup'} differs):`);
    lines.push(`  - ${d.first[0].slice(0, 300)}`, `  + ${d.first[1].slice(0, 300)}`);
  }
  if (c.differences.length > shown) lines.push(`… and ${c.differences.length - shown} more pages`);
  for (const f of c.otherFiles.differing.slice(0, shown)) lines.push(`differs: ${f}`);
  return lines.join('\n');
}

/** True when no page's markup or text changed and no page appeared or vanished. */
export function sameRenderedPages(c: Comparison): boolean {
  return (
    c.counts.text === 0 &&
    c.counts.different === 0 &&
    !c.onlyBefore.some((f) => f.endsWith('.html')) &&
    !c.onlyAfter.some((f) => f.endsWith('.html'))
  );
}
