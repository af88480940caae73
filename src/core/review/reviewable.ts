/** The part of a catalogue the review runs on: records whose file has a content problem are left out. */
import type { Catalogue } from '../catalogue/types.ts';
import type { Problem } from '../load/problem.ts';

/**
 * A copy of the catalogue without the records whose file has a problem (a dangling agency or legal id...):
 * the checker reports those as problems, and reviewing half-valid data would add findings that are only
 * echoes of the problem. Records that failed to parse are not in the catalogue at all.
 */
export function reviewableCatalogue(catalogue: Catalogue, problems: readonly Problem[]): Catalogue {
  if (problems.length === 0) return catalogue;
  const broken = new Set(problems.map((p) => p.file));
  const national = catalogue.national.filter((r) => !broken.has(r.file));
  return {
    ...catalogue,
    records: catalogue.records.filter((r) => !broken.has(r.file)),
    national,
    nationalByCode: new Map([...catalogue.nationalByCode].filter(([, r]) => !broken.has(r.file))),
  };
}
