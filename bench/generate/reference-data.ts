/**
 * The vocabularies a generated catalogue refers to: site, localities, agencies, sectors, document types, legal
 * texts, life events. Real facts (the abolished sổ hộ khẩu, Decree 61/2018 superseded by 118/2025) are kept as
 * the project's own content/ states them; everything invented is marked: place names are drawn from common
 * Vietnamese place-name syllables, and invented legal texts carry numbers no real text has (9xx) and the words
 * "văn bản mẫu" in their title.
 */
import { slugify } from '../../src/core/text/slug.ts';
import type { Random } from './random.ts';
import { SECTORS, type SectorVocabulary } from './vocabulary.ts';
import { toYaml, toYamlList, type YamlMap } from './yaml-writer.ts';

export const REFORM_DATE = '2025-07-01';
export const COMMUNE_COUNT = 95;
const WARD_COUNT = 23;
const DISTRICT_COUNT = 11;
// The review asks every deciding agency for an address and a phone; sample values say what they are.
const SAMPLE_CONTACT = { address: 'Trụ sở cơ quan (địa chỉ mẫu)', phone: '(số điện thoại mẫu)' };

export interface Place {
  id: string;
  name: string;
}

export interface SectorReferences {
  sector: SectorVocabulary;
  /** Agency that decides at province level, and at commune level. */
  tinhAgency: string;
  xaAgency: string;
  laws: { current: string[]; superseded: string; national: { number: string; title: string } };
  lifeEvents: string[];
  /** documents.yaml id of each document name in the sector's vocabulary. */
  docIds: Map<string, string>;
}

export interface World {
  communes: Place[];
  districts: Place[];
  sectors: SectorReferences[];
  /** Shared documents with facts the review checks. */
  docs: {
    identity: string;
    residence: string;
    birth: string;
    householdBook: string;
    authorisation: string;
    photo: string;
    cv: string;
  };
  files: { path: string; content: string }[];
}

const FIRST = [
  'An',
  'Bình',
  'Tân',
  'Phú',
  'Long',
  'Phước',
  'Xuân',
  'Hòa',
  'Thạnh',
  'Vĩnh',
  'Trảng',
  'Hưng',
  'Thuận',
  'Lộc',
  'Gia',
  'Đông',
  'Tây',
  'Bảo',
  'Định',
  'Cẩm',
  'Hiệp',
  'Thống',
  'Quang',
  'Nhơn',
];
const SECOND = [
  'Hòa',
  'Bình',
  'Phú',
  'Lợi',
  'Thành',
  'Lộc',
  'Hưng',
  'Phước',
  'An',
  'Long',
  'Tân',
  'Đông',
  'Thịnh',
  'Sơn',
  'Hiệp',
  'Mỹ',
  'Vinh',
  'Quang',
  'Trung',
  'Thủy',
  'Khánh',
  'Tiến',
];

const MINISTRY_AGENCY: Record<string, { id: string; name: string }> = {
  'bo-tu-phap': { id: 'so-tu-phap', name: 'Sở Tư pháp tỉnh Đồng Nai' },
  'bo-nong-nghiep-mt': { id: 'so-nong-nghiep-moi-truong', name: 'Sở Nông nghiệp và Môi trường tỉnh Đồng Nai' },
  'bo-xay-dung': { id: 'so-xay-dung', name: 'Sở Xây dựng tỉnh Đồng Nai' },
  'bo-tai-chinh': { id: 'so-tai-chinh', name: 'Sở Tài chính tỉnh Đồng Nai' },
  'bo-cong-an': { id: 'cong-an-tinh', name: 'Công an tỉnh Đồng Nai' },
};
const MINISTRY_ABBR: Record<string, string> = {
  'bo-tu-phap': 'BTP',
  'bo-nong-nghiep-mt': 'BNNMT',
  'bo-xay-dung': 'BXD',
  'bo-tai-chinh': 'BTC',
  'bo-cong-an': 'BCA',
};

