import { mkdtemp, readdir, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutputDirectoryError, REPORT_WRITERS, writeReport } from '../../../src/core/report/write-report.ts';
import { model } from './sample.ts';

let root = '';
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tthc-report-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('writeReport', () => {
  it('writes every report file and nothing else next to it', async () => {
    const out = join(root, 'report');
    const written = await writeReport(model(), out);
    expect((await readdir(out)).sort()).toEqual([
      'findings.csv',
      'findings.json',
      'report.docx',
      'report.md',
      'report.xlsx',
    ]);
    expect(written).toHaveLength(REPORT_WRITERS.length);
    expect(await readdir(root)).toEqual(['report']);
  });

  it('gives the report folder the same permissions as any folder the user makes (not private 0700)', async () => {
    const out = join(root, 'report');
    await writeReport(model(), out);
    const probe = join(root, 'probe');
    await mkdir(probe);
    expect((await stat(out)).mode & 0o777).toBe((await stat(probe)).mode & 0o777);
    expect((await stat(out)).mode & 0o044).not.toBe(0);
  });

  it('leaves the previous report intact when a writer fails, and no temporary directory behind', async () => {
    const out = join(root, 'report');
    await writeReport(model(), out);
    const before = await readFile(join(out, 'report.md'), 'utf8');
    const failing = REPORT_WRITERS.map((w, i) =>
      i === 2
        ? { file: w.file, render: () => Promise.reject(new Error('disk full while writing the workbook')) }
        : { file: w.file, render: () => 'new content' },
    );
    await expect(writeReport(model(), out, failing)).rejects.toThrow('disk full');
    expect(await readFile(join(out, 'report.md'), 'utf8')).toBe(before);
    expect((await readdir(out)).sort()).toEqual([
      'findings.csv',
      'findings.json',
      'report.docx',
      'report.md',
      'report.xlsx',
    ]);
    expect(await readdir(root)).toEqual(['report']);
  });

  it('replaces a previous report as a whole', async () => {
    const out = join(root, 'report');
    await writeReport(model(), out);
    await writeReport(
      model(),
      out,
      REPORT_WRITERS.map((w) => ({ file: w.file, render: () => `v2 ${w.file}` })),
    );
    expect(await readFile(join(out, 'findings.json'), 'utf8')).toBe('v2 findings.json');
    expect(await readdir(root)).toEqual(['report']);
  });

  it('refuses a directory holding other files rather than deleting them', async () => {
    const out = join(root, 'work');
    await mkdir(out);
    await writeFile(join(out, 'notes.txt'), 'keep me');
    await expect(writeReport(model(), out)).rejects.toThrow(OutputDirectoryError);
    expect(await readFile(join(out, 'notes.txt'), 'utf8')).toBe('keep me');
    expect(await readdir(root)).toEqual(['work']);
  });

  it('creates missing parent directories', async () => {
    const out = join(root, 'a', 'b', 'report');
    await writeReport(model(), out);
    expect(await readdir(out)).toHaveLength(REPORT_WRITERS.length);
  });
});
