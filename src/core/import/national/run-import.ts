/**
 * The import run: every `<from>/<ministry>/<code>.json` -> `<out>/national/<ministry>/<code>.md`, and the
 * sectors met merged into `<out>/sectors.yaml`. It never stops on a record: a file it cannot read is counted
 * as an error and the run goes on; a field it cannot read is kept as text and counted as a warning.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { servedLevels } from '../../catalogue/serving-bodies.ts';
import { nationalRecordSchema } from '../../schema/national-record.ts';
import type { Sector } from '../../schema/vocabularies.ts';
import { mapRecord, type MappedRecord } from './map-record.ts';
import { toRawRecord } from './raw-record.ts';
import { renderRecordFile } from './render-record.ts';
import { mergeSectors, readSectorsFile, renderSectorsFile } from './sectors-file.ts';
import type { NationalLevel } from './simple-fields.ts';
import type { WarningKind } from './warnings.ts';
import { writeFileAtomic } from './write-file.ts';

export interface ImportOptions {
  from: string;
  out: string;
  /**
   * Keep records served at any of these levels (the national levels, plus the province or commune for a
   * "Cấp bộ" record whose implementing bodies are provincial or commune bodies: `servedLevels`); all
   * records when absent.
   */
  levels?: NationalLevel[];
}

export type ErrorKind = 'unreadable_json' | 'not_a_record' | 'invalid_record' | 'duplicate_code' | 'sectors_file';

export interface ImportError {
  kind: ErrorKind;
  file: string;
  message: string;
}

/** How many imported records have each field filled in. */
export interface FieldCounts {
  processing_time_structured: number;
  processing_time_text: number;
  fees_with_amount: number;
  by_channel: number;
  documents: number;
  forms: number;
  steps: number;
  result_codes: number;
  conditions: number;
  legal_basis: number;
  agency_text: number;
}

export interface ImportSummary {
  files: number;
  imported: number;
  skipped_by_level: number;
  /** Imported only because their implementing bodies serve at a requested level their national levels lack. */
  kept_by_serving_body: number;
  written: number;
  unchanged: number;
  sectors: number;
  fields: FieldCounts;
  /** Per kind, the number of imported records with at least one warning of that kind. */
  warnings: Partial<Record<WarningKind, number>>;
  errors: ImportError[];
}

export function runImport(options: ImportOptions): ImportSummary {
  const summary: ImportSummary = {
    files: 0,
    imported: 0,
    skipped_by_level: 0,
    kept_by_serving_body: 0,
    written: 0,
    unchanged: 0,
    sectors: 0,
    fields: emptyFieldCounts(),
    warnings: {},
    errors: [],
  };
  const sectorsFound: Sector[] = [];
  const written = new Map<string, string>();

  for (const file of listInputFiles(options.from)) {
    summary.files++;
    const mapped = readAndMap(join(options.from, file), file, summary);
    if (mapped === null) continue;
    let byServingBody = false;
    if (options.levels) {
      const wanted = options.levels;
      if (!servedLevels(mapped.data.levels, mapped.data.agency_text).some((l) => wanted.includes(l))) {
        summary.skipped_by_level++;
        continue;
      }
      byServingBody = !mapped.data.levels.some((l) => wanted.includes(l));
    }
    const checked = nationalRecordSchema.safeParse(mapped.data);
    if (!checked.success) {
      const message = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      summary.errors.push({ kind: 'invalid_record', file, message });
      continue;
    }
    const ministry = file.split('/')[0]!;
    const target = `national/${ministry}/${mapped.data.code}.md`;
    const earlier = written.get(mapped.data.code);
    if (earlier !== undefined) {
      summary.errors.push({
        kind: 'duplicate_code',
        file,
        message: `code ${mapped.data.code} already imported from ${earlier}`,
      });
      continue;
    }
    written.set(mapped.data.code, file);
    if (writeFileAtomic(join(options.out, target), renderRecordFile(mapped.data, mapped.body))) summary.written++;
    else summary.unchanged++;
    summary.imported++;
    if (byServingBody) summary.kept_by_serving_body++;
    sectorsFound.push(mapped.sector);
    countFields(summary.fields, mapped);
    for (const kind of new Set(mapped.warnings.map((w) => w.kind))) {
      summary.warnings[kind] = (summary.warnings[kind] ?? 0) + 1;
    }
  }

  const sectorsPath = join(options.out, 'sectors.yaml');
  const existing = readSectorsFile(sectorsPath);
  if (existing.ok) {
    const merged = mergeSectors(existing.sectors, sectorsFound);
    writeFileAtomic(sectorsPath, renderSectorsFile(merged));
    summary.sectors = merged.length;
  } else {
    summary.errors.push({ kind: 'sectors_file', file: 'sectors.yaml', message: `left unchanged: ${existing.message}` });
  }
  summary.warnings = sortedKeys(summary.warnings);
  return summary;
}

/** `<ministry>/<code>.json` paths below `from`, sorted, so that every run visits files in the same order. */
export function listInputFiles(from: string): string[] {
  const files: string[] = [];
  for (const ministry of readdirSync(from).sort()) {
    const dir = join(from, ministry);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) if (name.endsWith('.json')) files.push(`${ministry}/${name}`);
  }
  return files;
}

function readAndMap(path: string, file: string, summary: ImportSummary): MappedRecord | null {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    summary.errors.push({
      kind: 'unreadable_json',
      file,
      message: error instanceof Error ? error.message : String(error),
    });
    return null;
  }
  const raw = toRawRecord(json);
  if (raw === null) {
    summary.errors.push({ kind: 'not_a_record', file, message: 'the file does not hold a JSON object' });
    return null;
  }
  return mapRecord(raw);
}

function emptyFieldCounts(): FieldCounts {
  return {
    processing_time_structured: 0,
    processing_time_text: 0,
    fees_with_amount: 0,
    by_channel: 0,
    documents: 0,
    forms: 0,
    steps: 0,
    result_codes: 0,
    conditions: 0,
    legal_basis: 0,
    agency_text: 0,
  };
}

function countFields(counts: FieldCounts, { data }: MappedRecord): void {
  if (typeof data.processing_time === 'string') counts.processing_time_text++;
  else counts.processing_time_structured++;
  if (data.fees.some((f) => f.amount !== null)) counts.fees_with_amount++;
  if (data.by_channel !== undefined) counts.by_channel++;
  if (data.documents.length > 0) counts.documents++;
  if ((data.forms?.length ?? 0) > 0) counts.forms++;
  if (data.steps.length > 0) counts.steps++;
  if ((data.result_codes?.length ?? 0) > 0) counts.result_codes++;
  if ((data.conditions?.length ?? 0) > 0) counts.conditions++;
  if (data.legal_basis.length > 0) counts.legal_basis++;
  if (data.agency_text !== undefined) counts.agency_text++;
}

function sortedKeys<T>(record: Partial<Record<string, T>>): Partial<Record<WarningKind, T>> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1))) as Partial<
    Record<WarningKind, T>
  >;
}
