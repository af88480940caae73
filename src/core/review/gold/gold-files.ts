/**
 * The review's gold standard on real content (bench/review-gold/): an expert's verdict on findings the review
 * reported, and the problems a line-by-line hand review of records expects it to report. The benchmark
 * (`npm run review:score`) scores the review against it; a test keeps it consistent with the content.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const text = z.string();

export const judgementSchema = z.strictObject({
  /** The finding's key, as `check --json` prints it. */
  key: z.string().min(1),
  /** true: an expert wants it flagged; false: wrong; noise: true but useless, or a duplicate. */
  verdict: z.union([z.literal(true), z.literal(false), z.literal('noise')]),
  reason: text.min(1),
  /** The deciding rows of the province's record and of the national record, as written. */
  province: text.default(''),
  national: text.default(''),
  duplicate_of: text.optional(),
  severity_should_be: z.enum(['error', 'warning', 'info']).optional(),
  /** Why a judged finding is no longer reported (fixed at its cause, content changed): kept for the before/after table. */
  retired: text.optional(),
});
export type Judgement = z.infer<typeof judgementSchema>;

const expectedSchema = z.strictObject({
  id: z.string().min(1),
  /** The rule that should report it (or any of several). */
  rule: z.union([z.string(), z.array(z.string()).min(1)]),
  field: z.string().min(1),
  subject: text.default(''),
  what: text.min(1),
  province: text.default(''),
  national: text.default(''),
  /** Narrows which finding covers it when the record has several of that rule and field: a part of the finding's key. */
  key_contains: text.optional(),
  /**
   * The content was corrected after the hand review (what changed, with its commit or source): the problem is
   * gone, so it is left out of recall and listed apart; a review that still reports it shows up as a change.
   */
  fixed: text.optional(),
});
export type ExpectedFinding = z.infer<typeof expectedSchema>;

export const handReviewSchema = z.strictObject({
  record: z.string().min(1),
  national: z.string().optional(),
  reviewed: z.string(),
  note: text.default(''),
  expected: z.array(expectedSchema).default([]),
  not_problems: z
    .array(z.strictObject({ what: text.min(1), province: text.default(''), national: text.default('') }))
    .default([]),
});
export type HandReview = z.infer<typeof handReviewSchema> & { file: string };

export const goldSettingsSchema = z.strictObject({
  /** The review date the gold was judged at (`--today` of the scored review). */
  review_date: z.iso.date(),
  targets: z.strictObject({
    province_precision: z.number().min(0).max(1),
    national_precision: z.number().min(0).max(1),
    recall: z.number().min(0).max(1),
  }),
});
export type GoldSettings = z.infer<typeof goldSettingsSchema>;

export interface Gold {
  settings: GoldSettings;
  /** Judgements by key, with the file each comes from. */
  judgements: Map<string, Judgement & { file: string }>;
  handReviews: HandReview[];
}

/** A mistake in a gold file, with the file and what to fix. */
export class GoldFileError extends Error {}

async function readYaml(path: string, root: string): Promise<unknown> {
  const name = relative(root, path) || path;
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (error) {
    throw new GoldFileError(`${name}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    return parse(source);
  } catch (error) {
    throw new GoldFileError(`${name}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function parsed<T>(schema: z.ZodType<T>, value: unknown, name: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new GoldFileError(`${name}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
}

async function yamlFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir))
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/** Reads gold.yaml, judgements/*.yaml and hand-review/*.yaml of a gold directory. */
export async function loadGold(dir: string): Promise<Gold> {
  const settings = parsed(goldSettingsSchema, await readYaml(join(dir, 'gold.yaml'), dir), 'gold.yaml');
  const judgements = new Map<string, Judgement & { file: string }>();
  for (const path of await yamlFiles(join(dir, 'judgements'))) {
    const file = relative(dir, path);
    const list = parsed(z.array(judgementSchema), (await readYaml(path, dir)) ?? [], file);
    for (const j of list) {
      const earlier = judgements.get(j.key);
      if (earlier)
        throw new GoldFileError(`${file}: "${j.key}" is judged twice (also in ${earlier.file}); keep one verdict.`);
      judgements.set(j.key, { ...j, file });
    }
  }
  const handReviews: HandReview[] = [];
  for (const path of await yamlFiles(join(dir, 'hand-review'))) {
    const file = relative(dir, path);
    const review = parsed(handReviewSchema, await readYaml(path, dir), file);
    const ids = new Set<string>();
    for (const e of review.expected) {
      if (ids.has(e.id)) throw new GoldFileError(`${file}: expected id "${e.id}" is used twice.`);
      ids.add(e.id);
    }
    handReviews.push({ ...review, file });
  }
  return { settings, judgements, handReviews };
}
