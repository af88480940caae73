/** Every HTML page the site publishes, for sitemap.xml. */
import { otherBodiesAtCommune, type SiteModel } from './model.ts';
import { agencyPath, communeBodyPath, guidePath, levelPath, lifeEventPath, localityPath, sectorPath } from './urls.ts';

export const STATIC_PAGES = ['/', '/tim-kiem/', '/gioi-thieu/', '/linh-vuc/', '/co-quan/', '/dia-phuong/'] as const;

/** The localities that get a "where I live" page: communes (current and former) and former districts. */
export function localityPages(model: SiteModel) {
  return [...model.catalogue.localities.values()].filter((l) => l.kind !== 'province');
}

export function sitePaths(model: SiteModel): string[] {
  const c = model.catalogue;
  return [
    ...STATIC_PAGES,
    ...c.levels.map((l) => levelPath(l.id)),
    ...[...otherBodiesAtCommune(model).keys()].map(communeBodyPath),
    ...[...c.sectors.keys()].map(sectorPath),
    ...[...c.agencies.keys()].map(agencyPath),
    ...[...c.lifeEvents.keys()].map(lifeEventPath),
    ...[...(c.guides?.keys() ?? [])].map(guidePath),
    ...localityPages(model).map((l) => localityPath(l.id)),
    ...model.entries.map((e) => e.url),
  ];
}
