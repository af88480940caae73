import matter from 'gray-matter';

export type FrontMatterSplit =
  | { ok: true; yaml: string; body: string; bodyLine: number }
  | { ok: false; line: number; found: string; expected: string; hint: string };

const RAW = Symbol('raw-yaml');

class ForbiddenEngine extends Error {}

function reject(language: string) {
  return () => {
    throw new ForbiddenEngine(language);
  };
}

/**
 * gray-matter's default engines eval `---js` and `---javascript` front matter. Every engine but YAML is
 * replaced by one that refuses, and an unknown language makes gray-matter throw: no code in a record ever runs.
 * The YAML engine only hands the raw text back; it is parsed with positions elsewhere.
 */
const ENGINES = {
  yaml: (text: string) => ({ [RAW]: text }),
  yml: (text: string) => ({ [RAW]: text }),
  javascript: reject('javascript'),
  js: reject('js'),
  json: reject('json'),
  coffee: reject('coffee'),
  coffeescript: reject('coffeescript'),
  cson: reject('cson'),
  toml: reject('toml'),
};

/** Splits a record file (BOM and CRLF already removed) into its YAML front matter and Markdown body. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  if (text.trim() === '') {
    return fail(1, 'an empty file', 'a record starting with a front matter block between two "---" lines', EXAMPLE_HINT);
  }
  const lines = text.split('\n');
  const opening = lines[0]!.trimEnd();
  if (!opening.startsWith('---')) {
    return fail(1, `"${truncate(opening)}"`, 'the first line to be "---"', EXAMPLE_HINT);
  }
  const language = opening.slice(3).trim();
  if (language !== '' && !/^ya?ml$/i.test(language)) {
    return fail(
      1,
      `front matter language "${truncate(language)}"`,
      'YAML front matter opened by a plain "---"',
      'Records use YAML only: replace the first line by "---" and write the fields as YAML. Code in front matter is never run.',
    );
  }
  const closing = lines.findIndex((line, i) => i > 0 && /^---\s*$/.test(line));
  if (closing === -1) {
    return fail(
      1,
      'front matter that is never closed',
      'a second "---" line after the fields',
      'Add a line "---" after the last field, before the guidance text.',
    );
  }
  let file: matter.GrayMatterFile<string>;
  try {
    file = matter(text, { engines: ENGINES as never });
  } catch (error) {
    if (error instanceof ForbiddenEngine || (error instanceof Error && /engine/.test(error.message))) {
      return fail(1, 'a non-YAML front matter language', 'YAML front matter', 'Start the file with a plain "---" line.');
    }
    throw error;
  }
  const yaml = (file.data as Record<PropertyKey, unknown>)[RAW];
  return {
    ok: true,
    yaml: typeof yaml === 'string' ? yaml : lines.slice(1, closing).join('\n'),
    body: file.content.replace(/^\n/, ''),
    bodyLine: closing + 2,
  };
}

const EXAMPLE_HINT = 'Start the file with "---", then the fields (code: "1.001193", title: ...), then "---", then the guidance text.';

function fail(line: number, found: string, expected: string, hint: string): FrontMatterSplit {
  return { ok: false, line, found, expected, hint };
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
