/**
 * A finding's evidence (the values the rule compared, per record id) in words. Each rule says in RULE_WORDS how
 * its own evidence type (exported beside the rule) is written — a processing time, a list of fees or documents —
 * so a rule that changes its evidence no longer compiles here; plain values are written as "field: value" with
 * Vietnamese field names.
 */
import type { EvidenceOf, Finding, RuleId } from '../../core/review/finding.ts';
import type { ShownDocument, ShownFee, ShownTime, UnreadTime } from '../../core/review/evidence.ts';
import { amountText, formatDays, formsText } from '../../core/review/format.ts';
import type { DocumentRequirement, NationalLegalRef } from '../../core/schema/index.ts';
import { formatDuration } from '../../core/time/working-days.ts';
import { formatPercent } from '../../core/words/format.ts';
import {
  EVIDENCE_FIELD_WORDS as FIELD_WORDS,
  EVIDENCE_VALUE_WORDS as VALUE_WORDS,
  EVIDENCE_WORDS as WORDS,
  LEVEL_LABELS,
} from '../labels.ts';

export interface EvidenceLine {
  /** The record id, or the evidence's own key when it is not a record ("full"). */
  key: string;
  /** Whose value: the record's label, or the key in words. */
  label: string;
  text: string;
}

/** A plain value in words: scalars, lists, and objects as "field: value". */
export function valueWords(v: unknown): string {
  if (v === null || v === undefined) return WORDS.none;
  if (typeof v === 'boolean') return v ? WORDS.yes : WORDS.no;
  if (typeof v === 'number') return formatDays(v);
  if (typeof v === 'string') return VALUE_WORDS[v] ?? v;
  if (Array.isArray(v)) return listWords(v, valueWords);
  if (typeof v === 'object') return fieldsWords(v);
  return String(v);
}

/** Evidence keys holding a 0..1 share (a similarity, a name's coverage), written as a percentage. */
const SHARE_KEYS = new Set(['coverage', 'similarity', 'score', 'title_similarity', 'document_similarity']);

/** One evidence key's value in words: shares as percentages, a level by its name. */
function keyedWords(key: string, value: unknown): string {
  if (typeof value === 'number' && SHARE_KEYS.has(key)) return formatPercent(value);
  if (key === 'level' && typeof value === 'string') return (LEVEL_LABELS[value] ?? value).toLocaleLowerCase('vi');
  return valueWords(value);
}

/** "field: text" with the field in words. */
const field = (key: string, text: string) => `${FIELD_WORDS[key] ?? key}: ${text}`;

function fieldsWords(v: object): string {
  return Object.entries(v)
    .map(([k, value]) => field(k, keyedWords(k, value)))
    .join('; ');
}

function listWords<T>(list: readonly T[], words: (item: T) => string): string {
  return list.length === 0 ? WORDS.none : list.map(words).join('; ');
}

/** A time as it is written; a conversion to working days is never shown as fact ("ngày" is not "ngày làm việc"). */
function timeWords(time: ShownTime | UnreadTime): string {
  if (!('unit' in time)) return fieldsWords(time);
  return time.text !== '' ? time.text : formatDuration(time);
}

function feeWords(fee: Pick<ShownFee, 'name' | 'amount' | 'per' | 'note'>): string {
  return `${fee.name}: ${amountText(fee)}${fee.note !== undefined ? ` (${fee.note})` : ''}`;
}

function documentWords(
  doc: Pick<DocumentRequirement, 'name'> & Partial<Pick<DocumentRequirement, 'form' | 'copies' | 'when'>>,
): string {
  const parts: string[] = [];
  if (doc.form !== undefined) parts.push(formsText(Array.isArray(doc.form) ? doc.form : [doc.form]));
  if (doc.copies !== undefined && doc.copies > 1) parts.push(WORDS.copies(doc.copies));
  if (doc.when !== undefined) parts.push(field('when', doc.when));
  return parts.length > 0 ? `${doc.name} (${parts.join(', ')})` : doc.name;
}

/** A legal text as cited: its id or number, and its title when the citation gives one. */
const legalWords = (ref: NationalLegalRef) =>
  typeof ref === 'string' ? ref : ref.title === '' ? ref.number : `${ref.number} (${ref.title})`;

