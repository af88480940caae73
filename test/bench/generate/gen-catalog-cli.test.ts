import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/gen-catalog.ts', ...args], { encoding: 'utf8' });

describe('npm run gen:catalog', () => {
  const dirs: string[] = [];
  const tempDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tthc-gen-cli-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });

  it('prints its usage with --help', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--records N');
    expect(result.stdout).toContain('--force');
  });

  it('writes a catalogue into a new directory and says what it wrote', async () => {
    const out = join(await tempDir(), 'catalogue');
    const result = run('--records', '30', '--seed', 'x', '--out', out);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('30 published records');
    expect(await readdir(out)).toEqual(expect.arrayContaining(['site.yaml', 'procedures', 'national', 'README.md']));
  });

  it('refuses a non-empty directory unless --force, and leaves it untouched', async () => {
    const out = await tempDir();
    await writeFile(join(out, 'notes.txt'), 'mine');
    const refused = run('--records', '10', '--out', out);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('not empty');
    expect(await readdir(out)).toEqual(['notes.txt']);
    const forced = run('--records', '10', '--out', out, '--force');
    expect(forced.status).toBe(0);
    expect(await readFile(join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(await readdir(out)).toContain('site.yaml');
  });

  it('rejects a missing or invalid --records', async () => {
    const out = await tempDir();
    expect(run('--out', out).status).toBe(2);
    expect(run('--records', '0', '--out', out).status).toBe(2);
    expect(run('--records', 'many', '--out', out).stderr).toContain('--records');
  });
});
