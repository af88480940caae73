/**
 * The catalogue as open data (docs/site.md documents these shapes):
 * /api/procedures.json lists every record; /api/thu-tuc/<id>.json holds one record.
 */
import type { Entry, SiteModel } from './model.ts';
import { onlineUrl } from './where-to-go.ts';

export interface ProcedureListItem {
  id: string;
  kind: 'published' | 'national';
  code: string | null;
  title: string;
  /** Published record: its level. */
  level?: string;
  /** National record: its levels. */
  levels?: string[];
  /** Published record: where it applies; [] = every unit at its level. */
  localities?: string[];
  url: string;
  api_url: string;
}

export function procedureList(model: SiteModel): { count: number; procedures: ProcedureListItem[] } {
  const procedures = model.entries.map((e): ProcedureListItem => {
    const r = e.record;
    const common = { id: r.id, kind: r.kind, code: r.data.code ?? null, title: r.data.title };
    const where =
      r.kind === 'published' ? { level: r.data.level, localities: r.data.localities ?? [] } : { levels: r.data.levels };
    return { ...common, ...where, url: e.url, api_url: e.apiUrl };
  });
  return { count: procedures.length, procedures };
}

/**
 * One record: its front matter as written (the content model), plus where it lives, its guidance for citizens and
 * its editors' notes apart (the text before and after `## Nguồn và ghi chú`), as the pages show them.
 */
export function procedureRecord(entry: Entry): Record<string, unknown> {
  const r = entry.record;
  return {
    id: r.id,
    kind: r.kind,
    url: entry.url,
    file: r.file,
    ...r.data,
    processing_working_days: r.time.kind === 'duration' ? r.time.workingDays : null,
    guidance: r.guidance,
    notes: r.notes,
  };
}

/** schema.org GovernmentService, so search engines can show the service's basics. */
export function governmentService(model: SiteModel, entry: Entry): Record<string, unknown> {
  const r = entry.record;
  const { catalogue } = model;
  const agencyName =
    r.kind === 'published'
      ? catalogue.agencies.get(r.data.agency)?.name
      : r.data.agency
        ? catalogue.agencies.get(r.data.agency)?.name
        : r.data.agency_text;
  const online = onlineUrl(model, entry);
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: r.data.title,
    url: `${model.siteUrl}${entry.url}`,
    ...(r.data.code ? { identifier: r.data.code } : {}),
    ...(agencyName ? { provider: { '@type': 'GovernmentOrganization', name: agencyName } } : {}),
    areaServed: { '@type': 'AdministrativeArea', name: catalogue.site.province.name },
    audience: { '@type': 'Audience', audienceType: r.data.subjects.join(', ') },
    ...(online ? { availableChannel: { '@type': 'ServiceChannel', serviceUrl: online } } : {}),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so no text can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** sitemap.xml over the given root-relative paths. */
export function sitemapXml(origin: string, paths: readonly string[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const urls = paths.map((p) => `  <url><loc>${esc(origin + p)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}
