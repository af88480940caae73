/**
 * Compliance cost of one record for one citizen doing it once (Circular 02/2017/TT-VPCP, Art. 27):
 * hours of work × income per hour + out-of-pocket costs (copies, certification, travel) + fees.
 * Every line keeps its arithmetic (quantity × unit cost) so the report can show how the total was reached.
 * Processing days are reported beside the cost, never inside it (waiting is not counted, Art. 27(2)).
 */
import type { AnyRecord } from '../../catalogue/types.ts';
import type { DocumentForm, DocumentRequirement } from '../../schema/document-requirement.ts';
import { acceptedForms } from '../../documents/forms.ts';
import { hasNameText } from '../../documents/names.ts';
import { generalChannel } from '../effective-channels.ts';
import type { Fee } from '../../schema/index.ts';
import { foldForSearch } from '../../text/fold.ts';
import { capitalised, CHANNEL_WORDS, ONLINE_WORDS } from '../../words/vocabulary.ts';
import type { CostParameters } from './parameters.ts';

/** The independent parts of a cost: the group's best practice is chosen part by part (group-savings.ts). */
export type CostComponent = 'learn' | 'documents' | 'channel' | 'fees';
export const COST_COMPONENTS: readonly CostComponent[] = ['learn', 'documents', 'channel', 'fees'];

export const COMPONENT_LABELS: Readonly<Record<CostComponent, string>> = {
  learn: 'Tìm hiểu thủ tục',
  documents: 'Thành phần hồ sơ',
  channel: 'Cách nộp hồ sơ, nhận kết quả',
  fees: 'Phí, lệ phí',
};

/** The cheapest way the record lets a citizen submit and collect (the lower figure, Art. 27(2)). */
export type CostChannel = 'online_full' | 'online_partial' | 'in_person';

export const COST_CHANNEL_LABELS: Readonly<Record<CostChannel, string>> = {
  online_full: capitalised(ONLINE_WORDS.full),
  online_partial: capitalised(ONLINE_WORDS.partial),
  in_person: capitalised(CHANNEL_WORDS.in_person),
};

export interface CostLine {
  component: CostComponent;
  /** Stable id of the line: learn, prepare, copy, certify, certify_time, certify_travel, trips, travel, online, fees. */
  item: string;
  /** Vietnamese label. */
  label: string;
  /** Vietnamese detail of how the quantity was counted ("4 giấy tờ × 0,5 giờ"). */
  detail?: string;
  quantity: number;
  /** Vietnamese unit of the quantity: giờ, trang, bản, lượt, hồ sơ. */
  unit: string;
  /** VND per unit. */
  unit_cost: number;
  /** quantity × unit_cost, rounded to whole đồng. */
  amount: number;
}

/** How one required document was counted. */
export interface DocumentCost {
  name: string;
  /** The least burdensome form the record accepts for it. */
  form: DocumentForm;
  /** copies × dossier sets. */
  units: number;
  pages_copied: number;
  certified_copies: number;
}

export interface RecordCost {
  record: string;
  channel: CostChannel;
  hours: number;
  lines: CostLine[];
  components: Record<CostComponent, number>;
  /** Hours × income per hour. */
  time_cost: number;
  /** Copies, certification and travel. */
  out_of_pocket: number;
  fees: number;
  /** time_cost + out_of_pocket + fees = the sum of the lines. */
  total: number;
  documents: DocumentCost[];
  /** Processing time in working days, beside the cost (null when the record's time cannot be read). */
  processing_working_days: number | null;
  /** Vietnamese notes on what the estimate leaves out or assumes for this record. */
  notes: string[];
}

/**
 * Cheapest in money first: a citizen chooses the cheapest form the record accepts. Unlike the review's
 * FORM_BURDEN (document-forms.ts), an original costs nothing here: giving up the paper is not a cost in VND.
 */
const CHEAPEST_FIRST: readonly DocumentForm[] = [
  'electronic',
  'present',
  'original',
  'copy_with_original',
  'copy',
  'certified_copy',
];

function cheapestForm(requirement: DocumentRequirement): DocumentForm {
  const accepted = acceptedForms(requirement);
  return CHEAPEST_FIRST.find((f) => accepted.includes(f)) ?? 'certified_copy';
}

/** Circular 226/2016/TT-BTC: per page of the original, a lower rate from page 3, capped per copy. */
export function certificationFeePerCopy(pages: number, p: CostParameters): number {
  const whole = Math.max(1, Math.ceil(pages));
  const fee = Math.min(whole, 2) * p.certify_first_pages_fee + Math.max(whole - 2, 0) * p.certify_next_pages_fee;
  return Math.min(fee, p.certify_max_per_copy);
}

