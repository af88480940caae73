/**
 * URLs of the report pages (/bao-cao/). Like the citizen pages' URLs they depend only on ids (a national code,
 * a rule id, a sector, level or status id), never on titles.
 */
import { slugify } from '../../core/text/slug.ts';

export const REPORT_PATH = '/bao-cao/';
export const GROUPS_PATH = '/bao-cao/nhom/';
export const SECTORS_PATH = '/bao-cao/linh-vuc/';
export const DOWNLOADS_PATH = '/bao-cao/tai-ve/';

/** The facets findings are listed by, with their URL folder. */
export const FACETS = {
  scope: { folder: 'pham-vi', name: 'Phạm vi' },
  rule: { folder: 'quy-tac', name: 'Quy tắc' },
  sector: { folder: 'linh-vuc', name: 'Lĩnh vực' },
  level: { folder: 'cap', name: 'Cấp' },
  status: { folder: 'trang-thai', name: 'Trạng thái' },
} as const;
export type Facet = keyof typeof FACETS;

/** "1.000894" -> "1-000894", as the national record's page (/quoc-gia/1-000894/). */
export const groupSlug = (code: string) => slugify(code) || '-';
export const groupPath = (code: string) => `${GROUPS_PATH}${groupSlug(code)}/`;

/** "national" is the national database ("quoc-gia"); "fix_planned" becomes "fix-planned". */
export function facetSlug(facet: Facet, id: string): string {
  if (facet === 'level' && id === 'national') return 'quoc-gia';
  if (facet === 'scope') return id === 'national' ? 'du-lieu-quoc-gia' : 'ban-cong-bo-cua-tinh';
  return slugify(id) || '-';
}

export const facetPath = (facet: Facet, id: string) => `/bao-cao/${FACETS[facet].folder}/${facetSlug(facet, id)}/`;

/** Findings per list page: the open findings of a large catalogue run to tens of thousands (megabytes of HTML). */
export const FINDINGS_PER_PAGE = 100;

export const downloadPath = (file: string) => `${DOWNLOADS_PATH}${file}`;
