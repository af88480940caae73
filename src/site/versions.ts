/**
 * A plain comparison of the versions of one procedure (same national code):
 * the province's versions at each level or locality, and the national record.
 * It reuses the review's normalised views, so the page and the review agree:
 * the general (in-person) channel's time and fees (effective-channels.ts), and
 * the alignment of documents across versions (views.ts / align-documents.ts),
 * where the same document reworded counts as the same. Only papers are compared: rows of the national text that
 * name none (a clause cut off, a rule) or open with a case are left to each version's checklist.
 */
import { generalChannel } from '../core/review/effective-channels.ts';
import { acceptedForms } from '../core/documents/forms.ts';
import { reviewViews } from '../core/review/views.ts';
import { DOCUMENT_FORM_LABELS, LEVEL_LABELS, ONLINE_LABELS, joinVi, localVersionLabel } from './labels.ts';
import type { Entry, SiteModel } from './model.ts';
import { feeSummary, timeView } from './time-and-fees.ts';

export interface VersionRow {
  label: string;
  url: string;
  current: boolean;
  time: string;
  fees: string;
  documents: number;
  online: string;
}

/** A document that not every version asks for, or asks for in another form. */
export interface DocumentDifference {
  name: string;
  /** One cell per row of `rows`: the accepted forms, or "Không yêu cầu". */
  cells: string[];
}

export interface VersionComparison {
  rows: VersionRow[];
  /** Column names whose values are not the same in every version; empty when they agree. */
  differs: string[];
  documents: DocumentDifference[];
}

const COLUMNS = [
  ['time', 'thời hạn giải quyết'],
  ['fees', 'phí, lệ phí'],
  ['documents', 'số giấy tờ phải nộp'],
  ['online', 'nộp trực tuyến'],
] as const;

export const NOT_REQUIRED = 'Không yêu cầu';

export function versionLabel(model: SiteModel, entry: Entry): string {
  const record = entry.record;
  if (record.kind === 'national') return 'Bản quốc gia';
  const level =
    model.catalogue.levels.find((l) => l.id === record.data.level)?.name ??
    LEVEL_LABELS[record.data.level] ??
    record.data.level;
  const places = (record.data.localities ?? []).map((id) => model.catalogue.localities.get(id)?.name ?? id);
  return places.length > 0 ? `${level} – ${joinVi(places)}` : level;
}

/**
 * The comparison a version's page shows. Every page of a group shows the same table, so it is computed once per
 * group (a commune-level code can have a version per commune: per page it would grow with the square of the group).
 */
export function compareVersions(model: SiteModel, current: Entry, group: readonly Entry[]): VersionComparison {
  let shared = byGroup.get(group);
  if (!shared) {
    shared = groupComparison(model, group);
    byGroup.set(group, shared);
  }
  return { ...shared, rows: shared.rows.map((row, i) => (group[i] === current ? { ...row, current: true } : row)) };
}

const CASE_RULE = /^(?:trong\s+trường\s+hợp|trường\s+hợp|đối\s+với|nếu|khi)(?![\p{L}\p{N}])/iu;

/** National rows run to a paragraph; a table cell on a phone shows the paper's name and the start of its detail. */
const NAME_CHARS = 160;
function clipName(name: string): string {
  // A row the portal's table cut mid-sentence ends on an opening bracket ("… Luật Xây dựng (").
  const whole = name.replace(/[\s,;:(–-]+$/u, '');
  if (whole.length <= NAME_CHARS) return whole;
  const cut = whole.lastIndexOf(' ', NAME_CHARS);
  return `${whole.slice(0, cut > 0 ? cut : NAME_CHARS).replace(/[\s,;:(–-]+$/u, '')} …`;
}

/** "(iv) Trường hợp …" -> "Trường hợp …": the marker numbers a clause of a legal text, not a paper. */
function withoutListMarker(name: string): string {
  return name.replace(/^\s*(?:\(?(?:[a-zđ]|\d{1,2}|[ivx]{1,4})\)|\d{1,2}\s*[.)-]|[-–•*+]+)\s*/iu, '');
}

const byGroup = new WeakMap<readonly Entry[], VersionComparison>();

function groupComparison(model: SiteModel, group: readonly Entry[]): VersionComparison {
  const rows = group.map((e): VersionRow => {
    const general = generalChannel(e.record);
    return {
      label: versionLabel(model, e),
      url: e.url,
      current: false,
      time: timeView(general.time).text,
      fees: feeSummary(general.fees),
      documents: e.record.data.documents.length,
      online: ONLINE_LABELS[e.record.data.channels.online],
    };
  });
  const differs = COLUMNS.filter(([key]) => new Set(rows.map((r) => r[key])).size > 1).map(([, name]) => name);
  const code = group[0]?.record.data.code;
  const slots = code ? reviewViews(model.catalogue).groupDocuments(code) : [];
  const identity = reviewViews(model.catalogue).documents;
  const documents = slots.flatMap((slot): DocumentDifference[] => {
    // The national database splits clauses and rules into rows ("(iv) Trường hợp …", "hoặc", "… thì phải có đầy
    // đủ chữ ký"): a slot that names no paper is no document, as the review's missing-document rule judges it.
    const paper = [...slot.byRecord.values()].flat().find((r) => identity.namesAPaper(r));
    // A row opening with a case ("Trường hợp ủy quyền cho tổ chức … phải có …") is a rule of the legal text: each
    // version's own checklist shows it with its case; the comparison lists papers.
    if (!paper || CASE_RULE.test(withoutListMarker(slot.name))) return [];
    const cells = group.map((e) => {
      // A version may ask for the paper inside another row ("… thì xuất trình giấy tờ chứng minh chỗ ở hợp pháp").
      const asked =
        slot.byRecord.get(e.record.id) ?? e.record.data.documents.filter((r) => identity.namedIn(paper, [r]));
      if (asked.length === 0) return NOT_REQUIRED;
      const forms = [...new Set(asked.flatMap((r) => acceptedForms(r)))];
      return joinVi(
        forms.map((f) => DOCUMENT_FORM_LABELS[f]),
        'hoặc',
      );
    });
    return new Set(cells).size > 1 ? [{ name: clipName(withoutListMarker(slot.name)), cells }] : [];
  });
  return { rows, differs, documents };
}

/** A province record limited to some localities, and the versions for everyone else. */
export interface LocalScope {
  /** "bản của Phường Phước Bình, chỉ áp dụng ở Phường Phước Bình". */
  label: string;
  /** The province-wide versions of the same code, else the national record; may be empty (no code). */
  elsewhere: { title: string; url: string; label: string }[];
}

/** The local scope of a record with `localities:`, undefined for a province-wide or national record. */
export function localScope(model: SiteModel, entry: Entry): LocalScope | undefined {
  const record = entry.record;
  if (record.kind !== 'published' || !record.data.localities?.length) return undefined;
  const places = record.data.localities.map((id) => model.catalogue.localities.get(id)?.name ?? id);
  const group = record.data.code ? (model.byCode.get(record.data.code) ?? []) : [];
  const wide = group.filter((e) => e.record.kind === 'published' && !e.record.data.localities?.length);
  const others = wide.length > 0 ? wide : group.filter((e) => e.record.kind === 'national');
  return {
    label: localVersionLabel(places),
    elsewhere: others.map((e) => ({ title: e.title, url: e.url, label: versionLabel(model, e) })),
  };
}