const LIFE_EVENTS: { id: string; name: string; sectors: string[] }[] = [
  { id: 'sinh-con', name: 'Sinh con', sectors: ['ho-tich'] },
  { id: 'ket-hon', name: 'Kết hôn', sectors: ['ho-tich'] },
  { id: 'qua-doi', name: 'Có người thân qua đời', sectors: ['ho-tich'] },
  { id: 'cu-tru', name: 'Chuyển nơi ở', sectors: ['cu-tru'] },
  { id: 'xay-nha', name: 'Xây nhà', sectors: ['hoat-dong-xay-dung', 'nha-o'] },
  { id: 'mo-doanh-nghiep', name: 'Mở doanh nghiệp, hợp tác xã', sectors: ['doanh-nghiep', 'hop-tac-xa'] },
  { id: 'dat-dai', name: 'Nhà đất', sectors: ['dat-dai'] },
  { id: 'nuoi-con-nuoi', name: 'Nhận con nuôi', sectors: ['nuoi-con-nuoi'] },
  { id: 'giay-to-ca-nhan', name: 'Sao y và chứng thực giấy tờ', sectors: ['chung-thuc'] },
  {
    id: 'san-xuat-nong-nghiep',
    name: 'Sản xuất nông, lâm nghiệp',
    sectors: ['chan-nuoi', 'thu-y', 'thuy-san', 'lam-nghiep'],
  },
];

/** Place names: unique, deterministic for the seed. */
function placeNames(rng: Random, count: number, used: Set<string>): string[] {
  const names: string[] = [];
  const pairs = rng.shuffle(FIRST.flatMap((a) => SECOND.filter((b) => b !== a).map((b) => `${a} ${b}`)));
  for (const pair of pairs) {
    if (names.length === count) break;
    const key = slugify(pair);
    if (used.has(key)) continue;
    used.add(key);
    names.push(pair);
  }
  return names;
}

function buildLocalities(rng: Random) {
  const used = new Set<string>();
  const communeNames = placeNames(rng, COMMUNE_COUNT, used);
  const communes: Place[] = communeNames.map((n, i) => {
    const name = `${i < WARD_COUNT ? 'Phường' : 'Xã'} ${n}`;
    return { id: slugify(name), name };
  });
  const districtNames = placeNames(rng, DISTRICT_COUNT, used);
  const oldCommuneNames = placeNames(rng, DISTRICT_COUNT * 3, used);
  const districts = districtNames.map((n, i) => {
    const name = `${i < 2 ? 'Thành phố' : 'Huyện'} ${n}`;
    const old = oldCommuneNames.slice(i * 3, i * 3 + 3).map((o, j) => {
      const oldName = `${j === 0 ? (i < 2 ? 'Phường' : 'Thị trấn') : 'Xã'} ${o}`;
      return { id: slugify(oldName), name: oldName, until: REFORM_DATE };
    });
    return { id: slugify(name), name, until: REFORM_DATE, communes: old };
  });
  const content = toYaml({
    province: { id: 'dong-nai', name: 'Tỉnh Đồng Nai', code: '75' },
    districts: districts.map((d) => ({ ...d })),
    communes: communes.map((c) => ({ id: c.id, name: c.name, since: REFORM_DATE })),
  });
  const header =
    '# Dữ liệu mẫu sinh tự động: tên đơn vị hành chính ghép từ âm tiết địa danh thường gặp, không phải danh mục thật.\n';
  return {
    communes,
    districts: districts.map((d) => ({ id: d.id, name: d.name })),
    file: { path: 'localities.yaml', content: header + content },
  };
}

function buildAgencies(): { path: string; content: string } {
  const base = SAMPLE_CONTACT;
  const agencies: YamlMap[] = [
    {
      id: 'trung-tam-pvhcc-tinh',
      name: 'Trung tâm Phục vụ hành chính công tỉnh Đồng Nai',
      level: 'tinh',
      one_stop: true,
      ...base,
    },
    ...Object.values(MINISTRY_AGENCY).map((a) => ({ id: a.id, name: a.name, level: 'tinh', ...base })),
    { id: 'ubnd-xa', name: 'Ủy ban nhân dân xã, phường', level: 'xa', ...base },
    {
      id: 'trung-tam-pvhcc-xa',
      name: 'Trung tâm Phục vụ hành chính công xã, phường',
      level: 'xa',
      one_stop: true,
      ...base,
    },
    { id: 'cong-an-xa', name: 'Công an xã, phường', level: 'xa', ...base },
    { id: 'ubnd-huyen', name: 'Ủy ban nhân dân huyện, thành phố', level: 'huyen', until: REFORM_DATE, ...base },
  ];
  return { path: 'agencies.yaml', content: `# Dữ liệu mẫu sinh tự động.\n${toYamlList(agencies)}` };
}

