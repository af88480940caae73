/**
 * The review still finds what the generator plants: a longer time, another fee, an extra document, a record
 * without a code, a superseded legal text. The rules were tuned on the real catalogue; this keeps them finding
 * the differences the synthetic catalogue makes on purpose.
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type LoadResult } from '../../../src/core/load/load-content.ts';
import { review } from '../../../src/core/review/engine.ts';
import type { Finding } from '../../../src/core/review/finding.ts';
import { generate, writeCatalogue } from './write-catalogue.ts';

describe('the review on a generated catalogue (N=600)', () => {
  let loaded: LoadResult;
  let findings: Finding[];
  let dir: string;
  beforeAll(async () => {
    dir = await writeCatalogue(generate(600, 'planted').files);
    loaded = await loadContent(dir);
    findings = review(loaded.catalogue, { today: '2026-11-26' }).findings;
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  type Record = LoadResult['catalogue']['records'][number];
  /** Published records with a clean baseline for which `planted` holds, and how many of them `rule` reports. */
  function found(rule: string, planted: (r: Record, n: LoadResult['catalogue']['national'][number]) => boolean) {
    const { records, nationalByCode } = loaded.catalogue;
    const reported = new Set(findings.filter((f) => f.rule === rule).flatMap((f) => f.records));
    const hits = records.filter((r) => {
      const n = r.data.code === undefined ? undefined : nationalByCode.get(r.data.code);
      return n !== undefined && n.time.kind === 'duration' && planted(r, n);
    });
    return { planted: hits.length, reported: hits.filter((r) => reported.has(r.id)).length };
  }
  const days = (t: Record['time']) => (t.kind === 'duration' ? t.workingDays : NaN);

  it('loads with no problem', () => {
    expect(loaded.problems).toEqual([]);
  });

  it('reports every planted longer time that is longer in both readings', () => {
    const r = found(
      'exceeds-baseline-time',
      (rec, n) =>
        rec.time.kind === 'duration' &&
        n.time.kind === 'duration' &&
        days(rec.time) > days(n.time) &&
        rec.time.duration.value > n.time.duration.value,
    );
    expect(r.planted).toBeGreaterThan(0);
    expect(r.reported).toBe(r.planted);
  });

  it('reports planted extra documents', () => {
    const r = found('extra-document', (rec, n) => rec.data.documents.length > n.data.documents.length);
    expect(r.planted).toBeGreaterThan(0);
    expect(r.reported / r.planted).toBeGreaterThan(0.9);
  });

  it('reports planted fee differences', () => {
    const r = found(
      'fee-differs-from-baseline',
      (rec, n) =>
        rec.data.fees.some((f) => f.amount !== null && f.amount > 0) &&
        n.data.fees.every((f) => f.amount !== null && f.note === undefined) &&
        JSON.stringify(rec.data.fees.map((f) => f.amount).sort()) !==
          JSON.stringify(n.data.fees.map((f) => f.amount).sort()),
    );
    expect(r.planted).toBeGreaterThan(0);
    expect(r.reported / r.planted).toBeGreaterThan(0.9);
  });

  it('reports every record without a code, and superseded legal texts', () => {
    const uncoded = loaded.catalogue.records.filter((r) => r.data.code === undefined).map((r) => r.id);
    const ungrouped = new Set(findings.filter((f) => f.rule === 'ungrouped-record').flatMap((f) => f.records));
    expect(uncoded.length).toBeGreaterThan(0);
    expect(uncoded.every((id) => ungrouped.has(id))).toBe(true);
    const superseded = loaded.catalogue.records
      .filter((r) => r.data.legal_basis.some((id) => loaded.catalogue.legal.get(id)?.status === 'superseded'))
      .map((r) => r.id);
    const flagged = new Set(findings.filter((f) => f.rule === 'superseded-legal-basis').flatMap((f) => f.records));
    expect(superseded.length).toBeGreaterThan(0);
    expect(superseded.every((id) => flagged.has(id))).toBe(true);
  });
});
