/**
 * The site's URL scheme. URLs are public and linked from elsewhere, so they
 * depend only on what identifies a record, never on its title:
 * - published record `xa/dang-ky-khai-sinh` -> /thu-tuc/xa/dang-ky-khai-sinh/
 *   (its path below procedures/, each segment made ASCII)
 * - national record of code 1.001193 -> /quoc-gia/1-001193/
 * - open data: /api/thu-tuc/<record id>.json (national ids are national/<code>)
 */
import type { AnyRecord } from '../core/catalogue/types.ts';
import { slugify } from '../core/text/slug.ts';

/** Record id -> ASCII path segments: ids are file paths, and editors may name files in Vietnamese. */
export function idSegments(id: string): string {
  return id
    .split('/')
    .map((segment) => slugify(segment, { maxLength: 120 }) || '-')
    .join('/');
}

export function recordPath(record: AnyRecord): string {
  return record.kind === 'national' ? `/quoc-gia/${slugify(record.data.code)}/` : `/thu-tuc/${idSegments(record.id)}/`;
}

/** Route parameter of the record's JSON under /api/thu-tuc/. */
export function recordApiParam(record: AnyRecord): string {
  return record.kind === 'national' ? `national/${record.data.code}` : idSegments(record.id);
}

export function recordApiPath(record: AnyRecord): string {
  return `/api/thu-tuc/${recordApiParam(record)}.json`;
}

export const sectorPath = (id: string) => `/linh-vuc/${id}/`;
export const levelPath = (id: string) => `/cap/${id}/`;
/** Commune-level procedures another body handles (customs, tax, police...): core/catalogue/serving-bodies.ts. */
export const communeBodyPath = (kind: string) => `/cap/xa/${kind}/`;
export const agencyPath = (id: string) => `/co-quan/${id}/`;
export const lifeEventPath = (id: string) => `/su-kien/${id}/`;
/** A life event's step-by-step guide (content/guides/<id>.mdx). */
export const guidePath = (id: string) => `/huong-dan/${id}/`;
export const localityPath = (id: string) => `/dia-phuong/${id}/`;
export const searchPath = (query?: string) => (query ? `/tim-kiem/?q=${encodeURIComponent(query)}` : '/tim-kiem/');

/**
 * "Edit this page" link: the record's file in the repository, GitHub/GitLab style
 * (`<repository>/edit/<branch>/<path>`). `contentPath` is the content directory
 * relative to the repository root; none when the content lives outside it.
 */
export function editUrl(
  repository: string | undefined,
  branch: string | undefined,
  contentPath: string | undefined,
  file: string,
): string | undefined {
  if (!repository || contentPath === undefined) return undefined;
  const path = [contentPath, file].filter((p) => p !== '' && p !== '.').join('/');
  return `${repository.replace(/\/+$/, '')}/edit/${branch ?? 'main'}/${path.split('/').map(encodeURIComponent).join('/')}`;
}
