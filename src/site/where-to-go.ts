/**
 * Where a citizen submits a procedure, and the procedure's own page on the national portal (for filing online
 * and for its forms).
 *
 * Since 2025-07-01 there are two local levels, the province and the commune. A published record names its
 * desks (else its deciding agency); a national record names its implementing bodies in words (`agency_text`),
 * which are read with the one rule of core/catalogue/serving-bodies.ts and matched to the agencies of
 * agencies.yaml classified by the same rule: the commune People's Committee's procedures go to the commune's
 * one-stop centre, the province's and its departments' to the provincial centre, the police's to the police
 * of the level named, the land registration office's to that office and its branches. Bodies agencies.yaml
 * does not hold (tax, customs, social insurance...) are named as written, with no address.
 */
import { bodyKinds, policeLevels } from '../core/catalogue/serving-bodies.ts';
import type { Agency } from '../core/schema/agencies.ts';
import type { Entry, SiteModel } from './model.ts';
import { agencyPath } from './urls.ts';

export interface PlaceView {
  name: string;
  url?: string;
  address?: string;
  phone?: string;
  hours?: string;
  /** One such office in every commune (the commune's centre, its police): the reader goes to their commune's. */
  perCommune?: boolean;
  /** Neither an address nor a phone number nor hours is known. */
  unknownContact?: boolean;
}

export interface WhereView {
  places: PlaceView[];
  /** Who decides, when different from where to submit. */
  decidedBy?: PlaceView;
  /** A national record's implementing bodies as written, when the places were read from them. */
  asWritten?: string;
  /** The record (or the national record of its code) says a dossier is taken anywhere in the country. */
  anywhere?: boolean;
}

export function placeOf(agency: Agency, id: string): PlaceView {
  const known = agency.address || agency.phone || agency.hours;
  return {
    name: agency.name,
    url: agencyPath(id),
    ...(agency.address ? { address: agency.address } : {}),
    ...(agency.phone ? { phone: agency.phone } : {}),
    ...(agency.hours ? { hours: agency.hours } : {}),
    ...(agency.level === 'xa' && !agency.locality ? { perCommune: true } : {}),
    ...(known ? {} : { unknownContact: true }),
  };
}

export function whereToGo(model: SiteModel, entry: Entry): WhereView {
  const where = placesOf(model, entry);
  return filedAnywhere(model, entry) ? { ...where, anywhere: true } : where;
}

// The national database's own words for a procedure taken at any commune police post or one-stop desk of the
// country (căn cước, 1.014061...): "... cấp xã trong cả nước không phụ thuộc vào nơi cư trú".
const ANYWHERE = /trong cả nước,? không phụ thuộc (?:vào )?nơi cư trú/iu;

/** True when the record's steps or guidance, or those of the national record of its code, say ANYWHERE. */
export function filedAnywhere(model: SiteModel, entry: Entry): boolean {
  const code = entry.record.data.code;
  const sameCode = code ? (model.byCode.get(code) ?? []).filter((e) => e.record.kind === 'national') : [];
  return [entry, ...sameCode].some((e) => [...e.record.data.steps, e.record.body].some((t) => ANYWHERE.test(t)));
}

function placesOf(model: SiteModel, entry: Entry): WhereView {
  const { agencies } = model.catalogue;
  const place = (id: string): PlaceView => {
    const agency = agencies.get(id);
    return agency ? placeOf(agency, id) : { name: id, unknownContact: true };
  };
  const record = entry.record;
  if (record.kind === 'published') {
    const desks = record.data.desks ?? [];
    if (desks.length === 0) return { places: [place(record.data.agency)] };
    return { places: desks.map(place), decidedBy: place(record.data.agency) };
  }
  if (record.data.agency) return { places: [place(record.data.agency)] };
  const text = record.data.agency_text?.trim();
  if (!text) return { places: [] };
  const ids = agenciesForText(model, text);
  if (ids.length === 0) return { places: [{ name: text, unknownContact: true }] };
  return { places: ids.map(place), asWritten: text };
}

/** The agencies of agencies.yaml where the bodies a national text names receive dossiers, in its order. */
function agenciesForText(model: SiteModel, text: string): string[] {
  // Offices of one commune or serving some communes are named on those communes' pages, not on every procedure's.
  const general = [...model.catalogue.agencies.entries()].filter(
    ([, a]) => !a.locality && !a.serves && a.until === undefined,
  );
  const police = policeLevels(text);
  const matching = (kind: string, test: (a: Agency) => boolean) =>
    general.filter(([, a]) => test(a) && (kind === '' || bodyKinds(a.name).includes(kind as never)));
  const out: string[] = [];
  for (const kind of bodyKinds(text)) {
    const found =
      kind === 'ubnd-xa'
        ? matching('', (a) => a.one_stop === true && a.level === 'xa')
        : kind === 'ubnd-tinh' || kind === 'so-nganh'
          ? matching('', (a) => a.one_stop === true && a.level === 'tinh')
          : kind === 'cong-an'
            ? matching('cong-an', (a) => a.level !== undefined && (police as string[]).includes(a.level))
            : kind === 'dang-ky-dat-dai'
              ? matching('dang-ky-dat-dai', () => true)
              : [];
    for (const [id] of found) if (!out.includes(id)) out.push(id);
  }
  return out;
}

/** The national portal's page of one procedure: `https://dichvucong.gov.vn/thu-tuc-hanh-chinh/<id>`. */
export function isPortalProcedurePage(url: string, nationalPortal: string): boolean {
  const u = safeUrl(url);
  const portal = safeUrl(nationalPortal);
  return (
    u !== undefined && portal !== undefined && u.host === portal.host && /^\/thu-tuc-hanh-chinh\/[^/]+/.test(u.pathname)
  );
}

/** A portal's home page says nothing about the procedure: never offered as its link. */
export function isHomePage(url: string): boolean {
  const u = safeUrl(url);
  return u === undefined || ((u.pathname === '/' || u.pathname === '') && u.search === '' && u.hash === '');
}

function safeUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * The procedure's page on the national portal: from the record's sources, else from the sources of the
 * national record of the same code (a province record carrying a national code is the same procedure there).
 */
export function portalPage(model: SiteModel, entry: Entry): string | undefined {
  const code = entry.record.data.code;
  const sameCode = code ? (model.byCode.get(code) ?? []).filter((e) => e.record.kind === 'national') : [];
  const portal = model.catalogue.site.portals.national;
  for (const e of [entry, ...sameCode]) {
    const found = (e.record.data.sources ?? []).find((s) => s.url && isPortalProcedurePage(s.url, portal));
    if (found?.url) return found.url;
  }
  return undefined;
}

/** Where to file online: the record's own link unless it is a home page, else the procedure's portal page. */
export function onlineUrl(model: SiteModel, entry: Entry): string | undefined {
  if (entry.record.data.channels.online === 'none') return undefined;
  const own = entry.record.data.channels.online_url;
  return own && !isHomePage(own) ? own : portalPage(model, entry);
}

/** A form as the national database lists it is a file name: "Mẫu DC02 Phiếu đề nghị.doc" reads "Mẫu DC02 Phiếu đề nghị". */
export function formName(name: string): string {
  return name.replace(/\.(docx?|pdf|xlsx?|odt|rtf)$/i, '').trim() || name;
}
