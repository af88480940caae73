import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from './run-script.ts';

const VALID = 'test/fixtures/content-valid';
const BROKEN = 'test/fixtures/content-broken';
const temp = mkdtempSync(join(tmpdir(), 'tthc-report-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// Each test spawns Node: one run per behaviour.
describe('npm run report', () => {
  it('writes every report file for valid content and says what it wrote', async () => {
    const out = join(temp, 'report');
    const run = await runScript('report', ['--content', VALID, '--out', out, '--today', '2026-11-30']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'findings.csv',
      'findings.json',
      'report.docx',
      'report.md',
      'report.xlsx',
    ]);
    expect(run.stdout).toMatch(/^Report for 2026-11-30: 4 published and 2 national records, \d+ findings/);
    expect(run.stdout.match(/ {2}wrote /g)).toHaveLength(5);
  });

  it('refuses content with problems: exit 1, the count, and points to npm run check', async () => {
    const out = join(temp, 'never');
    const run = await runScript('report', ['--content', BROKEN, '--out', out, '--today', '2026-11-30']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/has \d+ problems in \d+ file\(s\); no report written/);
    expect(run.stderr).toContain('npm run check');
    expect(() => readdirSync(out)).toThrow();
  });

  it('treats a bad date or an output directory holding other files as a usage error (exit 2)', async () => {
    const badDate = await runScript('report', ['--content', VALID, '--today', '2026-02-30']);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('Usage: npm run report');
    const busy = join(temp, 'busy');
    mkdirSync(busy);
    writeFileSync(join(busy, 'notes.txt'), 'keep');
    const run = await runScript('report', ['--content', VALID, '--out', busy, '--today', '2026-11-30']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('notes.txt');
    expect(readdirSync(busy)).toEqual(['notes.txt']);
  });

  it('prints its help with exit 0', async () => {
    const run = await runScript('report', ['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--out DIR');
  });
});

describe('npm run report --volumes', () => {
  it('refuses a volumes file with mistakes: exit 1, each mistake with line and column, no report written', async () => {
    const csv = join(temp, 'so-ho-so.csv');
    writeFileSync(csv, 'ban_ghi,nam,so_ho_so,nguon\nkhong/co/ban-ghi-nay,2025,abc,\n');
    const out = join(temp, 'never-volumes');
    const run = await runScript('report', [
      '--content',
      VALID,
      '--out',
      out,
      '--today',
      '2026-11-30',
      '--volumes',
      csv,
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/so-ho-so\.csv:2:1 {2}ban_ghi {2}Gặp "khong\/co\/ban-ghi-nay"/);
    expect(run.stderr).toMatch(/so-ho-so\.csv:2:\d+ {2}so_ho_so {2}Gặp "abc"/);
    expect(run.stderr).toContain('fix: ');
    expect(() => readdirSync(out)).toThrow();
  });

  it('says on the terminal that a demo volumes file is illustrative', async () => {
    const csv = join(temp, 'so-ho-so.demo.csv');
    const id = readdirSync(join(VALID, 'procedures', 'xa'), { recursive: true })
      .map(String)
      .find((f) => f.endsWith('.md'))!;
    writeFileSync(csv, `ban_ghi,nam,so_ho_so\nxa/${id.replace(/\.md$/, '')},2025,100\n`);
    const run = await runScript('report', [
      '--content',
      VALID,
      '--out',
      join(temp, 'demo-volumes'),
      '--today',
      '2026-11-30',
      '--volumes',
      csv,
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('MINH HỌA');
  });
});
