/**
 * Reads a guide's MDX into steps and prose with the MDX parser Astro itself uses (Sätteri's `mdxToMdast`), and
 * says what is not allowed: import/export, {expressions}, HTML, unknown components and attributes, misplaced
 * tags. The guide is never compiled or run: the site renders the tree this returns.
 */
import { mdxToMdast } from 'satteri';
import { closest } from '../load/describe-value.ts';
import type { Problem, Words } from '../load/problem.ts';
import { guideWords } from '../words/guides.ts';
import { COMPONENT_NAMES, COMPONENTS, isComponentName } from './components.ts';

/** Editor's Markdown, cut from the source and dedented; rendered by the same safe renderer as record bodies. */
export interface GuideProse {
  kind: 'prose';
  markdown: string;
  line: number;
}

export interface GuideStep {
  /** National code or province record id, as written. */
  procedure?: string;
  /** The step in the editor's words. */
  title?: string;
  /** What the editor says about the step (Markdown). */
  markdown: string;
  line: number;
  column: number;
}

/** One numbered step: one `<Buoc>`, or a group of them (`<Hoac>`: one of them; `<Va>`: all, at the same time). */
export interface GuideStepGroup {
  kind: 'step';
  join?: 'hoac' | 'va';
  steps: GuideStep[];
  line: number;
}

export type GuideBlock = GuideProse | GuideStepGroup;

export interface ParsedGuide {
  blocks: GuideBlock[];
  problems: Problem[];
}

interface Point {
  line: number;
  column: number;
  offset: number;
}
interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: Point; end: Point };
}

const MDX_ERROR = /^(\d+):(\d+): (.*?)(?: \([\w:-]+\))?$/s;