interface LegalEntry extends YamlMap {
  id: string;
}

const SHARED_LEGAL: LegalEntry[] = [
  { id: 'luat-cu-tru-2020', number: '68/2020/QH14', title: 'Luật Cư trú', type: 'Luật', status: 'in_force' },
  { id: 'luat-can-cuoc-2023', number: '26/2023/QH15', title: 'Luật Căn cước', type: 'Luật', status: 'in_force' },
  {
    id: 'nd-45-2020',
    number: '45/2020/NĐ-CP',
    title: 'Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử',
    type: 'Nghị định',
    status: 'in_force',
  },
  {
    id: 'nd-61-2018',
    number: '61/2018/NĐ-CP',
    title: 'Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
    type: 'Nghị định',
    issued: '2018-04-23',
    status: 'superseded',
    superseded_by: 'nd-118-2025',
  },
  {
    id: 'nd-118-2025',
    number: '118/2025/NĐ-CP',
    title:
      'Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia',
    type: 'Nghị định',
    issued: '2025-06-09',
    status: 'in_force',
  },
];

function sectorLegal(sector: SectorVocabulary, k: number): { entries: LegalEntry[]; refs: SectorReferences['laws'] } {
  const n = 900 + k;
  const abbr = MINISTRY_ABBR[sector.ministry] ?? 'BTP';
  const topic = sector.name.charAt(0).toLowerCase() + sector.name.slice(1);
  const sample = '(văn bản mẫu)';
  const entries: LegalEntry[] = [
    {
      id: `luat-${sector.id}`,
      number: `${n}/2020/QH14`,
      title: `Luật về ${topic} ${sample}`,
      type: 'Luật',
      status: 'in_force',
    },
    {
      id: `nd-${sector.id}-cu`,
      number: `${n}/2016/NĐ-CP`,
      title: `Nghị định quy định chi tiết một số điều về ${topic} ${sample}`,
      type: 'Nghị định',
      issued: '2016-06-01',
      status: 'superseded',
      superseded_by: `nd-${sector.id}`,
    },
    {
      id: `nd-${sector.id}`,
      number: `${n}/2024/NĐ-CP`,
      title: `Nghị định quy định chi tiết một số điều về ${topic} ${sample}`,
      type: 'Nghị định',
      issued: '2024-09-01',
      status: 'in_force',
    },
    {
      id: `tt-${sector.id}`,
      number: `${n}/2025/TT-${abbr}`,
      title: `Thông tư quy định mức thu, chế độ thu, nộp phí, lệ phí trong lĩnh vực ${topic} ${sample}`,
      type: 'Thông tư',
      issued: '2025-03-01',
      status: 'amended',
    },
  ];
  return {
    entries,
    refs: {
      current: [`luat-${sector.id}`, `nd-${sector.id}`, `tt-${sector.id}`],
      superseded: `nd-${sector.id}-cu`,
      national: {
        number: `${n}/QĐ-${abbr}`,
        title: `Quyết định công bố thủ tục hành chính lĩnh vực ${topic} ${sample}`,
      },
    },
  };
}

const SHARED_DOCS: YamlMap[] = [
  {
    id: 'so-ho-khau',
    name: 'Sổ hộ khẩu',
    aliases: ['Sổ hộ khẩu giấy', 'Hộ khẩu', 'Sổ hộ khẩu gia đình'],
    obsolete: { since: '2023-01-01', basis: 'luat-cu-tru-2020' },
  },
  {
    id: 'so-tam-tru',
    name: 'Sổ tạm trú',
    aliases: ['Sổ tạm trú giấy'],
    obsolete: { since: '2023-01-01', basis: 'luat-cu-tru-2020' },
  },
  {
    id: 'chung-minh-nhan-dan',
    name: 'Chứng minh nhân dân',
    aliases: ['CMND', 'Giấy chứng minh nhân dân'],
    obsolete: { since: '2025-01-01', basis: 'luat-can-cuoc-2023' },
  },
  {
    id: 'can-cuoc',
    name: 'Thẻ căn cước / Căn cước công dân',
    aliases: ['Thẻ căn cước', 'Căn cước công dân', 'CCCD'],
    held_by_state: true,
  },
  {
    id: 'giay-xac-nhan-cu-tru',
    name: 'Giấy xác nhận thông tin về cư trú',
    aliases: ['CT07', 'Giấy xác nhận cư trú'],
    held_by_state: true,
  },
  {
    id: 'giay-khai-sinh',
    name: 'Giấy khai sinh',
    aliases: ['Bản sao Giấy khai sinh', 'Trích lục khai sinh'],
    held_by_state: true,
  },
  { id: 'van-ban-uy-quyen', name: 'Văn bản ủy quyền', aliases: ['Giấy ủy quyền'] },
  { id: 'anh-chan-dung', name: 'Ảnh chân dung cỡ 4 cm x 6 cm', aliases: ['Ảnh 4x6'] },
  { id: 'so-yeu-ly-lich', name: 'Sơ yếu lý lịch có xác nhận của địa phương', aliases: ['Sơ yếu lý lịch'] },
];

