/**
 * The national baseline of one code: what the ministry publishes, and what every published version of the
 * code starts from. National data is imperfect on purpose, at the rates in NATIONAL_QUIRKS: a time without a
 * unit, or "free" beside a note that names an amount (the review reports both; the loader must accept them).
 */
import type { DocumentForm } from '../../src/core/schema/index.ts';
import type { Duration } from '../../src/core/time/duration.ts';
import { formatDuration } from '../../src/core/time/working-days.ts';
import { formatVnd } from '../../src/core/money/format-vnd.ts';
import type { CodePlan } from './plan.ts';
import type { Random } from './random.ts';
import type { SectorReferences, World } from './reference-data.ts';
import { lowerFirst } from './text-variants.ts';
import type { YamlMap } from './yaml-writer.ts';

export interface DocumentItem {
  name: string;
  doc?: string;
  form: DocumentForm | DocumentForm[];
  copies?: number;
  when?: string;
}

export interface FeeItem {
  name: string;
  amount: number | null;
  per?: string;
  note?: string;
}

export interface Baseline {
  plan: CodePlan;
  refs: SectorReferences;
  nationalLevels: ('bo' | 'tinh' | 'xa')[];
  subjects: string[];
  time: Duration;
  fees: FeeItem[];
  documents: DocumentItem[];
  steps: string[];
  channels: { in_person: boolean; postal: boolean; online: 'none' | 'partial' | 'full'; online_url?: string };
  result: string;
  conditions: string[];
}

/** Share of national records with each imperfection of the real national database. */
export const NATIONAL_QUIRKS = {
  /** `processing_time: "1"` or "Không có thông tin". */
  ambiguousTime: 0.08,
  /** A fee of 0 whose note says the provincial council sets an amount. */
  feeContradiction: 0.03,
} as const;

export const NATIONAL_PORTAL = 'https://dichvucong.gov.vn';

const GENERIC_FIRST_STEPS = [
  'Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định của pháp luật.',
  'Tổ chức, cá nhân nộp hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.',
];
const GENERIC_CHECK_STEP =
  'Cán bộ tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung một lần bằng văn bản.';
const GENERIC_LAST_STEPS = [
  'Trả kết quả tại nơi nộp hồ sơ, qua dịch vụ bưu chính hoặc trên Cổng Dịch vụ công quốc gia theo đăng ký của người nộp.',
  'Trường hợp không giải quyết, cơ quan có thẩm quyền trả lời bằng văn bản và nêu rõ lý do.',
];

const CITIZEN_SECTORS = new Set(['ho-tich', 'cu-tru', 'chung-thuc', 'nuoi-con-nuoi', 'tro-giup-phap-ly', 'chinh-sach']);
const BUSINESS_SECTORS = new Set(['doanh-nghiep', 'hop-tac-xa']);
const FORM_WEIGHTS: [DocumentForm | DocumentForm[], number][] = [
  ['original', 40],
  ['copy_with_original', 25],
  [['certified_copy', 'copy_with_original'], 15],
  ['copy', 10],
  ['electronic', 5],
  ['certified_copy', 5],
];
const FEE_AMOUNTS = [10000, 20000, 30000, 50000, 100000, 150000, 200000, 300000, 500000, 1000000, 1500000];
const COUNCIL_NOTE = 'Mức thu do Hội đồng nhân dân cấp tỉnh quy định';

function pickTime(rng: Random, sector: string): Duration {
  const r = rng.next();
  if (CITIZEN_SECTORS.has(sector) && r < 0.25) return { value: 0, unit: 'same_day' };
  if (r < 0.05) return { value: rng.pick([4, 8]), unit: 'hours' };
  if (r < 0.8) return { value: rng.pick([1, 2, 3, 3, 5, 5, 5, 7, 10, 10, 12, 15, 15, 20, 30]), unit: 'working_days' };
  if (r < 0.95) return { value: rng.pick([15, 20, 30, 45]), unit: 'days' };
  return { value: rng.pick([1, 2, 3]), unit: 'months' };
}

