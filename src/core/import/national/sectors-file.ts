/** `sectors.yaml`: the importer adds the sectors it meets and keeps every entry already there. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { sectorsSchema, type Sector } from '../../schema/vocabularies.ts';
import { IMPORTED_LIST, toYaml } from '../../yaml/write-yaml.ts';

export type ReadSectors = { ok: true; sectors: Sector[] } | { ok: false; message: string };

/** The sectors of an existing file ([] when there is none); not ok when it exists but is not a valid list. */
export function readSectorsFile(path: string): ReadSectors {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { ok: true, sectors: [] };
  }
  try {
    const parsed = sectorsSchema.safeParse(parse(text, { schema: 'core' }) ?? []);
    return parsed.success ? { ok: true, sectors: parsed.data } : { ok: false, message: parsed.error.message };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Existing entries win (an editor may have corrected a name); the result is sorted by id. */
export function mergeSectors(existing: readonly Sector[], found: readonly Sector[]): Sector[] {
  const byId = new Map<string, Sector>();
  for (const s of found) if (!byId.has(s.id)) byId.set(s.id, { id: s.id, name: s.name });
  for (const s of existing) byId.set(s.id, { id: s.id, name: s.name });
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function renderSectorsFile(sectors: readonly Sector[]): string {
  return toYaml(sectors, IMPORTED_LIST);
}