/** The whole reference layer, as files and as the ids records may use. */
export function buildWorld(rng: Random): World {
  const localities = buildLocalities(rng);
  const usedDocIds = new Set(SHARED_DOCS.map((d) => String(d.id)));
  const idByName = new Map<string, string>();
  const docTypes: YamlMap[] = [...SHARED_DOCS];
  const legal: LegalEntry[] = [...SHARED_LEGAL];
  const sectors: SectorReferences[] = SECTORS.map((sector, k) => {
    const docIds = new Map<string, string>();
    for (const name of sector.documents) {
      const known = idByName.get(name);
      if (known) {
        docIds.set(name, known);
        continue;
      }
      let id = slugify(name, { maxLength: 50 });
      for (let i = 2; usedDocIds.has(id); i++) id = `${slugify(name, { maxLength: 46 })}-${i}`;
      usedDocIds.add(id);
      idByName.set(name, id);
      docIds.set(name, id);
      docTypes.push({ id, name });
    }
    const { entries, refs } = sectorLegal(sector, k + 1);
    legal.push(...entries);
    const agency = MINISTRY_AGENCY[sector.ministry]!;
    return {
      sector,
      tinhAgency: agency.id,
      xaAgency: sector.id === 'cu-tru' ? 'cong-an-xa' : 'ubnd-xa',
      laws: refs,
      lifeEvents: LIFE_EVENTS.filter((e) => e.sectors.includes(sector.id)).map((e) => e.id),
      docIds,
    };
  });
  const site = toYaml(
    {
      province: { id: 'dong-nai', name: 'Đồng Nai' },
      title: 'Thủ tục hành chính tỉnh Đồng Nai (dữ liệu mẫu)',
      hotline: '1022',
      portals: { national: 'https://dichvucong.gov.vn', provincial: 'https://dichvucong.dongnai.gov.vn' },
      levels: [
        { id: 'tinh', name: 'Cấp tỉnh' },
        { id: 'huyen', name: 'Cấp huyện', until: REFORM_DATE },
        { id: 'xa', name: 'Cấp xã' },
      ],
      review: { max_age_days: 365 },
    },
    { blockMaps: true },
  );
  const files = [
    {
      path: 'site.yaml',
      content: `# Dữ liệu mẫu sinh tự động (npm run gen:catalog), dùng để đo hiệu năng; không phải dữ liệu thật.\n${site}`,
    },
    localities.file,
    buildAgencies(),
    { path: 'sectors.yaml', content: toYamlList(SECTORS.map((s) => ({ id: s.id, name: s.name }))) },
    { path: 'documents.yaml', content: `# Dữ liệu mẫu sinh tự động.\n${toYamlList(docTypes)}` },
    {
      path: 'legal.yaml',
      content: `# Văn bản số 9xx và có chữ "văn bản mẫu" là văn bản giả định.\n${toYamlList(legal)}`,
    },
    { path: 'life-events.yaml', content: toYamlList(LIFE_EVENTS.map((e) => ({ id: e.id, name: e.name }))) },
    { path: 'review/decisions.yaml', content: '[]\n' },
  ];
  return {
    communes: localities.communes,
    districts: localities.districts,
    sectors,
    docs: {
      identity: 'can-cuoc',
      residence: 'giay-xac-nhan-cu-tru',
      birth: 'giay-khai-sinh',
      householdBook: 'so-ho-khau',
      authorisation: 'van-ban-uy-quyen',
      photo: 'anh-chan-dung',
      cv: 'so-yeu-ly-lich',
    },
    files,
  };
}
