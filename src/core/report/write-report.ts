/**
 * Writes every report file at once or not at all: all files are built in a temporary directory next to the
 * output directory, then the directories are swapped by rename. A writer that throws leaves the previous
 * report exactly as it was. The output directory belongs to the report: a directory holding anything else is
 * refused rather than replaced (so `--out .` cannot wipe a working tree).
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { FINDINGS_CSV, renderFindingsCsv } from './findings-csv.ts';
import { FINDINGS_JSON, renderFindingsJson } from './findings-json.ts';
import { renderDocx, REPORT_DOCX } from './docx.ts';
import { renderMarkdown, REPORT_MD } from './markdown.ts';
import type { ReportModel } from './model.ts';
import { renderXlsx, REPORT_XLSX } from './xlsx.ts';

export interface ReportWriter {
  file: string;
  render(model: ReportModel): Promise<string | Uint8Array> | string | Uint8Array;
}

export const REPORT_WRITERS: readonly ReportWriter[] = [
  { file: FINDINGS_JSON, render: renderFindingsJson },
  { file: FINDINGS_CSV, render: renderFindingsCsv },
  { file: REPORT_XLSX, render: renderXlsx },
  { file: REPORT_DOCX, render: renderDocx },
  { file: REPORT_MD, render: renderMarkdown },
];

export class OutputDirectoryError extends Error {}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined)) !== undefined;
}

/** Refuses an output path that is a file, or a directory with files the report did not write. */
export async function checkOutput(outDir: string, writers: readonly ReportWriter[] = REPORT_WRITERS): Promise<void> {
  const out = resolve(outDir);
  const info = await stat(out).catch(() => undefined);
  if (!info) return;
  if (!info.isDirectory()) throw new OutputDirectoryError(`${out} exists and is not a directory`);
  const known = new Set(writers.map((w) => w.file));
  const foreign = (await readdir(out)).filter((name) => !known.has(name));
  if (foreign.length > 0) {
    throw new OutputDirectoryError(
      `${out} holds files the report does not write (${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ', …' : ''}); choose a new or report-only directory`,
    );
  }
}

/** Renders every file and replaces `outDir` with them; returns the file paths written. */
export async function writeReport(
  model: ReportModel,
  outDir: string,
  writers: readonly ReportWriter[] = REPORT_WRITERS,
): Promise<string[]> {
  const out = resolve(outDir);
  await checkOutput(out, writers);
  const parent = dirname(out);
  await mkdir(parent, { recursive: true });
  // mkdir, not mkdtemp: mkdtemp makes the folder 0700, and the swapped-in report must get the usual permissions
  // (umask) so colleagues and a web server can read it. The random name keeps two runs apart.
  const temp = join(parent, `.${basename(out)}.new-${randomUUID().slice(0, 8)}`);
  await mkdir(temp);
  try {
    for (const writer of writers) {
      await writeFile(join(temp, writer.file), await writer.render(model));
    }
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  // Swap: move the old report aside, put the new one in place, then delete the old one.
  const old = (await exists(out)) ? `${temp.replace(/\.new-([^/]*)$/, '.old-$1')}` : undefined;
  if (old) await rename(out, old);
  try {
    await rename(temp, out);
  } catch (error) {
    if (old) await rename(old, out);
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  if (old) await rm(old, { recursive: true, force: true });
  return writers.map((w) => join(out, w.file));
}