function documentCost(doc: DocumentRequirement, sets: number, p: CostParameters): DocumentCost {
  const form = cheapestForm(doc);
  const units = (doc.copies ?? 1) * sets;
  const pages = p.pages_per_document;
  switch (form) {
    case 'electronic':
    case 'present':
      return { name: doc.name, form, units, pages_copied: 0, certified_copies: 0 };
    case 'original':
      // One original; every further set or copy can only be a photocopy of it.
      return { name: doc.name, form, units, pages_copied: (units - 1) * pages, certified_copies: 0 };
    case 'copy':
    case 'copy_with_original':
      return { name: doc.name, form, units, pages_copied: units * pages, certified_copies: 0 };
    case 'certified_copy':
      return { name: doc.name, form, units, pages_copied: units * pages, certified_copies: units };
  }
}

function costChannel(record: AnyRecord): CostChannel {
  const { online } = record.data.channels;
  if (online === 'full') return 'online_full';
  if (online === 'partial') return 'online_partial';
  return 'in_person';
}

/** Vietnamese number for details: "0,5", "12". */
function num(n: number): string {
  return String(Math.round(n * 100) / 100).replace('.', ',');
}

function line(
  component: CostComponent,
  item: string,
  label: string,
  quantity: number,
  unit: string,
  unit_cost: number,
  detail?: string,
): CostLine {
  return {
    component,
    item,
    label,
    quantity,
    unit,
    unit_cost,
    amount: Math.round(quantity * unit_cost),
    ...(detail ? { detail } : {}),
  };
}

/**
 * A fee charged only beyond the first unit ("từ trang thứ ba trở lên", "Từ thửa đất thứ hai", "Mỗi Giấy chứng
 * nhận cấp thêm"): a further tier of the same charge, not an alternative to it.
 */
const FURTHER_UNITS = /\b(tu|moi)\b.*\b(thu (hai|ba|2|3)|tro len|cap them)\b/;
/** A fee charged per page of the original (Circular 226/2016/TT-BTC for certified copies). */
const PER_PAGE = /^trang\b/;

function isFurther(f: Fee): boolean {
  return FURTHER_UNITS.test(foldForSearch(f.name));
}

/**
 * The charges a fee row belongs to. Rows of one charge are alternatives (individual or organisation, ward or
 * commune: one of them applies); different charges add up (land: service price + appraisal fee + lệ phí).
 */
type Charge = 'gia' | 'phi' | 'le_phi';
const CHARGE_LABELS: Readonly<Record<Charge, string>> = { gia: 'Giá dịch vụ', phi: 'Phí', le_phi: 'Lệ phí' };

function chargeOf(f: Fee): Charge | undefined {
  const name = foldForSearch(f.name);
  if (/^le phi\b/.test(name)) return 'le_phi';
  if (/^phi\b/.test(name)) return 'phi';
  if (/^(don gia|gia)\b/.test(name)) return 'gia';
  return undefined;
}

/**
 * The fee rows grouped into charges that add up. When a row's name does not say which charge it is ("Trường hợp
 * đăng ký lại"), nothing can be summed safely: all rows are one set of alternatives, as before.
 */
function charges(fees: readonly Fee[]): { charge: Charge | undefined; fees: Fee[] }[] {
  const byCharge = new Map<Charge, Fee[]>();
  for (const f of fees) {
    const charge = chargeOf(f);
    if (charge === undefined) return [{ charge: undefined, fees: [...fees] }];
    byCharge.set(charge, [...(byCharge.get(charge) ?? []), f]);
  }
  if (byCharge.size <= 1) return [{ charge: undefined, fees: [...fees] }];
  return (['gia', 'phi', 'le_phi'] as const).flatMap((charge) =>
    byCharge.has(charge) ? [{ charge, fees: byCharge.get(charge)! }] : [],
  );
}

/**
 * What one case pays in fees at the least (flat amounts, no page count): the lowest fixed first-unit amount of
 * each charge, summed. 0 when the record charges nothing, undefined when no amount is fixed.
 */
export function lowestCaseFee(record: AnyRecord): number | undefined {
  const fees = generalChannel(record).fees;
  if (fees.length === 0) return 0;
  const first = fees.filter((f) => f.amount !== null && !isFurther(f));
  if (first.length === 0) return undefined;
  return charges(first).reduce((sum, c) => sum + Math.min(...c.fees.map((f) => f.amount ?? 0)), 0);
}

