import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main, parseArgs } from '../../../../src/core/import/national/cli.ts';
import { RAW_DIR } from './raw-fixtures.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

describe('import-national command line', () => {
  it.each([
    [[], '--from DIR is required'],
    [['--from', RAW_DIR], '--out DIR is required'],
    [['--from', RAW_DIR, '--out', 'x', '--levels', 'tinh,thon'], 'unknown level "thon"'],
    [['--from', RAW_DIR, '--out'], '--out needs a value'],
    [['--frm', RAW_DIR], 'unknown argument "--frm"'],
    [['--from', join(RAW_DIR, 'missing'), '--out', 'x'], 'is not a folder'],
  ])('rejects %j with a message and exit status 2', (argv, message) => {
    const result = run(argv);
    expect(result.status).toBe(2);
    expect(result.err).toContain(message);
    expect(result.err).toContain('Usage:');
  });

  it('prints help with exit status 0', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    expect(result.out).toMatch(/^Usage: node scripts\/import-national.ts --from DIR --out DIR/);
  });

  it('reads --levels and --key=value forms', () => {
    expect(parseArgs(['--from', RAW_DIR, '--out=/x', '--levels=tinh,xa,tinh'])).toEqual({
      kind: 'run',
      options: { from: RAW_DIR, out: '/x', levels: ['tinh', 'xa'] },
      json: false,
    });
  });

  it('prints a text summary, or a JSON one with --json', () => {
    const work = mkdtempSync(join(tmpdir(), 'import-national-cli-'));
    dirs.push(work);
    const from = join(work, 'records');
    cpSync(RAW_DIR, from, { recursive: true });
    const text = run(['--from', from, '--out', join(work, 'a'), '--levels', 'tinh,xa']);
    expect(text.status).toBe(0);
    expect(text.out).toContain('Records imported: 8');
    expect(text.out).toContain('time_without_unit:');
    const json = run(['--from', from, '--out', join(work, 'b'), '--json']);
    const summary = JSON.parse(json.out);
    expect(summary.files).toBe(10);
    expect(summary.imported).toBe(10);
    expect(summary.errors).toEqual([]);
  });

  it('refuses a --from folder that holds no ministry folders of records, instead of importing nothing', () => {
    const work = mkdtempSync(join(tmpdir(), 'import-national-cli-'));
    dirs.push(work);
    const result = run(['--from', work, '--out', join(work, 'out')]);
    expect(result.status).toBe(2);
    expect(result.err).toContain(`--from "${work}" holds no <ministry>/<code>.json files`);
  });

  it('says plainly when --out cannot be a folder, without a stack trace', () => {
    const work = mkdtempSync(join(tmpdir(), 'import-national-cli-'));
    dirs.push(work);
    writeFileSync(join(work, 'a-file'), '');
    const result = run(['--from', RAW_DIR, '--out', join(work, 'a-file', 'content')]);
    expect(result.status).toBe(2);
    expect(result.err).toContain('cannot be used as a folder: a file is in the way where a folder should be (ENOTDIR)');
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it('stops with exit status 1 and the reason when a record cannot be written', () => {
    const work = mkdtempSync(join(tmpdir(), 'import-national-cli-'));
    dirs.push(work);
    const out = join(work, 'content');
    mkdirSync(out);
    writeFileSync(join(out, 'national'), 'not a folder');
    const result = run(['--from', RAW_DIR, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.err).toContain(`stopped, could not write into "${out}"`);
    expect(result.err).toContain('(ENOTDIR)');
  });
});
