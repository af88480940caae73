/**
 * A plain comparison of the versions of one procedure (same national code):
 * the province's versions at each level or locality, and the national record.
 * It reuses the review's normalised views, so the page and the review agree:
 * the general (in-person) channel's time and fees (effective-channels.ts), and
 * the alignment of documents across versions (views.ts / align-documents.ts),
 * where the same document reworded counts as the same.
 */
import { generalChannel } from '../core/review/effective-channels.ts';
import { acceptedForms } from '../core/documents/forms.ts';
import { reviewViews } from '../core/review/views.ts';
import { DOCUMENT_FORM_LABELS, LEVEL_LABELS, ONLINE_LABELS, joinVi } from './labels.ts';
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
  const documents = slots.flatMap((slot): DocumentDifference[] => {
    const cells = group.map((e) => {
      const asked = slot.byRecord.get(e.record.id);
      if (!asked) return NOT_REQUIRED;
      const forms = [...new Set(asked.flatMap((r) => acceptedForms(r)))];
      return joinVi(
        forms.map((f) => DOCUMENT_FORM_LABELS[f]),
        'hoặc',
      );
    });
    return new Set(cells).size > 1 ? [{ name: slot.name, cells }] : [];
  });
  return { rows, differs, documents };
}