/**
 * The fee of one case, as the law charges it: the charges that add up (service price, fee, lệ phí) summed, and
 * within each charge the lowest of its alternatives (amounts for different cases: individual or organisation,
 * land or land and house), the lower figure Article 27 asks for; an amount per page times the pages of one
 * document, with the tier from page 3 for the pages beyond the second; a tier for further units (a second parcel,
 * an extra certificate) left out, since one case is one unit. See docs/cost-model.md ("Fees").
 */
function feeLines(record: AnyRecord, p: CostParameters, notes: string[]): CostLine[] {
  const fees = generalChannel(record).fees;
  for (const f of fees) {
    if (f.amount === null) notes.push(`Khoản "${f.name}" không có mức thu cố định: không tính vào chi phí.`);
  }
  const fixed = fees.filter((f) => f.amount !== null);
  const first = fixed.filter((f) => !isFurther(f));
  const further = fixed.filter(isFurther);
  if (first.length === 0) return [line('fees', 'fees', 'Phí, lệ phí', 1, 'hồ sơ', 0)];
  const pages = Math.max(1, Math.ceil(p.pages_per_document));
  const perPage = (f: Fee) => PER_PAGE.test(foldForSearch(f.per ?? ''));
  const perCase = (f: Fee) => (perPage(f) ? Math.min(pages, 2) * (f.amount ?? 0) : (f.amount ?? 0));
  const groups = charges(first);
  if (groups.length > 1) {
    notes.push(
      `Các khoản cộng dồn: ${groups.map((g) => CHARGE_LABELS[g.charge!].toLowerCase()).join(' + ')}; mỗi khoản tính mức thấp nhất.`,
    );
  }
  const lines: CostLine[] = [];
  for (const group of groups) {
    const chosen = group.fees.reduce((low, f) => (perCase(f) < perCase(low) ? f : low));
    if (group.fees.length > 1) {
      notes.push(
        `Bản công bố ghi ${group.fees.length} mức ${group.charge ? CHARGE_LABELS[group.charge].toLowerCase() : 'phí'} cho các trường hợp khác nhau; tính mức thấp nhất ("${chosen.name}").`,
      );
    }
    const item = group.charge && groups.length > 1 ? `fees_${group.charge}` : 'fees';
    const label = group.charge && groups.length > 1 ? CHARGE_LABELS[group.charge] : 'Phí, lệ phí';
    if (perPage(chosen)) {
      lines.push(
        line(
          'fees',
          item,
          label,
          Math.min(pages, 2),
          'trang',
          chosen.amount ?? 0,
          `${chosen.name}: ${Math.min(pages, 2)} trang`,
        ),
      );
      const next = further.find(perPage);
      if (next && pages > 2)
        lines.push(
          line('fees', `${item}_next_pages`, `${label} (từ trang thứ ba)`, pages - 2, 'trang', next.amount ?? 0),
        );
    } else {
      lines.push(
        line(
          'fees',
          item,
          label,
          1,
          'hồ sơ',
          chosen.amount ?? 0,
          chosen.per ? `${chosen.name}, mỗi ${chosen.per}` : chosen.name,
        ),
      );
    }
  }
  for (const f of further.filter((f) => !perPage(f))) {
    notes.push(`Khoản "${f.name}" chỉ thu cho đơn vị thứ hai trở đi: một hồ sơ một đơn vị, không tính.`);
  }
  return lines;
}

function workingDays(record: AnyRecord): number | null {
  const time = generalChannel(record).time;
  return time.kind === 'duration' ? time.workingDays : null;
}

/** Hours a desk can take while the citizen waits: beyond half a working day they come back. */
const ON_THE_SPOT_HOURS = 4;

/** Whether the desk answers the same day, so submitting and collecting are one visit. */
function answeredOnTheSpot(record: AnyRecord): boolean {
  const time = generalChannel(record).time;
  if (time.kind !== 'duration') return false;
  const { unit, value } = time.duration;
  return unit === 'same_day' || (unit === 'hours' && value <= ON_THE_SPOT_HOURS);
}

export interface RecordCostOptions {
  /** The most one case pays in fees (a simplification bringing the fee to the national record's). */
  fee_ceiling?: number;
}

