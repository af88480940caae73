/**
 * How N published records are spread over national codes: about N/10 codes, each published at the levels its
 * sector is usually handled at; commune-level codes get many locality versions, province-level codes few.
 */
import type { Random } from './random.ts';
import { COMMUNE_COUNT } from './reference-data.ts';
import { SECTORS, type SectorVocabulary } from './vocabulary.ts';

export type PublishedLevel = 'tinh' | 'xa';

export interface CodePlan {
  index: number;
  code: string;
  sector: SectorVocabulary;
  title: string;
  /** Levels with a general (all-locality) record, in this order. */
  levels: PublishedLevel[];
  /** Published records of this code, general ones included. */
  records: number;
}

export const RECORDS_PER_CODE = 10;

/** Qualifiers real titles use to tell related procedures apart; they turn one base title into many codes. */
const QUALIFIERS = [
  'đối với tổ chức',
  'đối với cá nhân',
  'trong trường hợp thay đổi thông tin',
  'do bị mất, hư hỏng',
  'khi hết thời hạn',
  'theo đề nghị của người dân',
  'có yếu tố nước ngoài',
  'thực hiện tại cấp xã',
  'thực hiện tại cấp tỉnh',
  'liên thông',
  'trên môi trường điện tử',
  'đối với trường hợp đặc biệt',
];

const TINH_ONLY_CAP = 40;

function codeTitle(sector: SectorVocabulary, use: number): string {
  const base = sector.titles[use % sector.titles.length]!;
  const round = Math.floor(use / sector.titles.length);
  if (round === 0) return base;
  const q = QUALIFIERS.length;
  const first = QUALIFIERS[(round - 1) % q]!;
  if (round <= q) return `${base} ${first}`;
  return `${base} ${first}, ${QUALIFIERS[Math.floor((round - 1) / q) % q]!}`;
}

function levelsFor(sector: SectorVocabulary, rng: Random): PublishedLevel[] {
  const r = rng.next();
  if (sector.levels === 'xa') return r < 0.9 ? ['xa'] : ['tinh', 'xa'];
  if (sector.levels === 'tinh') return r < 0.85 ? ['tinh'] : ['tinh', 'xa'];
  return r < 0.35 ? ['tinh'] : r < 0.7 ? ['xa'] : ['tinh', 'xa'];
}

export function planCodes(records: number, rng: Random): CodePlan[] {
  if (!Number.isInteger(records) || records < 1) throw new RangeError('records must be a whole number of at least 1');
  const count = Math.max(1, Math.round(records / RECORDS_PER_CODE));
  const titleUses = new Map<string, number>();
  const weights = SECTORS.map((s) => s.titles.length);
  const plans: CodePlan[] = [];
  for (let index = 0; index < count; index++) {
    const sector = SECTORS[rng.weighted(weights)]!;
    const use = titleUses.get(sector.id) ?? 0;
    titleUses.set(sector.id, use + 1);
    const digit = rng.pick(['1', '1', '1', '2', '2', '3']);
    // Real codes stop well below x.9xxxxx, so a generated code never names a real procedure.
    const code = `${digit}.9${String(index).padStart(5, '0')}`;
    const levels = levelsFor(sector, rng);
    plans.push({ index, code, sector, title: codeTitle(sector, use), levels, records: levels.length });
  }
  // Very small catalogues: one general record per code.
  let total = plans.reduce((sum, p) => sum + p.records, 0);
  for (const plan of plans) {
    if (total <= records) break;
    if (plan.levels.length > 1) {
      plan.levels = [plan.levels[1]!];
      plan.records = 1;
      total--;
    }
  }
  // A commune-level code has at most one version per commune besides its general records.
  const capOf = (p: CodePlan) => (p.levels.includes('xa') ? COMMUNE_COUNT + p.levels.length : TINH_ONLY_CAP);
  const groupWeights: number[] = plans.map((p) => (p.levels.includes('xa') ? 3 : 0.4));
  for (let left = records - total; left > 0; left--) {
    if (groupWeights.every((w) => w === 0)) throw new RangeError('too many records for the number of codes');
    const i = rng.weighted(groupWeights);
    const plan = plans[i]!;
    plan.records++;
    if (plan.records >= capOf(plan)) groupWeights[i] = 0;
  }
  return plans;
}
