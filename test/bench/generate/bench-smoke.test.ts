import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** The benchmark end to end on a tiny catalogue: it runs, measures, and writes its JSON. No timing is asserted. */
describe('npm run bench (smoke, N=50, floor and check)', () => {
  let dir: string;
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('measures each requested step and reports the targets it can evaluate', async () => {
    dir = await mkdtemp(join(tmpdir(), 'tthc-bench-smoke-'));
    const out = join(dir, 'results.json');
    const result = spawnSync(
      process.execPath,
      ['scripts/bench.ts', '--records', '50', '--steps', 'floor,check', '--out', out],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('floor (read + YAML)');
    expect(result.stdout).toMatch(/(PASS|MISS) +N=50 check \/ floor/);

    const json = JSON.parse(await readFile(out, 'utf8'));
    expect(json.machine.nproc).toBeGreaterThan(0);
    const [size] = json.sizes;
    expect(size.records).toBe(50);
    expect(size.steps.map((s: { name: string }) => s.name)).toEqual(['floor', 'check']);
    for (const step of size.steps) {
      expect(step.status).toBe('ok');
      expect(step.wallSeconds).toBeGreaterThan(0);
      expect(step.peakRssMb).toBeGreaterThan(0);
    }
    const ratio = json.targets.find((t: { what: string }) => t.what === 'N=50 check / floor (wall)');
    expect(ratio.verdict).toMatch(/PASS|MISS/);
    // Steps that were not run are reported as not evaluated, never as passing.
    expect(json.targets.find((t: { what: string }) => t.what.startsWith('N=50 full build')).verdict).toBe('n/a');
  }, 60_000);
});
