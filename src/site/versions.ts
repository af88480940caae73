/**
 * A plain comparison of the versions of one procedure (same national code):
 * the province's versions at each level or locality, and the national record.
 * Only what a citizen can weigh is compared: time, fees, number of documents,
 * online availability. The review engine's finer alignment of documents is
 * its own report.
 */
import { LEVEL_LABELS, ONLINE_LABELS, joinVi } from './labels.ts';
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

export interface VersionComparison {
  rows: VersionRow[];
  /** Column names whose values are not the same in every version; empty when they agree. */
  differs: string[];
}

const COLUMNS = [
  ['time', 'thời hạn giải quyết'],
  ['fees', 'phí, lệ phí'],
  ['documents', 'số giấy tờ phải nộp'],
  ['online', 'nộp trực tuyến'],
] as const;

export function versionLabel(model: SiteModel, entry: Entry): string {
  const record = entry.record;
  if (record.kind === 'national') return 'Bản quốc gia';
  const level = model.catalogue.levels.find((l) => l.id === record.data.level)?.name ?? LEVEL_LABELS[record.data.level] ?? record.data.level;
  const places = (record.data.localities ?? []).map((id) => model.catalogue.localities.get(id)?.name ?? id);
  return places.length > 0 ? `${level} – ${joinVi(places)}` : level;
}

export function compareVersions(model: SiteModel, current: Entry, group: readonly Entry[]): VersionComparison {
  const rows = group.map((e): VersionRow => ({
    label: versionLabel(model, e),
    url: e.url,
    current: e === current,
    time: timeView(e.record.time).text,
    fees: feeSummary(e.record.data.fees),
    documents: e.record.data.documents.length,
    online: ONLINE_LABELS[e.record.data.channels.online],
  }));
  const differs = COLUMNS.filter(([key]) => new Set(rows.map((r) => r[key])).size > 1).map(([, name]) => name);
  return { rows, differs };
}
