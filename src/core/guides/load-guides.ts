/**
 * Guides: content/guides/<life event id>.mdx, read by the one loader. Every problem is reported with file, line and
 * component: MDX syntax, what MDX may not contain here (parse-guide.ts), a file not named after a life event, and
 * every procedure a step cites that no record has.
 */
import type { PublishedRecord, NationalRecord } from '../catalogue/types.ts';
import { closest } from '../load/describe-value.ts';
import { contentText, listFiles, readContentFile } from '../load/files.ts';
import type { Problem } from '../load/problem.ts';
import { guideWords } from '../words/guides.ts';
import { NATIONAL_CODE } from './components.ts';
import { parseGuide, type GuideBlock } from './parse-guide.ts';

export interface Guide {
  /** The life event's id, which is the file's name. */
  id: string;
  /** Path relative to the content directory. */
  file: string;
  blocks: GuideBlock[];
}

export const GUIDES_DIR = 'guides';

interface Known {
  lifeEvents: ReadonlySet<string>;
  records: readonly PublishedRecord[];
  national: ReadonlyMap<string, NationalRecord>;
}

/** True when `value` names a record: a national code some record carries, or a province record's id. */
export function procedureExists(value: string, known: Pick<Known, 'records' | 'national'>): boolean {
  return NATIONAL_CODE.test(value)
    ? known.national.has(value) || known.records.some((r) => r.data.code === value)
    : known.records.some((r) => r.id === value);
}

export async function loadGuides(root: string, known: Known, problems: Problem[]): Promise<Map<string, Guide>> {
  const guides = new Map<string, Guide>();
  const problem = (
    file: string,
    line: number,
    column: number,
    field: string,
    code: string,
    words: ReturnType<typeof guideWords.notMdx>,
  ) => problems.push({ file, line, column, field, ...words.vi, en: words.en, code });
  for (const file of await listFiles(root, GUIDES_DIR)) {
    const name = file.slice(GUIDES_DIR.length + 1);
    if (!name.endsWith('.mdx')) {
      problem(file, 1, 1, '', 'guide-not-mdx', guideWords.notMdx(name));
      continue;
    }
    const id = name.slice(0, -'.mdx'.length);
    const got = await readContentFile(root, file);
    if (!got.ok) {
      if (!got.missing) problems.push(got.problem);
      continue;
    }
    if (!known.lifeEvents.has(id))
      problem(
        file,
        1,
        1,
        '',
        'guide-unknown-life-event',
        guideWords.unknownLifeEvent(name, closest(id, [...known.lifeEvents])),
      );
    const parsed = parseGuide(contentText(got.raw).normalize('NFC'), file);
    problems.push(...parsed.problems);
    const candidates = [...new Set([...known.national.keys(), ...known.records.map((r) => r.id)])];
    for (const block of parsed.blocks) {
      if (block.kind !== 'step') continue;
      for (const step of block.steps)
        if (step.procedure && !procedureExists(step.procedure, known))
          problem(
            file,
            step.line,
            step.column,
            '<Buoc>.thuTuc',
            'guide-unknown-procedure',
            guideWords.unknownProcedure(step.procedure, closest(step.procedure, candidates)),
          );
    }
    if (known.lifeEvents.has(id)) guides.set(id, { id, file, blocks: parsed.blocks });
  }
  return guides;
}
