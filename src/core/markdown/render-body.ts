/**
 * HTML for the Markdown body of a record (guidance prose for citizens).
 *
 * Record bodies arrive in pull requests, so they are untrusted: raw HTML is
 * removed before conversion (never escaped into view, never passed through),
 * links keep only web, mail and phone addresses, and images become their
 * alt text because the site makes no third-party requests. Headings are
 * shifted so the body's top heading sits below the page's section headings.
 */
import type { Heading, Nodes, Parent, Root, RootContent } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

export interface RenderBodyOptions {
  /** Level the body's highest heading gets (default 3: the page's sections are h2). */
  topHeading?: 2 | 3 | 4 | 5 | 6;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** True for URLs a body may link to: http(s), mailto, tel, and scheme-less (relative) addresses. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and spaces inside the scheme ("java\tscript:").
  const scheme = SCHEME.exec(url.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(() => (tree: Root) => sanitize(tree))
  // Without allowDangerousHtml, any raw node left would be dropped too; there are none by now.
  .use(remarkRehype)
  .use(rehypeStringify);

/** Markdown body -> safe HTML. An empty or blank body gives "". */
export function renderBody(markdown: string, options: RenderBodyOptions = {}): string {
  if (markdown.trim() === '') return '';
  const tree = processor.parse(markdown);
  shiftHeadings(tree, options.topHeading ?? 3);
  return String(processor.stringify(processor.runSync(tree))).trim();
}

function sanitize(node: Parent): void {
  const out: RootContent[] = [];
  for (const child of node.children as RootContent[]) {
    const replaced = sanitizeNode(child);
    out.push(...replaced);
  }
  node.children = out as typeof node.children;
}

function sanitizeNode(node: RootContent): RootContent[] {
  switch (node.type) {
    case 'html':
      return [];
    case 'image':
    case 'imageReference':
      return node.alt ? [{ type: 'text', value: node.alt }] : [];
    case 'link':
      if (!isSafeUrl(node.url)) {
        sanitize(node);
        return node.children;
      }
      break;
    case 'definition':
      if (!isSafeUrl(node.url)) node.url = '#';
      return [node];
    default:
      break;
  }
  if ('children' in node) sanitize(node as Parent);
  return [node];
}

function shiftHeadings(tree: Root, top: number): void {
  const headings: Heading[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'heading') headings.push(n);
    if ('children' in n) n.children.forEach(walk);
  };
  walk(tree);
  if (headings.length === 0) return;
  const shift = top - Math.min(...headings.map((h) => h.depth));
  for (const h of headings) h.depth = Math.min(6, Math.max(1, h.depth + shift)) as Heading['depth'];
}