function pickForm(rng: Random): DocumentForm | DocumentForm[] {
  const form = FORM_WEIGHTS[rng.weighted(FORM_WEIGHTS.map(([, w]) => w))]![0];
  return Array.isArray(form) ? [...form] : form;
}

function pickSubjects(rng: Random, sector: string): string[] {
  if (CITIZEN_SECTORS.has(sector))
    return rng.chance(0.2) ? ['Công dân Việt Nam', 'Người nước ngoài'] : ['Công dân Việt Nam'];
  if (BUSINESS_SECTORS.has(sector)) return rng.chance(0.5) ? ['Doanh nghiệp'] : ['Hợp tác xã', 'Doanh nghiệp'];
  const all = ['Công dân Việt Nam', 'Tổ chức (không bao gồm doanh nghiệp, HTX)', 'Doanh nghiệp', 'Hợp tác xã'];
  return rng.sample(all, rng.int(1, 2));
}

function pickFees(rng: Random, title: string): FeeItem[] {
  const r = rng.next();
  if (r < 0.4) return [];
  if (r < 0.55) return [{ name: `Lệ phí ${lowerFirst(title)}`, amount: 0, note: 'Miễn lệ phí' }];
  if (r < 0.6) return [{ name: `Lệ phí ${lowerFirst(title)}`, amount: null, note: COUNCIL_NOTE }];
  const fees: FeeItem[] = [
    {
      name: `Lệ phí ${lowerFirst(title)}`,
      amount: rng.pick(FEE_AMOUNTS),
      ...(rng.chance(0.3) ? { per: 'hồ sơ' } : {}),
    },
  ];
  if (rng.chance(0.25)) fees.push({ name: 'Phí thẩm định hồ sơ', amount: rng.pick(FEE_AMOUNTS) });
  return fees;
}

const APPLICATION = /^(Tờ khai|Đơn|Văn bản đề nghị|Giấy đề nghị)/u;

function pickDocuments(rng: Random, plan: CodePlan, refs: SectorReferences, world: World): DocumentItem[] {
  const names = refs.sector.documents;
  const withId = (name: string): DocumentItem => ({
    name,
    ...(rng.chance(0.8) ? { doc: refs.docIds.get(name)! } : {}),
    form: pickForm(rng),
  });
  const applications = names.filter((n) => APPLICATION.test(n));
  const first: DocumentItem =
    applications.length > 0
      ? { ...withId(rng.pick(applications)), form: 'original' }
      : { name: `Đơn đề nghị ${lowerFirst(plan.title)}`, form: 'original' };
  const others = rng
    .sample(
      names.filter((n) => n !== first.name),
      rng.int(1, 5),
    )
    .map(withId);
  const docs = [first, ...others];
  if (rng.chance(0.4))
    docs.push({
      name: 'Thẻ căn cước hoặc Căn cước công dân của người nộp hồ sơ',
      doc: world.docs.identity,
      form: 'present',
    });
  if (rng.chance(0.25))
    docs.push({
      name: 'Văn bản ủy quyền',
      doc: world.docs.authorisation,
      form: 'original',
      when: 'Trường hợp nộp hồ sơ thay',
    });
  if (rng.chance(0.1))
    docs.push({ name: 'Ảnh chân dung cỡ 4 cm x 6 cm', doc: world.docs.photo, form: 'original', copies: 2 });
  if (rng.chance(0.08)) {
    docs.push(
      plan.sector.id === 'ho-tich'
        ? { name: 'Bản sao Giấy khai sinh', doc: world.docs.birth, form: 'copy_with_original' }
        : { name: 'Giấy xác nhận thông tin về cư trú', doc: world.docs.residence, form: 'original' },
    );
  }
  return docs;
}

function pickSteps(rng: Random, refs: SectorReferences): string[] {
  const own = rng.sample(refs.sector.steps, rng.int(1, 3));
  return [rng.pick(GENERIC_FIRST_STEPS), GENERIC_CHECK_STEP, ...own, rng.pick(GENERIC_LAST_STEPS)];
}

