/**
 * A finding's evidence (the values the rule compared, per record id) in words. Rules put different shapes
 * there — a processing time, a list of fees or documents, a legal reference, a plain value — so each shape is
 * recognised by its fields; anything else is written as "field: value" with Vietnamese field names.
 */
import { amountText, formatDays, formsText } from '../../core/review/format.ts';
import { formatDuration } from '../../core/time/working-days.ts';

type Duration = Parameters<typeof formatDuration>[0];
import type { DocumentForm } from '../../core/schema/index.ts';

export interface EvidenceLine {
  /** The record id, or the evidence's own key when it is not a record ("full"). */
  key: string;
  /** Whose value: the record's label, or the key in words. */
  label: string;
  text: string;
}

const FIELD_WORDS: Readonly<Record<string, string>> = {
  agency: 'cơ quan',
  address: 'địa chỉ',
  phone: 'điện thoại',
  online: 'trực tuyến',
  in_person: 'trực tiếp',
  postal: 'bưu chính',
  full: 'trực tuyến toàn trình',
  cited: 'văn bản trích dẫn',
  status: 'tình trạng',
  superseded_by: 'được thay thế bởi',
  text: 'ghi',
  reason: 'lý do',
  copies: 'số bản',
  form: 'hình thức',
  when: 'khi',
  name: 'tên',
  similarity: 'độ giống',
  title: 'tên thủ tục',
  reviewed_at: 'ngày rà soát',
  level: 'cấp',
  locality: 'địa bàn',
  until: 'kết thúc',
};

const VALUE_WORDS: Readonly<Record<string, string>> = {
  none: 'không có',
  partial: 'một phần',
  full: 'toàn trình',
  no_unit: 'không có đơn vị',
  superseded: 'đã bị thay thế',
  expired: 'hết hiệu lực',
  amended: 'đã được sửa đổi',
};

type Plain = Record<string, unknown>;
const isObject = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

function isTime(v: Plain): boolean {
  return 'working_days' in v || ('value' in v && 'unit' in v);
}

/** A time as it is written; a conversion to working days is never shown as fact ("ngày" is not "ngày làm việc"). */
function timeWords(v: Plain): string {
  const written = typeof v.text === 'string' && v.text !== '' ? v.text : undefined;
  const stated =
    typeof v.value === 'number' && typeof v.unit === 'string'
      ? formatDuration({ value: v.value, unit: v.unit as Duration['unit'] })
      : undefined;
  return written ?? stated ?? valueWords(v.working_days ?? v.value);
}

function isFee(v: Plain): boolean {
  return typeof v.name === 'string' && 'amount' in v;
}

function feeWords(v: Plain): string {
  const amount =
    typeof v.amount === 'number' || v.amount === null
      ? amountText({ amount: v.amount, per: typeof v.per === 'string' ? v.per : undefined })
      : valueWords(v.amount);
  return `${v.name}: ${amount}${typeof v.note === 'string' ? ` (${v.note})` : ''}`;
}

function isDocument(v: Plain): boolean {
  return typeof v.name === 'string' && ('form' in v || 'copies' in v || 'when' in v);
}

function documentWords(v: Plain): string {
  const parts: string[] = [];
  if (v.form !== undefined) parts.push(formsText((Array.isArray(v.form) ? v.form : [v.form]) as DocumentForm[]));
  if (typeof v.copies === 'number' && v.copies > 1) parts.push(`${v.copies} bản`);
  if (typeof v.when === 'string') parts.push(`khi: ${v.when}`);
  return parts.length > 0 ? `${v.name} (${parts.join(', ')})` : String(v.name);
}

/** One value in words. */
export function valueWords(v: unknown): string {
  if (v === null || v === undefined) return 'không có';
  if (typeof v === 'boolean') return v ? 'có' : 'không';
  if (typeof v === 'number') return formatDays(v);
  if (typeof v === 'string') return VALUE_WORDS[v] ?? v;
  if (Array.isArray(v)) return v.length === 0 ? 'không có' : v.map(valueWords).join('; ');
  if (isObject(v)) {
    if (isTime(v)) return timeWords(v);
    if (isFee(v)) return feeWords(v);
    if (isDocument(v)) return documentWords(v);
    return Object.entries(v)
      .map(([k, value]) => `${FIELD_WORDS[k] ?? k}: ${valueWords(value)}`)
      .join('; ');
  }
  return String(v);
}

/** The evidence, one line per record (in the finding's record order, then any other key). */
export function evidenceLines(
  evidence: Readonly<Record<string, unknown>>,
  records: readonly string[],
  labelOf: (id: string) => string | undefined,
): EvidenceLine[] {
  const keys = [
    ...records.filter((id) => id in evidence),
    ...Object.keys(evidence).filter((k) => !records.includes(k)),
  ];
  return keys.map((key) => ({ key, label: labelOf(key) ?? FIELD_WORDS[key] ?? key, text: valueWords(evidence[key]) }));
}