const fees = (list: readonly ShownFee[]) => listWords(list, feeWords);
const documents = (list: readonly ShownDocument[] | null) =>
  list === null ? WORDS.none : listWords(list, documentWords);
const times = (value: ShownTime | readonly (ShownTime | UnreadTime)[]) =>
  'text' in value ? timeWords(value) : listWords(value, timeWords);

/** One value of a rule's evidence (what it holds for one record, or under one of its own keys). */
type EvidenceValue<Id extends RuleId> = NonNullable<EvidenceOf<Id>[keyof EvidenceOf<Id>]>;

type EvidenceValues = { [Id in RuleId]: EvidenceValue<Id> };

/** How each rule's evidence is written: one entry per rule, reading only the fields that rule's evidence has. */
const RULE_WORDS: { readonly [Id in RuleId]: (value: EvidenceValues[Id]) => string } = {
  'fee-mismatch': fees,
  'time-mismatch': timeWords,
  'documents-mismatch': documents,
  'channel-mismatch': valueWords,
  'legal-basis-mismatch': valueWords,
  'exceeds-baseline-time': times,
  'time-differs-from-baseline': times,
  'fee-differs-from-baseline': fees,
  'fee-not-published': fees,
  // The baseline's entry is its closest row and how much of the name it covers.
  'extra-document': (value) => (Array.isArray(value) ? documents(value) : fieldsWords(value)),
  // The baseline's rows, or its clause on postal filing.
  'missing-baseline-document': (value) => (typeof value === 'string' ? valueWords(value) : documents(value)),
  'stricter-document-form': formsText,
  // The record: the texts it cites; the baseline: the texts the record leaves out and the baseline's decision.
  'legal-basis-differs-from-baseline': (value) =>
    'missing' in value
      ? [field('missing', listWords(value.missing, legalWords)), field('decision', valueWords(value.decision))].join(
          '; ',
        )
      : fieldsWords(value),
  'ambiguous-time': fieldsWords,
  'fee-contradiction': feeWords,
  'suspect-fee-amount': fees,
  'online-penalty': fieldsWords,
  'copy-of-presented-document': documents,
  'obsolete-document': valueWords,
  'state-held-document': documents,
  'certified-copy-required': (list) => listWords(list, documentWords),
  'multiple-dossier-sets': ({ dossier_sets, documents: many }) =>
    `${WORDS.dossierSets}: ${formatDays(dossier_sets)}; ${WORDS.manyCopies}: ${listWords(many, documentWords)}`,
  'no-online-channel': valueWords,
  'superseded-legal-basis': ({ cited, status, superseded_by }) =>
    [
      field('cited', legalWords(cited)),
      field('status', valueWords(status)),
      field('superseded_by', valueWords(superseded_by)),
    ].join('; '),
  'missing-information': valueWords,
  'agency-contact-missing': fieldsWords,
  'stale-review': fieldsWords,
  'abolished-admin-unit': fieldsWords,
  'mentions-abolished-unit': valueWords,
  'possible-duplicate': valueWords,
  'ungrouped-record': (value) =>
    typeof value === 'object' && 'reason' in value
      ? `${value.code} (${WORDS.suggestedBecause[value.reason]}, ${field('score', formatPercent(value.score))})`
      : valueWords(value),
};

function ruleLines<Id extends RuleId>(
  rule: Id,
  values: Readonly<Record<string, EvidenceValues[Id] | null | undefined>>,
  records: readonly string[],
  labelOf: (id: string) => string | undefined,
): EvidenceLine[] {
  const keys = [...records.filter((id) => id in values), ...Object.keys(values).filter((k) => !records.includes(k))];
  return keys.map((key) => {
    const value = values[key];
    const text =
      value === null || value === undefined
        ? WORDS.none
        : typeof value !== 'object' && !records.includes(key)
          ? keyedWords(key, value) // a figure of the finding's own ("level", "title_similarity")
          : RULE_WORDS[rule](value);
    return { key, label: labelOf(key) ?? FIELD_WORDS[key] ?? key, text };
  });
}

/** The evidence, one line per record (in the finding's record order, then any other key). */
export function evidenceLines(finding: Finding, labelOf: (id: string) => string | undefined): EvidenceLine[] {
  return ruleLines(finding.rule, finding.evidence, finding.records, labelOf);
}
