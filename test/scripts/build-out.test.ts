/** npm run build -- --out DIR: anywhere it is safe it works, from any working directory; elsewhere a clear refusal. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO, runScript } from './run-script.ts';

const SITE_CONTENT = join(REPO, 'test/fixtures/site-content');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const stackLines = (out: string) => out.split('\n').filter((l) => /^\s+at /.test(l) || /Internal error/.test(l));

describe('npm run build -- --out DIR', () => {
  it('builds into a directory outside the project, given relative to another working directory', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'tthc-build-cwd-'));
    dirs.push(cwd);
    mkdirSync(join(cwd, 'content'));
    const run = await runScript('build-site', ['--out', 'site'], {
      cwd,
      env: { CONTENT_DIR: SITE_CONTENT, SITE_URL: 'https://thutuc.example.vn' },
    });
    expect(run.status, run.stderr + run.stdout).toBe(0);
    expect(existsSync(join(cwd, 'site/index.html'))).toBe(true);
    expect(existsSync(join(cwd, 'site/pagefind'))).toBe(true);
  }, 240_000);

  it('stops with one line, before building, when SITE_URL is not set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-build-out-'));
    dirs.push(dir);
    const run = await runScript('build-site', ['--out', join(dir, 'site')], {
      env: { CONTENT_DIR: SITE_CONTENT, SITE_URL: '' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^\[build\] SITE_URL is not set: .+npm run build:local\.$/),
    ]);
    expect(existsSync(join(dir, 'site'))).toBe(false);
  });

  it.each([
    ['the project itself', '.'],
    ['a folder holding the project', '..'],
    ['a source folder', 'src'],
    ['inside the content', 'content/site'],
  ])('refuses %s with a clear message and exit 2, touching nothing', async (_what, out) => {
    const before = readdirSync(join(REPO, 'src'));
    const run = await runScript('build-site', ['--out', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^--out .+/m);
    expect(run.stderr).toContain('Usage: npm run build');
    expect(stackLines(run.stderr)).toEqual([]);
    expect(readdirSync(join(REPO, 'src'))).toEqual(before);
  });

  it('refuses a file, and a directory holding other files, leaving them as they were', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-build-out-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    for (const out of [join(dir, 'notes.txt'), dir]) {
      const run = await runScript('build-site', ['--out', out], { env: { CONTENT_DIR: SITE_CONTENT } });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/not a directory|not a built site/);
    }
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  // A folder holding a "pagefind" entry was taken for a previous build and emptied: node_modules has one.
  it('refuses a folder that only looks like a build (a pagefind entry beside other files), and node_modules', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tthc-build-out-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'pagefind'));
    writeFileSync(join(dir, 'precious.txt'), 'keep me');
    for (const out of [dir, join(REPO, 'node_modules')]) {
      const run = await runScript('build-site', ['--out', out], { env: { CONTENT_DIR: SITE_CONTENT } });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/not a built site|node_modules/);
    }
    expect(readdirSync(dir).sort()).toEqual(['pagefind', 'precious.txt']);
  });
});
