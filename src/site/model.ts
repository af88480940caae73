/**
 * What the pages need from the catalogue, computed once per build: one entry
 * per record page with its URLs, and the lists each index page shows.
 */
import type { AnyRecord, Catalogue, Locality } from '../core/catalogue/types.ts';
import {
  OTHER_BODY_KINDS,
  communeListBody,
  servedLevels,
  type OtherBodyKind,
} from '../core/catalogue/serving-bodies.ts';
import type { Agency } from '../core/schema/agencies.ts';
import { foldForSearch } from '../core/text/fold.ts';
import { recordApiParam, recordApiPath, recordPath } from './urls.ts';

export interface Entry {
  record: AnyRecord;
  title: string;
  /** Page URL, root-relative with a trailing slash. */
  url: string;
  /** Open-data URL of the record's JSON. */
  apiUrl: string;
  /** Route parameter of the JSON endpoint. */
  apiParam: string;
  /**
   * The record's level, or the levels at which a national record's bodies serve the citizen (its national
   * levels, plus the province or commune for a "Cấp bộ" record the provincial or commune police handle).
   */
  levels: string[];
  /**
   * A commune-level national record that another body handles (customs, tax, police...): listed under that
   * body, not on the list of what the commune People's Committee handles. See core/catalogue/serving-bodies.ts.
   */
  otherBody?: OtherBodyKind;
  /** Agencies named by the record: who decides, then where to submit. */
  agencyIds: string[];
}

export interface SiteModel {
  catalogue: Catalogue;
  /** Published records first (sorted by title), then national records (sorted by title). */
  entries: Entry[];
  byId: Map<string, Entry>;
  /** Records sharing a national code: published versions and the national record. */
  byCode: Map<string, Entry[]>;
  /** Content directory relative to the repository root, for "edit this page"; none outside it. */
  contentPath: string | undefined;
  /** Absolute origin for the sitemap and JSON-LD, without a trailing slash. */
  siteUrl: string;
  /** Date (YYYY-MM-DD) of the last commit touching each content file, keyed like `record.file`; empty without git. */
  lastChanged: ReadonlyMap<string, string>;
}

export const collator = new Intl.Collator('vi');
export const byTitle = (a: { title: string }, b: { title: string }) => collator.compare(a.title, b.title);

export function buildSiteModel(
  catalogue: Catalogue,
  options: { contentPath: string | undefined; siteUrl: string; lastChanged?: ReadonlyMap<string, string> },
): SiteModel {
  const toEntry = (record: AnyRecord): Entry => {
    const levels =
      record.kind === 'published' ? [record.data.level] : servedLevels(record.data.levels, record.data.agency_text);
    const otherBody =
      record.kind === 'national' && levels.includes('xa')
        ? communeListBody(record.data.agency_text, record.data.sector)
        : undefined;
    return {
      record,
      title: record.data.title,
      url: recordPath(record),
      apiUrl: recordApiPath(record),
      apiParam: recordApiParam(record),
      levels,
      ...(otherBody ? { otherBody } : {}),
      agencyIds:
        record.kind === 'published'
          ? [record.data.agency, ...(record.data.desks ?? [])]
          : record.data.agency
            ? [record.data.agency]
            : [],
    };
  };
  const entries = [...catalogue.records.map(toEntry).sort(byTitle), ...catalogue.national.map(toEntry).sort(byTitle)];
  assertUniqueUrls(entries);
  const byCode = new Map<string, Entry[]>();
  for (const entry of entries) {
    const code = entry.record.data.code;
    if (code) byCode.set(code, [...(byCode.get(code) ?? []), entry]);
  }
  return {
    catalogue,
    entries,
    byId: new Map(entries.map((e) => [e.record.id, e])),
    byCode,
    contentPath: options.contentPath,
    siteUrl: options.siteUrl.replace(/\/+$/, ''),
    lastChanged: options.lastChanged ?? new Map(),
  };
}

