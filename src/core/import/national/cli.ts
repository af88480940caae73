/** Command line of the importer: argument parsing, help and the printed summary. The script only calls main. */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { nationalLevelSchema } from '../../schema/primitives.ts';
import { listInputFiles, runImport, type ImportOptions, type ImportSummary } from './run-import.ts';
import type { NationalLevel } from './simple-fields.ts';
import { WARNING_KINDS, type WarningKind } from './warnings.ts';

export const USAGE = `Usage: node scripts/import-national.ts --from DIR --out DIR [--levels tinh,xa] [--json]

Imports the crawled national TTHC database (DIR/<ministry>/<code>.json) into
OUT/national/<ministry>/<code>.md and merges the sectors met into OUT/sectors.yaml.

  --from DIR      folder of ministry folders holding <code>.json files
  --out DIR       content folder to write into (national/ and sectors.yaml)
  --levels LIST   keep records whose levels include any of: bo, tinh, huyen, xa, khac
  --json          print the summary as JSON instead of text
  --help          show this help

Exit status: 0 when every file imported, 1 when some files could not be imported
(each is listed) or writing into --out failed, 2 for bad usage.`;

export type ParsedArgs =
  { kind: 'run'; options: ImportOptions; json: boolean } | { kind: 'help' } | { kind: 'error'; message: string };

export function parseArgs(argv: readonly string[]): ParsedArgs {
  let from: string | undefined;
  let out: string | undefined;
  let levels: NationalLevel[] | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--json') {
      json = true;
      continue;
    }
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (name !== '--from' && name !== '--out' && name !== '--levels')
      return { kind: 'error', message: `unknown argument "${arg}"` };
    const value = inline ?? argv[++i];
    if (value === undefined || value === '' || value.startsWith('--')) {
      return { kind: 'error', message: `${name} needs a value` };
    }
    if (name === '--from') from = value;
    else if (name === '--out') out = value;
    else {
      const parsed = parseLevels(value);
      if (typeof parsed === 'string') return { kind: 'error', message: parsed };
      levels = parsed;
    }
  }
  if (from === undefined) return { kind: 'error', message: '--from DIR is required' };
  if (out === undefined) return { kind: 'error', message: '--out DIR is required' };
  if (!existsSync(from) || !statSync(from).isDirectory())
    return { kind: 'error', message: `--from "${from}" is not a folder` };
  if (listInputFiles(from).length === 0)
    return {
      kind: 'error',
      message: `--from "${from}" holds no <ministry>/<code>.json files: give the crawl's records/ folder`,
    };
  return { kind: 'run', options: levels === undefined ? { from, out } : { from, out, levels }, json };
}

function parseLevels(value: string): NationalLevel[] | string {
  const levels: NationalLevel[] = [];
  for (const part of value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')) {
    const level = nationalLevelSchema.safeParse(part);
    if (!level.success) return `--levels: unknown level "${part}" (use bo, tinh, huyen, xa, khac)`;
    if (!levels.includes(level.data)) levels.push(level.data);
  }
  return levels.length > 0 ? levels : '--levels needs at least one level';
}

export function formatSummary(s: ImportSummary): string {
  const lines = [
    `Files read: ${s.files}`,
    `Records imported: ${s.imported} (written ${s.written}, unchanged ${s.unchanged})`,
    `Skipped by --levels: ${s.skipped_by_level}`,
    `Kept because provincial or commune bodies serve them (national level "Cấp bộ" only): ${s.kept_by_serving_body}`,
    `Errors: ${s.errors.length}`,
    `Sectors in sectors.yaml: ${s.sectors}`,
    '',
    'Fields read (records with the field):',
    ...Object.entries(s.fields).map(([field, n]) => `  ${field}: ${n}`),
    '',
    'Warnings (records with at least one of the kind):',
    ...Object.entries(s.warnings).map(([kind, n]) => `  ${kind}: ${n} — ${WARNING_KINDS[kind as WarningKind] ?? ''}`),
  ];
  if (s.errors.length > 0) {
    lines.push('', 'Files not imported:', ...s.errors.map((e) => `  ${e.file} [${e.kind}] ${e.message}`));
  }
  return lines.join('\n');
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Runs the importer; returns the exit status. */
export function main(argv: readonly string[], io: Io): number {
  const args = parseArgs(argv);
  if (args.kind === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (args.kind === 'error') {
    io.err(`import-national: ${args.message}\n\n${USAGE}`);
    return 2;
  }
  const { out } = args.options;
  try {
    mkdirSync(out, { recursive: true });
  } catch (error) {
    io.err(`import-national: --out "${out}" cannot be used as a folder: ${reason(error)}\n\n${USAGE}`);
    return 2;
  }
  let summary: ImportSummary;
  try {
    summary = runImport(args.options);
  } catch (error) {
    if (!isFileSystemError(error)) throw error;
    // Each file is written whole or not at all (writeFileAtomic); what was written before the failure stays.
    io.err(`import-national: stopped, could not write into "${out}": ${reason(error)}. Run it again once fixed.`);
    return 1;
  }
  io.out(args.json ? JSON.stringify(summary, null, 2) : formatSummary(summary));
  return summary.errors.length > 0 ? 1 : 0;
}

function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

/** "not a folder (ENOTDIR)": the system's reason without the stack. */
function reason(error: unknown): string {
  if (!isFileSystemError(error)) return String(error);
  const words: Record<string, string> = {
    ENOTDIR: 'a file is in the way where a folder should be',
    EEXIST: 'a file with that name exists',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the disk is read-only',
    ENOSPC: 'the disk is full',
  };
  return `${words[error.code!] ?? error.message} (${error.code})`;
}