export function recordCost(record: AnyRecord, p: CostParameters, options: RecordCostOptions = {}): RecordCost {
  const notes: string[] = [];
  const lines: CostLine[] = [];
  const income = p.income_per_hour;

  lines.push(line('learn', 'learn', 'Tìm hiểu yêu cầu của thủ tục', p.hours_to_learn, 'giờ', income));

  // Documents: only those every applicant needs; a document required "when" a case applies is left out (lower figure).
  const conditional = record.data.documents.filter((d) => (d.when ?? '').trim() !== '');
  if (conditional.length > 0) {
    notes.push(`${conditional.length} giấy tờ chỉ cần trong một số trường hợp: không tính.`);
  }
  // A row that names no paper (punctuation alone) costs nothing to prepare.
  const unnamed = record.data.documents.filter((d) => !hasNameText(d.name)).length;
  if (unnamed > 0) notes.push(`${unnamed} dòng thành phần hồ sơ không ghi tên giấy tờ: không tính.`);
  const sets = record.data.dossier_sets ?? 1;
  const documents = record.data.documents
    .filter((d) => (d.when ?? '').trim() === '' && hasNameText(d.name))
    .map((d) => documentCost(d, sets, p));
  const prepared = documents.filter((d) => d.form !== 'present').length;
  if (prepared > 0) {
    lines.push(
      line(
        'documents',
        'prepare',
        'Chuẩn bị giấy tờ',
        prepared * p.hours_per_document,
        'giờ',
        income,
        `${prepared} giấy tờ × ${num(p.hours_per_document)} giờ`,
      ),
    );
  }
  const pages = documents.reduce((sum, d) => sum + d.pages_copied, 0);
  if (pages > 0) lines.push(line('documents', 'copy', 'Photocopy giấy tờ', pages, 'trang', p.copy_per_page));
  const certified = documents.reduce((sum, d) => sum + d.certified_copies, 0);
  if (certified > 0) {
    lines.push(
      line(
        'documents',
        'certify',
        'Phí chứng thực bản sao',
        certified,
        'bản',
        certificationFeePerCopy(p.pages_per_document, p),
        `${certified} bản × ${num(p.pages_per_document)} trang`,
      ),
      line('documents', 'certify_time', 'Đi chứng thực bản sao', p.hours_to_certify, 'giờ', income),
      line('documents', 'certify_travel', 'Chi phí đi lại để chứng thực', 1, 'lượt', p.travel_cost_per_trip),
    );
  }

  const channel = costChannel(record);
  if (channel === 'in_person' && !record.data.channels.in_person && record.data.channels.postal) {
    notes.push('Chỉ nộp qua bưu chính: tính như nộp trực tiếp (mô hình chưa có tham số cước bưu chính).');
  }
  // A walk-in answered while the citizen waits is one trip, not a trip to submit and another to collect.
  const oneVisit = channel === 'in_person' && answeredOnTheSpot(record);
  const trips =
    channel === 'online_full'
      ? 0
      : channel === 'online_partial'
        ? p.trips_online_partial
        : oneVisit
          ? Math.min(1, p.trips_in_person)
          : p.trips_in_person;
  if (channel !== 'in_person') {
    lines.push(line('channel', 'online', 'Nộp hồ sơ và nhận kết quả trực tuyến', p.hours_online, 'giờ', income));
  }
  if (trips > 0) {
    const tripDetail = `${num(trips)} lượt × ${num(p.hours_per_trip)} giờ${oneVisit ? ' (giải quyết trong ngày: nộp và nhận trong một lượt)' : ''}`;
    lines.push(
      line(
        'channel',
        'trips',
        'Đi lại, chờ, nộp hồ sơ và nhận kết quả',
        trips * p.hours_per_trip,
        'giờ',
        income,
        tripDetail,
      ),
      line('channel', 'travel', 'Chi phí đi lại', trips, 'lượt', p.travel_cost_per_trip),
    );
  }

  const feeItems = feeLines(record, p, notes);
  const charged = feeItems.reduce((s, l) => s + l.amount, 0);
  if (options.fee_ceiling !== undefined && charged > options.fee_ceiling) {
    // The proposal brings the fee to the national record's.
    lines.push(line('fees', 'fees', 'Phí, lệ phí (theo mức của bản quốc gia)', 1, 'hồ sơ', options.fee_ceiling));
  } else {
    lines.push(...feeItems);
  }

  const components = { learn: 0, documents: 0, channel: 0, fees: 0 } as Record<CostComponent, number>;
  let hours = 0;
  let time_cost = 0;
  for (const l of lines) {
    components[l.component] += l.amount;
    if (l.unit === 'giờ') {
      hours += l.quantity;
      time_cost += l.amount;
    }
  }
  const fees = components.fees;
  const total = lines.reduce((sum, l) => sum + l.amount, 0);
  return {
    record: record.id,
    channel,
    hours,
    lines,
    components,
    time_cost,
    out_of_pocket: total - time_cost - fees,
    fees,
    total,
    documents,
    processing_working_days: workingDays(record),
    notes,
  };
}