/** Two files whose names fold to the same ASCII path would overwrite each other's page. */
function assertUniqueUrls(entries: readonly Entry[]): void {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const e of entries) {
    const first = seen.get(e.url);
    if (first) clashes.push(`${e.url}: ${first} and ${e.record.file}`);
    else seen.set(e.url, e.record.file);
  }
  if (clashes.length > 0) {
    throw new Error(
      `Two records would be published at the same URL; rename one of each pair:\n  ${clashes.join('\n  ')}`,
    );
  }
}

export const published = (entries: readonly Entry[]) => entries.filter((e) => e.record.kind === 'published');
export const national = (entries: readonly Entry[]) => entries.filter((e) => e.record.kind === 'national');

export function entriesForSector(model: SiteModel, sectorId: string): Entry[] {
  return model.entries.filter((e) => e.record.data.sector === sectorId);
}

/** The level's list; at commune level, what the commune People's Committee and its centre handle. */
export function entriesForLevel(model: SiteModel, level: string): Entry[] {
  return model.entries.filter((e) => e.levels.includes(level) && (level !== 'xa' || e.otherBody === undefined));
}

/** Commune-level national records another body handles, by body, in the order of OTHER_BODY_KINDS. */
export function otherBodiesAtCommune(model: SiteModel): Map<OtherBodyKind, Entry[]> {
  const out = new Map<OtherBodyKind, Entry[]>();
  for (const kind of OTHER_BODY_KINDS) {
    const list = model.entries.filter((e) => e.otherBody === kind);
    if (list.length > 0) out.set(kind, list);
  }
  return out;
}

export function entriesForAgency(model: SiteModel, agencyId: string): Entry[] {
  return model.entries.filter((e) => e.agencyIds.includes(agencyId));
}

export function entriesForLifeEvent(model: SiteModel, eventId: string): Entry[] {
  return model.entries.filter((e) => e.record.data.life_events?.includes(eventId));
}

/** A level whose `until` date has passed no longer takes dossiers (the district level ended on 2025-07-01). */
export function levelEnded(model: SiteModel, level: string, today: string): boolean {
  const until = model.catalogue.levels.find((l) => l.id === level)?.until;
  return until !== undefined && until <= today;
}

/**
 * The province's published records that apply to one commune ("where I live"):
 * province-level records, and commune-level ones for every commune or naming this
 * one. When a procedure has a version of its own for the commune, that version
 * replaces the general one.
 */
export function entriesForLocality(model: SiteModel, locality: Locality, today: string): Entry[] {
  const applies = (e: Entry): 'own' | 'general' | undefined => {
    if (e.record.kind !== 'published') return undefined;
    const { level, localities } = e.record.data;
    if (levelEnded(model, level, today)) return undefined;
    const here = [locality.id, locality.parent].filter((x): x is string => x !== undefined);
    if (localities) return localities.some((l) => here.includes(l)) ? 'own' : undefined;
    if (level === 'tinh') return 'general';
    if (level === 'xa' && locality.kind === 'commune') return 'general';
    if (level === 'huyen' && locality.parent !== undefined) return 'general';
    return undefined;
  };
  const matches = model.entries.map((e) => ({ e, how: applies(e) })).filter((m) => m.how !== undefined);
  const ownCodes = new Set(
    matches.filter((m) => m.how === 'own').map((m) => `${m.e.levels[0]}:${m.e.record.data.code ?? m.e.record.id}`),
  );
  return matches
    .filter((m) => m.how === 'own' || !ownCodes.has(`${m.e.levels[0]}:${m.e.record.data.code ?? m.e.record.id}`))
    .map((m) => m.e);
}

/**
 * Where a resident of the commune files: the offices that receive dossiers (one-stop desks, the desks records
 * name, and the agencies of records that name no desk, such as the commune police), the commune's own (and those
 * that serve it, such as a land registration branch: agencies.yaml `serves`) first,
 * then those present in every commune, then the province's; at each level the one-stop desks first.
 */
