/**
 * Builds small content directories for review tests: defaults that load without problems and trigger no
 * rule, overridden per test. Records are written as real files and read through loadContent, so the review
 * sees exactly what it sees in production (parsed times, NFC text...).
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { expect } from 'vitest';
import type { Catalogue } from '../../../src/core/catalogue/types.ts';
import { loadContent } from '../../../src/core/load/load-content.ts';
import type { RawFinding, Rule } from '../../../src/core/review/finding.ts';
import { reviewViews } from '../../../src/core/review/views.ts';

export const TODAY = '2026-11-30';

type Fields = Record<string, unknown>;

export interface ContentSpec {
  site?: Fields;
  documents?: Fields[];
  legal?: Fields[];
  agencies?: Fields[];
  localities?: Fields;
  decisions?: Fields[];
  /** Published records by id ("xa/khai-sinh"); fields override `publishedDefaults`. */
  records?: Record<string, Fields>;
  /** National records by code; fields override `nationalDefaults`. */
  national?: Record<string, Fields>;
}

export const publishedDefaults = (level: string): Fields => ({
  code: '1.001193',
  title: 'Đăng ký khai sinh',
  level,
  sector: 'ho-tich',
  agency: 'ubnd-xa',
  subjects: ['Cá nhân'],
  processing_time: { value: 3, unit: 'working_days' },
  fees: [],
  documents: [{ name: 'Tờ khai đăng ký khai sinh', doc: 'to-khai-khai-sinh', form: 'original' }],
  steps: ['Nộp hồ sơ tại Bộ phận Một cửa.'],
  channels: { in_person: true, postal: true, online: 'full' },
  result: 'Giấy khai sinh',
  legal_basis: ['luat-ho-tich-2014'],
  reviewed_at: '2026-10-01',
  demo: true,
  provenance: { kind: 'demo', basis: 'Dữ liệu kiểm thử.' },
});

export const nationalDefaults = (code: string): Fields => ({
  code,
  title: 'Đăng ký khai sinh',
  levels: ['xa'],
  sector: 'ho-tich',
  agency_text: 'Ủy ban nhân dân cấp xã',
  subjects: ['Công dân Việt Nam'],
  processing_time: { value: 3, unit: 'working_days' },
  fees: [],
  documents: [{ name: 'Tờ khai đăng ký khai sinh', form: 'original' }],
  steps: ['Nộp hồ sơ.'],
  channels: { in_person: true, postal: true, online: 'full' },
  result: 'Giấy khai sinh',
  legal_basis: ['luat-ho-tich-2014'],
  sources: [{ title: 'Cơ sở dữ liệu quốc gia về thủ tục hành chính', url: 'https://dichvucong.gov.vn' }],
  demo: true,
});

const SITE: Fields = {
  province: { id: 'dong-nai', name: 'Đồng Nai' },
  title: 'Thủ tục hành chính (dữ liệu thử)',
  hotline: '1022',
  portals: { national: 'https://dichvucong.gov.vn' },
  levels: ['tinh', { id: 'huyen', name: 'Cấp huyện', until: '2025-07-01' }, 'xa'],
};

const DOCUMENTS: Fields[] = [
  {
    id: 'so-ho-khau',
    name: 'Sổ hộ khẩu',
    aliases: ['Hộ khẩu'],
    obsolete: { since: '2023-01-01', basis: 'luat-cu-tru-2020' },
  },
  { id: 'so-tam-tru', name: 'Sổ tạm trú', obsolete: { since: '2023-01-01', basis: 'luat-cu-tru-2020' } },
  { id: 'chung-minh-nhan-dan', name: 'Chứng minh nhân dân', aliases: ['CMND'], obsolete: { since: '2025-01-01' } },
  { id: 'can-cuoc', name: 'Thẻ căn cước', aliases: ['Căn cước công dân', 'CCCD'], held_by_state: true },
  { id: 'giay-khai-sinh', name: 'Giấy khai sinh', aliases: ['Trích lục khai sinh'], held_by_state: true },
  { id: 'trich-luc-khai-tu', name: 'Trích lục khai tử', aliases: ['Giấy chứng tử'], held_by_state: true },
  { id: 'to-khai-khai-sinh', name: 'Tờ khai đăng ký khai sinh' },
  { id: 'giay-chung-sinh', name: 'Giấy chứng sinh' },
  { id: 'giay-to-tuy-than', name: 'Giấy tờ tùy thân', aliases: ['Hộ chiếu'] },
  { id: 'van-ban-uy-quyen', name: 'Văn bản ủy quyền' },
];

