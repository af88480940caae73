import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type LoadResult } from '../../../src/core/load/load-content.ts';
import { PLANTED_RATES } from '../../../bench/generate/rates.ts';
import { generate, writeCatalogue } from './write-catalogue.ts';

describe('generateCatalogue: determinism', () => {
  it('gives byte-identical files for the same seed and size', () => {
    const a = generate(300, 'abc').files;
    const b = generate(300, 'abc').files;
    expect(b.map((f) => f.path)).toEqual(a.map((f) => f.path));
    expect(b.map((f) => f.content)).toEqual(a.map((f) => f.content));
  });

  it('gives a different catalogue for another seed', () => {
    const a = generate(300, 'abc').files.filter((f) => f.path.startsWith('procedures/'));
    const b = generate(300, 'abd').files.filter((f) => f.path.startsWith('procedures/'));
    expect(b.map((f) => f.content).join('')).not.toEqual(a.map((f) => f.content).join(''));
  });

  it('writes exactly N published records, about N/10 national ones, and unique paths', () => {
    const { files, summary } = generate(1234, 5);
    const published = files.filter((f) => f.path.startsWith('procedures/'));
    const national = files.filter((f) => f.path.startsWith('national/'));
    expect(published).toHaveLength(1234);
    expect(summary.published).toBe(1234);
    expect(national).toHaveLength(123);
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
  });

  it('handles the smallest catalogue', () => {
    const { files } = generate(1, 1);
    expect(files.filter((f) => f.path.startsWith('procedures/'))).toHaveLength(1);
    expect(files.filter((f) => f.path.startsWith('national/'))).toHaveLength(1);
  });
});

describe('generateCatalogue: a valid, realistic content directory (N=200)', () => {
  let dir: string;
  let loaded: LoadResult;
  beforeAll(async () => {
    dir = await writeCatalogue(generate(200, 'valid').files);
    loaded = await loadContent(dir);
  }, 60_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('loads with zero problems', () => {
    expect(loaded.problems).toEqual([]);
    expect(loaded.catalogue.records).toHaveLength(200);
    expect(loaded.catalogue.national).toHaveLength(20);
  });

  it('has a province of 95 communes and districts that ended on 2025-07-01', () => {
    const localities = [...loaded.catalogue.localities.values()];
    const current = localities.filter((l) => l.kind === 'commune' && l.until === undefined);
    const districts = localities.filter((l) => l.kind === 'district');
    expect(current).toHaveLength(95);
    expect(districts.length).toBeGreaterThan(5);
    expect(districts.every((d) => d.until === '2025-07-01')).toBe(true);
  });

  it('publishes groups across levels and localities, every record with its national baseline', () => {
    const { records, nationalByCode } = loaded.catalogue;
    const levels = new Set(records.map((r) => r.data.level));
    expect([...levels].sort()).toEqual(['huyen', 'tinh', 'xa']);
    expect(records.some((r) => r.data.localities?.length === 1)).toBe(true);
    const coded = records.filter((r) => r.data.code !== undefined);
    expect(coded.every((r) => nationalByCode.has(r.data.code!))).toBe(true);
    expect(coded.length).toBeGreaterThan(190);
    const groupSizes = new Map<string, number>();
    for (const r of coded) groupSizes.set(r.data.code!, (groupSizes.get(r.data.code!) ?? 0) + 1);
    expect(Math.max(...groupSizes.values())).toBeGreaterThan(5);
  });

  it('marks obsolete and state-held documents and superseded legal texts in the vocabularies', () => {
    const docs = [...loaded.catalogue.documentTypes.values()];
    expect(docs.some((d) => d.obsolete !== undefined)).toBe(true);
    expect(docs.some((d) => d.held_by_state === true)).toBe(true);
    expect([...loaded.catalogue.legal.values()].some((l) => l.status === 'superseded')).toBe(true);
  });
});

describe('generateCatalogue: Unicode variation', () => {
  it('writes some files in NFD and some with old tone marks, which load equal to NFC', async () => {
    const { files, summary } = generate(400, 'unicode');
    const records = files.filter((f) => f.path.startsWith('procedures/'));
    expect(records.some((f) => f.content !== f.content.normalize('NFC'))).toBe(true);
    expect(records.some((f) => /\bhoà\b|\bHoà\b|uỷ|Uỷ/u.test(f.content.normalize('NFC')))).toBe(true);
    expect(summary.nfdFiles).toBeGreaterThan(0);
    const nfd = records.find((f) => f.content !== f.content.normalize('NFC'))!;
    const dir = await writeCatalogue(files);
    try {
      const { catalogue } = await loadContent(dir);
      const record = catalogue.records.find((r) => r.file === nfd.path)!;
      expect(record.data.title).toBe(record.data.title.normalize('NFC'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('generateCatalogue: planted differences at the documented rates (N=2000)', () => {
  let loaded: LoadResult;
  let dir: string;
  beforeAll(async () => {
    dir = await writeCatalogue(generate(2000, 'rates').files);
    loaded = await loadContent(dir);
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** Share of published records whose baseline is clean (readable time, no fee quirk) that differ as `test` says. */
  function observed(
    test: (r: LoadResult['catalogue']['records'][number], n: LoadResult['catalogue']['national'][number]) => boolean,
  ): number {
    const { records, nationalByCode } = loaded.catalogue;
    let total = 0;
    let hits = 0;
    for (const r of records) {
      const n = r.data.code === undefined ? undefined : nationalByCode.get(r.data.code);
      if (!n || n.time.kind !== 'duration' || n.data.fees.some((f) => f.note?.startsWith('Miễn phí.'))) continue;
      total++;
      if (test(r, n)) hits++;
    }
    return hits / total;
  }
  const workingDays = (t: LoadResult['catalogue']['records'][number]['time']) =>
    t.kind === 'duration' ? t.workingDays : NaN;
  // About 1,800 records with a clean baseline: a rate of 0.05 has a standard error of about 0.005, 0.02 one of
  // 0.003; the tolerance (40% of the rate, at least 0.01) is three to four of them.
  const expectRate = (actual: number, rate: number) =>
    expect(Math.abs(actual - rate)).toBeLessThan(Math.max(0.01, rate * 0.4));
  const amounts = (fees: { amount: number | null }[]) => JSON.stringify(fees.map((f) => f.amount).sort());

  it('still loads with zero problems', () => {
    expect(loaded.problems).toEqual([]);
  });

  it('longer processing time', () => {
    expectRate(
      observed((r, n) => workingDays(r.time) > workingDays(n.time)),
      PLANTED_RATES.longerTime,
    );
  });

  it('different fee', () => {
    expectRate(
      observed((r, n) => amounts(r.data.fees) !== amounts(n.data.fees)),
      PLANTED_RATES.feeDifferent,
    );
  });

  it('extra document', () => {
    expectRate(
      observed((r, n) => r.data.documents.length > n.data.documents.length),
      PLANTED_RATES.extraDocument,
    );
  });

  it('records without a code', () => {
    const uncoded = loaded.catalogue.records.filter((r) => r.data.code === undefined).length;
    expectRate(uncoded / loaded.catalogue.records.length, PLANTED_RATES.noCode);
    expect(uncoded).toBeGreaterThan(0);
  });

  it('superseded legal basis and stale review date', () => {
    expectRate(
      observed((r) => r.data.legal_basis.some((id) => loaded.catalogue.legal.get(id)?.status === 'superseded')),
      PLANTED_RATES.supersededLegalBasis,
    );
    expectRate(
      observed((r) => r.data.reviewed_at < '2025-11-26'),
      PLANTED_RATES.staleReview,
    );
  });
});