export function parseGuide(source: string, file: string): ParsedGuide {
  const problems: Problem[] = [];
  const report = (node: Node | undefined, field: string, code: string, words: { vi: Words; en: Words }) =>
    problems.push({
      file,
      line: node?.position?.start.line ?? 1,
      column: node?.position?.start.column ?? 1,
      field,
      ...words.vi,
      en: words.en,
      code,
    });

  let root: Node;
  try {
    root = mdxToMdast(source, { features: { gfm: true, frontmatter: true } }) as Node;
  } catch (error) {
    const message = String((error as Error).message ?? error);
    const m = MDX_ERROR.exec(message);
    problems.push({
      file,
      line: m ? Number(m[1]) : 1,
      column: m ? Number(m[2]) : 1,
      field: '',
      ...guideWords.syntax(m ? m[3]! : message).vi,
      en: guideWords.syntax(m ? m[3]! : message).en,
      code: 'guide-syntax',
    });
    return { blocks: [], problems };
  }

  // Anything not allowed anywhere in the tree: code, HTML, unknown components, components inside prose.
  const inspect = (node: Node, parent: Node | undefined): void => {
    if (node.type === 'mdxjsEsm') report(node, '', 'guide-code', guideWords.esm());
    else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
      report(node, '', 'guide-code', guideWords.expression());
    else if (node.type === 'yaml' || node.type === 'toml')
      report(node, '', 'guide-front-matter', guideWords.frontMatter());
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      if (!isComponentName(name)) {
        report(
          node,
          `<${name}>`,
          'guide-unknown-component',
          guideWords.unknownComponent(name, /^[A-Z]/.test(name) ? closest(name, COMPONENT_NAMES) : undefined),
        );
        return;
      }
      checkAttributes(node, name);
      const parentName = parent?.type === 'mdxJsxFlowElement' ? (parent.name ?? undefined) : undefined;
      const placed =
        node.type === 'mdxJsxFlowElement' &&
        (parent?.type === 'root' ||
          (COMPONENTS[name].inGroup && parentName !== undefined && COMPONENTS[parentName as 'Hoac']?.group));
      if (!placed) report(node, `<${name}>`, 'guide-misplaced', guideWords.misplaced(name, parentName));
    }
    for (const child of node.children ?? []) inspect(child, node);
  };
  const checkAttributes = (node: Node, name: keyof typeof COMPONENTS): void => {
    const allowed = COMPONENTS[name].attributes;
    for (const a of node.attributes ?? []) {
      if (a.type !== 'mdxJsxAttribute' || !a.name || !allowed.includes(a.name))
        report(
          node,
          `<${name}>.${a.name ?? '{…}'}`,
          'guide-attribute',
          guideWords.unknownAttribute(name, a.name ?? '{…}', allowed),
        );
      else if (typeof a.value !== 'string')
        report(node, `<${name}>.${a.name}`, 'guide-attribute', guideWords.attributeValue(name, a.name));
    }
  };
  inspect(root, undefined);

  const blocks: GuideBlock[] = [];
  let prose: Node[] = [];
  const flushProse = () => {
    if (prose.length > 0) blocks.push({ kind: 'prose', markdown: slice(source, prose), line: lineOf(prose[0]) });
    prose = [];
  };
  for (const node of root.children ?? []) {
    if (node.type === 'yaml' || node.type === 'toml') continue;
    if (node.type !== 'mdxJsxFlowElement' || !isComponentName(node.name ?? '')) {
      prose.push(node);
      continue;
    }
    flushProse();
    if (node.name === 'Buoc') {
      const step = readStep(node, source, report);
      if (step) blocks.push({ kind: 'step', steps: [step], line: step.line });
      continue;
    }
    const children = (node.children ?? []).filter((c) => !(c.type === 'text' && String(c.value).trim() === ''));
    const steps = children.filter((c) => c.type === 'mdxJsxFlowElement' && c.name === 'Buoc');
    // A misspelt tag (<Bouc>) is reported as such; counted as the step it was meant to be, it adds no second problem.
    const misspelt = children.filter((c) => c.type === 'mdxJsxFlowElement' && !isComponentName(c.name ?? ''));
    if (steps.length + misspelt.length < 2 || steps.length + misspelt.length !== children.length)
      report(node, `<${node.name}>`, 'guide-group', guideWords.groupContent(node.name!));
    const read = steps.map((s) => readStep(s, source, report)).filter((s): s is GuideStep => s !== undefined);
    if (read.length > 0)
      blocks.push({ kind: 'step', join: node.name === 'Hoac' ? 'hoac' : 'va', steps: read, line: lineOf(node) });
  }
  flushProse();
  return { blocks, problems };
}

function readStep(
  node: Node,
  source: string,
  report: (node: Node, field: string, code: string, words: { vi: Words; en: Words }) => void,
): GuideStep | undefined {
  const attr = (name: string) => {
    const value = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const procedure = attr('thuTuc');
  const title = attr('ten');
  const written = node.attributes?.some((a) => a.name === 'thuTuc' || a.name === 'ten');
  if (!procedure && !title) {
    // An attribute written wrongly ({…}) is reported as such, not as a missing one.
    if (written) return undefined;
    report(node, '<Buoc>', 'guide-empty-step', guideWords.emptyStep());
    return undefined;
  }
  const children = node.children ?? [];
  return {
    ...(procedure ? { procedure } : {}),
    ...(title ? { title } : {}),
    markdown: children.length > 0 ? slice(source, children) : '',
    line: lineOf(node),
    column: node.position?.start.column ?? 1,
  };
}

const lineOf = (node: Node | undefined) => node?.position?.start.line ?? 1;

/** The source of consecutive nodes, from the start of the first one's line, without their common indentation. */
function slice(source: string, nodes: readonly Node[]): string {
  const start = nodes[0]?.position?.start.offset ?? 0;
  const end = nodes.at(-1)?.position?.end.offset ?? source.length;
  const text = source.slice(source.lastIndexOf('\n', start - 1) + 1, end);
  const lines = text.split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length));
  return lines
    .map((l) => l.slice(Math.min(indent, /^[ \t]*/.exec(l)![0].length)))
    .join('\n')
    .trim();
}