const LEGAL: Fields[] = [
  { id: 'luat-ho-tich-2014', number: '60/2014/QH13', title: 'Luật Hộ tịch', status: 'in_force' },
  { id: 'luat-cu-tru-2020', number: '68/2020/QH14', title: 'Luật Cư trú', status: 'in_force' },
  {
    id: 'nd-123-2015',
    number: '123/2015/NĐ-CP',
    title: 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch',
    status: 'amended',
  },
  {
    id: 'nd-104-2022',
    number: '104/2022/NĐ-CP',
    title:
      'Nghị định sửa đổi, bổ sung một số điều của các Nghị định liên quan đến việc nộp, xuất trình sổ hộ khẩu, sổ tạm trú giấy khi thực hiện thủ tục hành chính, cung cấp dịch vụ công',
    status: 'in_force',
  },
];

const AGENCIES: Fields[] = [
  { id: 'ubnd-xa', name: 'Ủy ban nhân dân xã, phường', level: 'xa', address: 'Trụ sở UBND xã', phone: '02513000000' },
  { id: 'so-tu-phap', name: 'Sở Tư pháp', level: 'tinh', address: 'Trụ sở Sở Tư pháp', phone: '02513000001' },
];

const LOCALITIES: Fields = {
  province: { id: 'dong-nai', name: 'Tỉnh Đồng Nai' },
  districts: [
    {
      id: 'bien-hoa',
      name: 'Thành phố Biên Hòa',
      until: '2025-07-01',
      communes: [{ id: 'tan-phong', name: 'Phường Tân Phong', until: '2025-07-01' }],
    },
  ],
  communes: [
    { id: 'tran-bien', name: 'Phường Trấn Biên', since: '2025-07-01' },
    { id: 'phuoc-binh', name: 'Phường Phước Bình', since: '2025-07-01' },
  ],
};

async function put(root: string, file: string, text: string) {
  await mkdir(dirname(join(root, file)), { recursive: true });
  await writeFile(join(root, file), text, 'utf8');
}

/** A record file: `body` (when given) is its Markdown body, every other field its front matter. */
const markdown = ({ body, ...fields }: Fields) =>
  `---\n${stringify(fields, { lineWidth: 0 })}---\n${typeof body === 'string' ? body : 'Hướng dẫn.\n'}`;

/** Writes a content directory; the caller removes it. */
export async function writeContent(spec: ContentSpec, root?: string): Promise<string> {
  const dir = root ?? (await mkdtemp(join(tmpdir(), 'tthc-review-')));
  await put(dir, 'site.yaml', stringify({ ...SITE, ...spec.site }));
  await put(dir, 'sectors.yaml', stringify([{ id: 'ho-tich', name: 'Hộ tịch' }]));
  await put(dir, 'documents.yaml', stringify(spec.documents ?? DOCUMENTS));
  await put(dir, 'legal.yaml', stringify(spec.legal ?? LEGAL));
  await put(dir, 'agencies.yaml', stringify(spec.agencies ?? AGENCIES));
  await put(dir, 'localities.yaml', stringify(spec.localities ?? LOCALITIES));
  await put(dir, 'review/decisions.yaml', stringify(spec.decisions ?? []));
  for (const [id, fields] of Object.entries(spec.records ?? {})) {
    const level = id.split('/')[0]!;
    const merged = Object.fromEntries(
      Object.entries({ ...publishedDefaults(level), ...fields }).filter(([, v]) => v !== undefined),
    );
    await put(dir, `procedures/${id}.md`, markdown(merged));
  }
  for (const [code, fields] of Object.entries(spec.national ?? {})) {
    const merged = Object.fromEntries(
      Object.entries({ ...nationalDefaults(code), ...fields }).filter(([, v]) => v !== undefined),
    );
    await put(dir, `national/${code}.md`, markdown(merged));
  }
  return dir;
}

/** Writes, loads (asserting the content is valid) and removes a content directory. */
export async function catalogueOf(spec: ContentSpec): Promise<Catalogue> {
  const dir = await writeContent(spec);
  try {
    const { catalogue, problems } = await loadContent(dir);
    expect(problems).toEqual([]);
    return catalogue;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs one rule on the content a spec describes. */
export async function runRule<E>(rule: Rule<string, E>, spec: ContentSpec, today = TODAY): Promise<RawFinding<E>[]> {
  const catalogue = await catalogueOf(spec);
  return rule.run({ catalogue, today }, reviewViews(catalogue).groups);
}

/** [records, subject?] of each finding, for compact assertions. */
export const which = (findings: readonly RawFinding[]) => findings.map((f) => f.records.join(' '));