export function buildBaseline(plan: CodePlan, refs: SectorReferences, world: World, rng: Random): Baseline {
  const online = rng.pick(['full', 'full', 'full', 'partial', 'partial', 'none'] as const);
  const nationalLevels: Baseline['nationalLevels'] = [...plan.levels];
  if (plan.levels[0] === 'tinh' && rng.chance(0.2)) nationalLevels.unshift('bo');
  return {
    plan,
    refs,
    nationalLevels,
    subjects: pickSubjects(rng, plan.sector.id),
    time: pickTime(rng, plan.sector.id),
    fees: pickFees(rng, plan.title),
    documents: pickDocuments(rng, plan, refs, world),
    steps: pickSteps(rng, refs),
    channels: {
      in_person: true,
      postal: rng.chance(0.8),
      online,
      ...(online === 'none' ? {} : { online_url: NATIONAL_PORTAL }),
    },
    result: refs.sector.results.length > 0 ? rng.pick(refs.sector.results) : plan.title,
    conditions:
      refs.sector.conditions.length > 0 && rng.chance(0.5) ? rng.sample(refs.sector.conditions, rng.int(1, 2)) : [],
  };
}

/** "05 ngày làm việc" or "5 ngày làm việc" or "Không quá 5 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ". */
export function timeText(time: Duration, rng: Random): string {
  const plain = formatDuration(time);
  if (time.unit === 'same_day')
    return rng.pick(['Trong ngày', 'Ngay trong ngày tiếp nhận hồ sơ', 'Trong ngày làm việc']);
  const r = rng.next();
  const padded =
    time.value < 10 && Number.isInteger(time.value) ? plain.replace(/^\d+/, (d) => d.padStart(2, '0')) : plain;
  if (r < 0.4) return padded;
  if (r < 0.7) return plain;
  return `Không quá ${plain} kể từ ngày nhận đủ hồ sơ hợp lệ`;
}

/** processing_time as an editor might write it: the object form, with or without the text, or the text alone. */
export function timeValue(time: Duration, rng: Random): YamlMap | string {
  const r = rng.next();
  if (r < 0.45) return { value: time.value, unit: time.unit, text: timeText(time, rng) };
  if (r < 0.6) return { value: time.value, unit: time.unit };
  return timeText(time, rng);
}

export function documentValue(d: DocumentItem): YamlMap {
  return { name: d.name, doc: d.doc, form: d.form, copies: d.copies, when: d.when };
}

export function feeValue(f: FeeItem): YamlMap {
  return { name: f.name, amount: f.amount, per: f.per, note: f.note };
}

/** Front matter of the national record (national/<ministry>/<code>.md). */
export function nationalFrontMatter(b: Baseline, rng: Random): YamlMap {
  const { plan, refs } = b;
  let processingTime: YamlMap | string = timeValue(b.time, rng);
  if (rng.chance(NATIONAL_QUIRKS.ambiguousTime))
    processingTime = rng.pick(['1', 'Không có thông tin', String(b.time.value || 1)]);
  let fees = b.fees.map(feeValue);
  if (rng.chance(NATIONAL_QUIRKS.feeContradiction)) {
    fees = [
      {
        name: `Lệ phí ${lowerFirst(plan.title)}`,
        amount: 0,
        note: `Miễn phí. ${COUNCIL_NOTE}: ${formatVnd(rng.pick(FEE_AMOUNTS))}/hồ sơ`,
      },
    ];
  }
  return {
    code: plan.code,
    title: plan.title,
    levels: b.nationalLevels,
    sector: plan.sector.id,
    agency_text: b.nationalLevels.includes('tinh')
      ? `${refs.sector.name}: cơ quan chuyên môn thuộc UBND cấp tỉnh`
      : 'Ủy ban nhân dân cấp xã',
    procedure_type: 'TTHC được luật giao quy định chi tiết',
    subjects: b.subjects,
    processing_time: processingTime,
    fees,
    documents: b.documents.map(documentValue),
    steps: b.steps,
    channels: b.channels,
    result: b.result,
    conditions: b.conditions.length > 0 ? b.conditions : undefined,
    legal_basis: [...refs.laws.current, refs.laws.national],
    sources: [{ title: 'Dữ liệu mẫu sinh tự động, không phải bản ghi của CSDL quốc gia' }],
    demo: true,
  };
}
