/**
 * HTML for the Markdown body of a record (guidance prose for citizens).
 *
 * Record bodies arrive in pull requests, so they are untrusted: raw HTML is
 * removed before conversion (never escaped into view, never passed through),
 * links keep only web, mail and phone addresses, and images become their
 * alt text because the site makes no third-party requests. Headings are
 * shifted so the body's top heading sits below the page's section headings.
 *
 * Rendered with Sätteri (the Rust Markdown engine Astro itself uses; GFM on,
 * frontmatter off so a leading `---` stays a rule as in CommonMark): at tens
 * of thousands of records the JavaScript remark pipeline was a large share of
 * the site build. Sätteri has no sanitiser, so the passes below are ours.
 */
import { defineMdastPlugin, markdownToHtml } from 'satteri';

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

/** Per-render state shared by the two passes (Sätteri's document data bag). */
interface RenderData {
  [key: string]: unknown;
  top: number;
  /** Smallest heading depth seen by the sanitising pass; Infinity when there is none. */
  minDepth: number;
}

// Raw HTML stays an opaque `html` node (Sätteri's `rawHtml` is off) and is
// dropped here, wherever it sits: blocks, inline, lists, tables, link text.
const sanitize = defineMdastPlugin({
  name: 'tthc-sanitize-body',
  html(node, ctx) {
    ctx.removeNode(node);
  },
  image(node, ctx) {
    ctx.replaceNode(node, node.alt ? { type: 'text', value: node.alt } : []);
  },
  imageReference(node, ctx) {
    ctx.replaceNode(node, node.alt ? { type: 'text', value: node.alt } : []);
  },
  definition(node, ctx) {
    // Reference links to it still render, but go nowhere.
    if (!isSafeUrl(node.url)) ctx.setProperty(node, 'url', '#');
  },
  heading(node, ctx) {
    const data = ctx.data as RenderData;
    data.minDepth = Math.min(data.minDepth, node.depth);
  },
});

// A second pass sees the first one's result: link text is already free of HTML
// and images (a transform queued on a node inside a replaced link is dropped),
// and the smallest heading depth is known.
const unwrapLinksAndShiftHeadings = defineMdastPlugin({
  name: 'tthc-unwrap-links-shift-headings',
  link(node, ctx) {
    if (!isSafeUrl(node.url)) ctx.replaceNode(node, [...node.children]);
  },
  heading(node, ctx) {
    const { top, minDepth } = ctx.data as RenderData;
    const depth = Math.min(6, Math.max(1, node.depth + top - minDepth)) as typeof node.depth;
    if (depth !== node.depth) ctx.setProperty(node, 'depth', depth);
  },
});

const PLUGINS = [sanitize, unwrapLinksAndShiftHeadings];
const FEATURES = { gfm: true, frontmatter: false, rawHtml: false };

/** Markdown body -> safe HTML. An empty or blank body gives "". */
export function renderBody(markdown: string, options: RenderBodyOptions = {}): string {
  if (markdown.trim() === '') return '';
  const data: RenderData = { top: options.topHeading ?? 3, minDepth: Infinity };
  return markdownToHtml(markdown, { mdastPlugins: PLUGINS, features: FEATURES, data }).html.trim();
}
