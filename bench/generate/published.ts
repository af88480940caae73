/**
 * One published version of a code, derived from its national baseline: the same procedure as a province or
 * commune publishes it, worded a little differently (VARIATION_RATES) and now and then really different
 * (PLANTED_RATES).
 */
import type { DocumentForm } from '../../src/core/schema/index.ts';
import type { Duration } from '../../src/core/time/duration.ts';
import { documentValue, feeValue, timeValue, type Baseline, type DocumentItem, type FeeItem } from './baseline.ts';
import type { Random } from './random.ts';
import { GENERATED_AS_OF, PLANTED_RATES, VARIATION_RATES, type PlantedKind } from './rates.ts';
import type { World } from './reference-data.ts';
import { lowerFirst, rewordDocumentName, rewordStep } from './text-variants.ts';
import type { YamlMap } from './yaml-writer.ts';

export type PublishedKind = 'general' | 'locality' | 'district';

export interface Version {
  level: 'tinh' | 'huyen' | 'xa';
  kind: PublishedKind;
  /** Locality ids (absent for a general version). */
  localities?: string[];
}

export interface PublishedDraft {
  frontMatter: YamlMap;
  planted: PlantedKind[];
  /** The facts as this version states them, for its guidance text. */
  facts: { time: Duration; fees: FeeItem[]; online: 'none' | 'partial' | 'full' };
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function longer(time: Duration, rng: Random): Duration {
  switch (time.unit) {
    case 'same_day':
      return { value: rng.int(1, 3), unit: 'working_days' };
    case 'hours':
      return { value: time.value * 2, unit: 'hours' };
    case 'working_days':
      return { value: time.value + rng.pick([2, 3, 5, 10]), unit: 'working_days' };
    case 'days':
      return { value: time.value + rng.pick([10, 15]), unit: 'days' };
    case 'months':
      return { value: time.value + 1, unit: 'months' };
  }
}

function differentFees(fees: FeeItem[], rng: Random): FeeItem[] {
  const charged = fees.findIndex((f) => f.amount !== null && f.amount > 0);
  if (charged >= 0) {
    return fees.map((f, i) =>
      i === charged ? { ...f, amount: Math.round(((f.amount ?? 0) * rng.pick([1.5, 2, 0.5])) / 1000) * 1000 } : f,
    );
  }
  const amount = rng.pick([20000, 50000, 100000]);
  if (fees.length > 0) return fees.map((f, i) => (i === 0 ? { name: f.name, amount, per: 'hồ sơ' } : f));
  return [{ name: 'Phí thẩm định hồ sơ', amount }];
}

function extraDocument(docs: DocumentItem[], world: World, rng: Random): DocumentItem {
  if (rng.chance(0.2))
    return {
      name: rng.pick(['Bản sao Sổ hộ khẩu', 'Sổ hộ khẩu (bản sao)']),
      doc: world.docs.householdBook,
      form: 'copy_with_original',
    };
  const present = new Set(docs.map((d) => d.doc));
  const pool: DocumentItem[] = [
    { name: 'Giấy xác nhận thông tin về cư trú (mẫu CT07)', doc: world.docs.residence, form: 'original' },
    { name: 'Sơ yếu lý lịch có xác nhận của Ủy ban nhân dân cấp xã', doc: world.docs.cv, form: 'original' },
    { name: 'Bản cam kết của người nộp hồ sơ về tính chính xác của thông tin', form: 'original' },
    { name: 'Ảnh chân dung cỡ 3 cm x 4 cm', doc: world.docs.photo, form: 'original', copies: 2 },
  ];
  return rng.pick(pool.filter((d) => d.doc === undefined || !present.has(d.doc)));
}

const LOOSE_FORMS = new Set<DocumentForm>(['copy', 'copy_with_original']);

function stricter(docs: DocumentItem[], rng: Random): DocumentItem[] | undefined {
  const loose = docs.flatMap((d, i) => {
    const forms = Array.isArray(d.form) ? d.form : [d.form];
    return forms.some((f) => LOOSE_FORMS.has(f)) ? [i] : [];
  });
  if (loose.length === 0) return undefined;
  const target = rng.pick(loose);
  return docs.map((d, i) => (i === target ? { ...d, form: 'certified_copy' as const } : d));
}

function varyDocuments(docs: DocumentItem[], rng: Random): DocumentItem[] {
  let out = docs.map((d) => ({ ...d, form: Array.isArray(d.form) ? [...d.form] : d.form }));
  if (out.length > 2 && rng.chance(VARIATION_RATES.reorderDocuments)) out = [out[0]!, ...rng.shuffle(out.slice(1))];
  if (rng.chance(VARIATION_RATES.rewordDocument)) {
    const i = rng.int(0, out.length - 1);
    out[i] = { ...out[i]!, name: rewordDocumentName(out[i]!.name, rng) };
  }
  if (rng.chance(VARIATION_RATES.dropDocumentId)) {
    const withId = out.flatMap((d, i) => (d.doc ? [i] : []));
    if (withId.length > 0) {
      const i = rng.pick(withId);
      const { doc: _doc, ...rest } = out[i]!;
      out[i] = rest;
    }
  }
  return out;
}

/** Derives one published version from the baseline; `planted` names each real difference it carries. */
export function draftPublished(b: Baseline, version: Version, world: World, rng: Random): PublishedDraft {
  const planted: PlantedKind[] = [];
  const plant = (kind: PlantedKind) => rng.chance(PLANTED_RATES[kind]);
  const { plan, refs } = b;

  let time = b.time;
  if (plant('longerTime')) {
    time = longer(time, rng);
    planted.push('longerTime');
  }
  let fees = b.fees;
  if (plant('feeDifferent')) {
    fees = differentFees(fees, rng);
    planted.push('feeDifferent');
  }
  let documents = varyDocuments(b.documents, rng);
  if (plant('extraDocument')) {
    documents = [...documents, extraDocument(documents, world, rng)];
    planted.push('extraDocument');
  }
  if (plant('stricterForm')) {
    const strict = stricter(documents, rng);
    if (strict) {
      documents = strict;
      planted.push('stricterForm');
    }
  }
  const legal = [...refs.laws.current];
  if (rng.chance(0.3)) legal.push('nd-118-2025');
  if (plant('supersededLegalBasis')) {
    legal[1] = refs.laws.superseded;
    planted.push('supersededLegalBasis');
  }
  let reviewedAt = addDays(GENERATED_AS_OF, -rng.int(1, 330));
  if (plant('staleReview')) {
    reviewedAt = addDays(GENERATED_AS_OF, -rng.int(400, 900));
    planted.push('staleReview');
  }
  let channels: Baseline['channels'] = b.channels;
  if (b.channels.online !== 'none' && plant('noOnline')) {
    channels = { in_person: true, postal: b.channels.postal, online: 'none' };
    planted.push('noOnline');
  }
  let byChannel: YamlMap | undefined;
  if (b.channels.online !== 'none' && plant('onlinePenalty')) {
    byChannel = { online: { processing_time: timeValue(longer(time, rng), rng) } };
    planted.push('onlinePenalty');
  }
  let dossierSets: number | undefined;
  if (plant('extraDossierSet')) {
    dossierSets = 2;
    planted.push('extraDossierSet');
  }

  const steps = [...b.steps];
  if (rng.chance(VARIATION_RATES.rewordStep)) {
    const i = rng.int(0, steps.length - 1);
    steps[i] = rewordStep(steps[i]!, rng);
  }
  const title = rng.chance(VARIATION_RATES.titlePrefix) ? `Thủ tục ${lowerFirst(plan.title)}` : plan.title;
  const agency = version.level === 'tinh' ? refs.tinhAgency : version.level === 'xa' ? refs.xaAgency : 'ubnd-huyen';
  const desks =
    version.level === 'tinh' && rng.chance(0.7)
      ? ['trung-tam-pvhcc-tinh']
      : version.level === 'xa' && rng.chance(0.5)
        ? ['trung-tam-pvhcc-xa']
        : undefined;
  const volume = rng.chance(0.4) ? (version.level === 'tinh' ? rng.int(10, 2000) : rng.int(20, 800)) : undefined;

  const noCode = plant('noCode');
  if (noCode) planted.push('noCode');
  const frontMatter: YamlMap = {
    code: noCode ? undefined : plan.code,
    title,
    level: version.level,
    localities: version.localities,
    sector: plan.sector.id,
    agency,
    desks,
    subjects: b.subjects,
    processing_time: timeValue(time, rng),
    fees: fees.map(feeValue),
    documents: documents.map(documentValue),
    dossier_sets: dossierSets,
    steps,
    channels,
    by_channel: byChannel,
    result: b.result,
    conditions: b.conditions.length > 0 ? b.conditions : undefined,
    legal_basis: legal,
    life_events: refs.lifeEvents.length > 0 && rng.chance(0.7) ? refs.lifeEvents : undefined,
    annual_volume: volume,
    reviewed_at: reviewedAt,
    demo: true,
    provenance: {
      kind: 'demo',
      basis: 'Bản ghi sinh tự động từ bản quốc gia để đo hiệu năng và rà soát; giá trị minh họa.',
    },
  };
  return { frontMatter, planted, facts: { time, fees, online: channels.online } };
}
