/**
 * Who actually serves the citizen: the one rule, read from a national record's implementing bodies
 * ("Cơ quan thực hiện", `agency_text`) and its levels ("Cấp thực hiện").
 *
 * The national database's levels describe the ministry's view, not the citizen's:
 * - "Cấp bộ" also labels procedures that the provincial and commune police handle (đổi giấy phép lái xe
 *   3.000347: "Cục cảnh sát giao thông, Công an tỉnh, Công an cấp Xã"). Such a record is *served at* the
 *   province or commune too, and the importer keeps it with `--levels tinh,xa`.
 * - "Cấp xã" also labels procedures of customs and tax offices, social insurance, the commune police...
 *   The site's commune-level list shows what the commune People's Committee and its public administration
 *   centre handle; a record whose every named body is another kind of body is listed under that body.
 *
 * Used by the importer (which records to keep) and by the site (which list shows a record). Documented
 * with counts in docs/importer.md ("Levels by who serves the citizen").
 */

export type ServedLevel = 'bo' | 'tinh' | 'huyen' | 'xa' | 'khac';

/** Kinds of bodies other than the commune People's Committee that the national database files at "Cấp xã". */
export const OTHER_BODY_KINDS = [
  'cong-an',
  'hai-quan',
  'thue',
  'bao-hiem-xa-hoi',
  'kho-bac',
  'dang-ky-dat-dai',
  'toa-an',
  'so-nganh',
] as const;
export type OtherBodyKind = (typeof OTHER_BODY_KINDS)[number];

interface BodyPattern {
  kind: OtherBodyKind | 'ubnd-xa' | 'ubnd-tinh';
  pattern: RegExp;
}

// Order matters only for reading: every pattern is tried on the whole text.
const BODY_PATTERNS: readonly BodyPattern[] = [
  // The commune People's Committee, its chairman, its specialised office, its land office.
  {
    kind: 'ubnd-xa',
    pattern:
      /(?:ủy|uỷ) ban nhân dân\s+(?:cấp\s+)?xã|ubnd\s+(?:cấp\s+)?xã|thuộc ubnd cấp xã|cơ quan quản lý đất đai cấp xã|phòng tư pháp/iu,
  },
  { kind: 'ubnd-tinh', pattern: /(?:ủy|uỷ) ban nhân dân\s+(?:cấp\s+)?tỉnh|ubnd\s+(?:cấp\s+)?tỉnh/iu },
  { kind: 'cong-an', pattern: /công an|cảnh sát/iu },
  { kind: 'hai-quan', pattern: /hải quan/iu },
  { kind: 'thue', pattern: /(?:^|[\s,(])(?:chi cục |cục |cơ quan )?thuế(?:\s|,|$)/iu },
  { kind: 'bao-hiem-xa-hoi', pattern: /bảo hiểm xã hội|bhxh/iu },
  { kind: 'kho-bac', pattern: /kho bạc/iu },
  { kind: 'dang-ky-dat-dai', pattern: /văn phòng đăng ký đất đai/iu },
  { kind: 'toa-an', pattern: /tòa án|toà án/iu },
  { kind: 'so-nganh', pattern: /(?:^|[\s,])[Ss]ở\s+\p{Lu}/u },
];

/** The kinds of body an implementing-bodies text names, in the order of BODY_PATTERNS. */
export function bodyKinds(agencyText: string | undefined): BodyPattern['kind'][] {
  const text = (agencyText ?? '').normalize('NFC').replace(/\s+/gu, ' ');
  return BODY_PATTERNS.filter((b) => b.pattern.test(text)).map((b) => b.kind);
}

// A province's or commune's own bodies (not branches of a central agency such as customs or tax): the
// provincial and commune police, the People's Committees and the provincial departments.
const PROVINCIAL_POLICE = /công an\s+(?:cấp\s+)?tỉnh/iu;
const COMMUNE_POLICE = /công an\s+(?:cấp\s+)?xã/iu;

/** The levels of police a text names: "Công an tỉnh" -> tinh, "Công an cấp Xã" -> xa. */
export function policeLevels(agencyText: string | undefined): ('tinh' | 'xa')[] {
  const text = (agencyText ?? '').normalize('NFC').replace(/\s+/gu, ' ');
  return [
    ...(PROVINCIAL_POLICE.test(text) ? ['tinh' as const] : []),
    ...(COMMUNE_POLICE.test(text) ? ['xa' as const] : []),
  ];
}

/**
 * The levels at which a citizen is served: the national levels, plus "tinh" / "xa" for a "Cấp bộ" record
 * whose implementing bodies name provincial / commune bodies (the police, the People's Committee, a
 * provincial department).
 */
export function servedLevels(levels: readonly ServedLevel[], agencyText: string | undefined): ServedLevel[] {
  const out = [...levels];
  if (!levels.includes('bo')) return out;
  const text = (agencyText ?? '').normalize('NFC').replace(/\s+/gu, ' ');
  const kinds = bodyKinds(text);
  const atProvince = PROVINCIAL_POLICE.test(text) || kinds.includes('ubnd-tinh') || kinds.includes('so-nganh');
  const atCommune = COMMUNE_POLICE.test(text) || kinds.includes('ubnd-xa');
  if (atProvince && !out.includes('tinh')) out.push('tinh');
  if (atCommune && !out.includes('xa')) out.push('xa');
  return out;
}

/**
 * The body a commune-level national record is listed under: `undefined` when the commune People's
 * Committee or its centre handles it (it names them, or names no body this rule knows and is not a tax or
 * customs procedure); otherwise the first other kind of body it names (customs, tax, police...), or, when it
 * names no body, the tax or customs office for a record of the sector `thue` or `hai-quan`.
 */
export function communeListBody(agencyText: string | undefined, sector?: string): OtherBodyKind | undefined {
  const kinds = bodyKinds(agencyText);
  if (kinds.includes('ubnd-xa')) return undefined;
  const named = kinds.find((k): k is OtherBodyKind => (OTHER_BODY_KINDS as readonly string[]).includes(k));
  if (named !== undefined || kinds.length > 0) return named;
  // No body named ("Không có thông tin"): a tax or customs procedure is still the tax or customs office's.
  return sector !== undefined ? SECTOR_BODIES[sector] : undefined;
}

/** Sectors whose procedures only a tax or customs office handles, for records that name no body. */
const SECTOR_BODIES: Record<string, OtherBodyKind> = { thue: 'thue', 'hai-quan': 'hai-quan' };