export function desksForLocality(model: SiteModel, locality: Locality, today: string): Agency[] {
  const receiving = new Set<string>();
  for (const r of model.catalogue.records) {
    for (const id of r.data.desks?.length ? r.data.desks : [r.data.agency]) receiving.add(id);
  }
  const agencies = [...model.catalogue.agencies.entries()]
    .filter(([id, a]) => (a.until === undefined || a.until > today) && (a.one_stop === true || receiving.has(id)))
    .map(([, a]) => a);
  const here = [locality.id, ...(locality.parent !== undefined ? [locality.parent] : [])];
  const own = agencies.filter(
    (a) => (a.locality !== undefined && here.includes(a.locality)) || a.serves?.some((id) => here.includes(id)),
  );
  // One-stop desks first: they take every procedure of their level.
  const general = (level: string) =>
    agencies
      .filter((a) => a.locality === undefined && a.serves === undefined && a.level === level)
      .sort((a, b) => Number(b.one_stop === true) - Number(a.one_stop === true));
  return [...own, ...general('xa'), ...general('tinh')];
}

/** A commune's list: what the commune handles, national records included, and the province's records there. */
export interface CommuneProcedures {
  /** Commune-level procedures: the province's records (its own version first) and national records of none. */
  commune: Entry[];
  /** Province-level records of the province that apply to the commune. */
  province: Entry[];
}

/**
 * Everything a commune's resident can find on its page. National records at commune level are those the commune
 * People's Committee and its centre handle (customs, tax, police... are listed under their bodies, see
 * entriesForLevel); one the province has published a version of is replaced by that version.
 */
export function proceduresForCommune(model: SiteModel, locality: Locality, today: string): CommuneProcedures {
  const local = entriesForLocality(model, locality, today);
  const published = local.filter((e) => e.levels[0] === 'xa');
  const codes = new Set(published.map((e) => e.record.data.code).filter((c): c is string => c !== undefined));
  const nationalAtCommune = national(entriesForLevel(model, 'xa')).filter((e) => !codes.has(e.record.data.code!));
  return {
    commune: [...published, ...nationalAtCommune],
    province: local.filter((e) => e.levels[0] !== 'xa'),
  };
}

/** Entries grouped by sector, groups in the order of their names, entries keeping their order. */
export function groupBySector(
  model: SiteModel,
  entries: readonly Entry[],
): { id: string; name: string; entries: Entry[] }[] {
  const groups = new Map<string, Entry[]>();
  for (const e of entries) groups.set(e.record.data.sector, [...(groups.get(e.record.data.sector) ?? []), e]);
  return [...groups.entries()]
    .map(([id, list]) => ({ id, name: model.catalogue.sectors.get(id)?.name ?? id, entries: list }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The communes of today whose former units include one of this name ("Phường Tân Phong" -> Phường Trấn Biên). */
export function successorsOf(model: SiteModel, name: string, today: string): Locality[] {
  const key = foldForSearch(name);
  return currentCommunes(model, today).filter((c) =>
    (c.formerly ?? []).some((f) => foldForSearch(f.name) === key || foldForSearch(withoutQualifier(f.name)) === key),
  );
}

/** "Xã Tân Thành (thành phố Đồng Xoài)" -> "Xã Tân Thành": the list's qualifier tells apart units of one name. */
export function withoutQualifier(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '');
}

export function currentCommunes(model: SiteModel, today: string): Locality[] {
  return [...model.catalogue.localities.values()].filter(
    (l) => l.kind === 'commune' && (l.until === undefined || l.until > today),
  );
}

/** Every former unit's name with the commune it is part of today, in alphabetical order. */
export function formerNames(model: SiteModel, today: string): { name: string; current: Locality }[] {
  return currentCommunes(model, today)
    .flatMap((current) => (current.formerly ?? []).map((f) => ({ name: f.name, current })))
    .sort((a, b) => collator.compare(bareName(a.name), bareName(b.name)) || collator.compare(a.name, b.name));
}

/** "Phường Tân Phú" -> "Tân Phú": an alphabetical list of names reads by the name, not by the kind of unit. */
function bareName(name: string): string {
  return name.replace(/^(?:phường|xã|thị trấn)\s+/iu, '');
}
