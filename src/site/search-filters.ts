/** Pagefind filters of a procedure page: level, sector, agency, online availability, and whose version it is. */
import { LEVEL_LABELS, ONLINE_LABELS } from './labels.ts';
import type { Entry, SiteModel } from './model.ts';

export const FILTER_NAMES = {
  level: 'Cấp',
  sector: 'Lĩnh vực',
  agency: 'Cơ quan',
  online: 'Nộp trực tuyến',
  source: 'Nguồn',
} as const;

/** [filter name, value] pairs; a name may repeat (a national record at several levels). */
export function searchFilters(model: SiteModel, entry: Entry): [string, string][] {
  const { catalogue } = model;
  const data = entry.record.data;
  const out: [string, string][] = entry.levels.map((l) => [
    FILTER_NAMES.level,
    catalogue.levels.find((x) => x.id === l)?.name ?? LEVEL_LABELS[l] ?? l,
  ]);
  const sector = catalogue.sectors.get(data.sector);
  if (sector) out.push([FILTER_NAMES.sector, sector.name]);
  const agency = data.agency ? catalogue.agencies.get(data.agency)?.name : undefined;
  const agencyText = agency ?? (entry.record.kind === 'national' ? entry.record.data.agency_text : undefined);
  if (agencyText) out.push([FILTER_NAMES.agency, agencyText]);
  out.push([FILTER_NAMES.online, ONLINE_LABELS[data.channels.online]]);
  out.push([
    FILTER_NAMES.source,
    entry.record.kind === 'published' ? `Tỉnh ${catalogue.site.province.name}` : 'Bản quốc gia',
  ]);
  return out;
}
