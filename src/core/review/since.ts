/**
 * The change view of the review (what a pull request introduces and resolves): the content directory is
 * read as it was at a git revision, both versions are loaded and reviewed on the same date, and findings are
 * compared by key (keys.ts: a key stays while its problem stays).
 */
import { contentAtRevision, UnknownRevisionError } from '../git/content-at-revision.ts';
import { loadContent, type LoadResult } from '../load/load-content.ts';
import { review, type ReviewOptions } from './engine.ts';
import type { Finding } from './finding.ts';
import { reviewableCatalogue } from './reviewable.ts';

export interface FindingsSince {
  /** Findings now whose key did not exist at the revision. */
  introduced: Finding[];
  /** Findings at the revision whose key no longer exists. */
  resolved: Finding[];
  /** Findings now whose key also existed at the revision. */
  unchanged: Finding[];
}

// A revision name as people type it: "origin/main", "HEAD~1", "a1b2c3d", "v1.0^", "main@{1}". Never an option
// ("-..."), never a path ("rev:file"), no spaces or control characters.
const REVISION = /^(?!-)[^\s\x00-\x1f\x7f:?*[\\]{1,255}$/u;

/** Findings introduced, resolved and unchanged between `rev` and the content directory as it is now. */
export async function findingsSince(
  rev: string,
  contentDir: string,
  today: string,
  options: Omit<ReviewOptions, 'today'> = {},
): Promise<FindingsSince> {
  const [then, now] = await Promise.all([loadContentAt(rev, contentDir), loadContent(contentDir)]);
  return findingsBetween(then, now, today, options);
}

/**
 * The same comparison for content already loaded: a caller that needs either version for something else too
 * (pr-check also compares costs) loads each one once.
 */
export function findingsBetween(
  then: LoadResult,
  now: LoadResult,
  today: string,
  options: Omit<ReviewOptions, 'today'> = {},
): FindingsSince {
  const before = review(reviewableCatalogue(then.catalogue, then.problems), { ...options, today }).findings;
  const after = review(reviewableCatalogue(now.catalogue, now.problems), { ...options, today }).findings;
  const beforeKeys = new Set(before.map((f) => f.key));
  const afterKeys = new Set(after.map((f) => f.key));
  return {
    introduced: after.filter((f) => !beforeKeys.has(f.key)),
    resolved: before.filter((f) => !afterKeys.has(f.key)),
    unchanged: after.filter((f) => beforeKeys.has(f.key)),
  };
}

/** The content directory loaded as it was at `rev` (read from git's object store into a temporary directory). */
export async function loadContentAt(rev: string, contentDir: string): Promise<LoadResult> {
  if (!REVISION.test(rev)) throw new UnknownRevisionError(`"${rev}" is not a git revision name`);
  const snapshot = await contentAtRevision(rev, contentDir);
  try {
    return await loadContent(snapshot.dir);
  } finally {
    await snapshot.dispose();
  }
}
