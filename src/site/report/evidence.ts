/**
 * A finding's evidence (the values the rule compared, per record id) in words. Each rule says in RULE_WORDS how
 * its own evidence type (exported beside the rule) is written — a processing time, a list of fees or documents —
 * so a rule that changes its evidence no longer compiles here; plain values are written as "field: value" with
 * Vietnamese field names. Ids of the catalogue (records, legal texts, agencies, localities) are written by the
 * names the pages give them, dates as dd/mm/yyyy; the words are in site/labels.ts.
 */
import type { EvidenceOf, Finding, RuleId } from '../../core/review/finding.ts';
import type { ShownDocument, ShownFee, ShownTime, UnreadTime } from '../../core/review/evidence.ts';
import { amountText, formatDays, formsText } from '../../core/review/format.ts';
import type { DocumentRequirement, NationalLegalRef } from '../../core/schema/index.ts';
import { formatDuration } from '../../core/time/working-days.ts';
import { formatDate, formatPercent, formatVnd } from '../../core/words/format.ts';
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

/**
 * The names of the catalogue's entries that evidence holds by id (legal.yaml, agencies.yaml, localities.yaml),
 * looked up by the caller (findings.ts) so that this module stays a pure writer.
 */
export interface CatalogueNames {
  /** A legal text by its number and title. */
  legal(id: string): { number: string; title: string } | undefined;
  /** An agency or a desk by its name. */
  agency(id: string): string | undefined;
  /** A locality by its name. */
  locality(id: string): string | undefined;
}

/** What a rule's writer may read besides the evidence: the finding's field, and names for ids. */
interface WordsContext extends CatalogueNames {
  /** The finding's field (`by_channel.online.fees`): what a rule's bare figures measure. */
  field: string;
  /** A record's label on the report ("Bản quốc gia", "Cấp xã – Phường A"). */
  record(id: string): string | undefined;
}

/** For a value outside a finding (a nested time's text, `valueWords` on its own): nothing to name. */
const UNNAMED: WordsContext = {
  field: '',
  record: () => undefined,
  legal: () => undefined,
  agency: () => undefined,
  locality: () => undefined,
};

/** A plain value in words: scalars, lists, and objects as "field: value". */
export function valueWords(v: unknown, names: WordsContext = UNNAMED): string {
  if (v === null || v === undefined) return WORDS.none;
  if (typeof v === 'boolean') return v ? WORDS.yes : WORDS.no;
  if (typeof v === 'number') return formatDays(v);
  if (typeof v === 'string') return VALUE_WORDS[v] ?? v;
  if (Array.isArray(v)) return listWords(v, (item) => valueWords(item, names));
  if (typeof v === 'object') return fieldsWords(v, names);
  return String(v);
}

/** Evidence keys holding a 0..1 share (a similarity, a name's coverage), written as a percentage. */
const SHARE_KEYS = new Set(['coverage', 'similarity', 'score', 'title_similarity', 'document_similarity']);
/** Evidence keys holding a date (YYYY-MM-DD). */
const DATE_KEYS = new Set(['until', 'reviewed_at']);

/**
 * One evidence key's value in words: shares as percentages, dates as dd/mm/yyyy, a level, an agency or desk and
 * a locality by their names.
 */
function keyedWords(key: string, value: unknown, names: WordsContext): string {
  if (typeof value === 'number' && SHARE_KEYS.has(key)) return formatPercent(value);
  if (typeof value !== 'string') return valueWords(value, names);
  if (DATE_KEYS.has(key)) return formatDate(value);
  if (key === 'level') return (LEVEL_LABELS[value] ?? value).toLocaleLowerCase('vi');
  if (key === 'agency' || key === 'desks') return names.agency(value) ?? value;
  if (key === 'locality') return names.locality(value) ?? value;
  return valueWords(value, names);
}

/** "field: text" with the field in words. */
const field = (key: string, text: string) => `${FIELD_WORDS[key] ?? key}: ${text}`;

/** Parts joined by "; ", each without the full stop or semicolon its text may end with ("đã cấp.; tỉ lệ"). */
const joinParts = (parts: readonly string[]) => parts.map((p) => p.replace(/\s*[.;]+$/u, '')).join('; ');

function fieldsWords(v: object, names: WordsContext): string {
  return joinParts(Object.entries(v).map(([k, value]) => field(k, keyedWords(k, value, names))));
}

function listWords<T>(list: readonly T[], words: (item: T) => string): string {
  return list.length === 0 ? WORDS.none : joinParts(list.map(words));
}

/**
 * A time as it is written; a conversion to working days is never shown as fact ("ngày" is not "ngày làm việc").
 * Where a rule only has the conversion (online-penalty), the figure says it is one (EVIDENCE_WORDS).
 */
function timeWords(time: ShownTime | UnreadTime): string {
  if (!('unit' in time)) return fieldsWords(time, UNNAMED); // its text only
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

/** A legal text by its number and title: as cited, or from legal.yaml for an id (its id only when unknown there). */
function legalWords(ref: NationalLegalRef, names: CatalogueNames): string {
  const text = typeof ref === 'string' ? names.legal(ref) : ref;
  if (text === undefined) return String(ref);
  return text.title === '' ? text.number : `${text.number} (${text.title})`;
}

const legalList = (refs: readonly NationalLegalRef[], names: CatalogueNames) =>
  listWords(refs, (ref) => legalWords(ref, names));

/** online-penalty's totals by the finding's field: VND for fees, converted working days for times. */
const CHANNEL_TOTAL: Readonly<Record<string, (n: number) => string>> = {
  'by_channel.online.fees': formatVnd,
  'by_channel.online.processing_time': (days) => WORDS.convertedWorkingDays(formatDays(days)),
};

const fees = (list: readonly ShownFee[]) => listWords(list, feeWords);
const documents = (list: readonly ShownDocument[] | null) =>
  list === null ? WORDS.none : listWords(list, documentWords);
const times = (value: ShownTime | readonly (ShownTime | UnreadTime)[]) =>
  'text' in value ? timeWords(value) : listWords(value, timeWords);

/** One value of a rule's evidence (what it holds for one record, or under one of its own keys). */
type EvidenceValue<Id extends RuleId> = NonNullable<EvidenceOf<Id>[keyof EvidenceOf<Id>]>;

type EvidenceValues = { [Id in RuleId]: EvidenceValue<Id> };

/** How each rule's evidence is written: one entry per rule, reading only the fields that rule's evidence has. */
const RULE_WORDS: { readonly [Id in RuleId]: (value: EvidenceValues[Id], names: WordsContext) => string } = {
  'fee-mismatch': fees,
  'time-mismatch': timeWords,
  'documents-mismatch': documents,
  'channel-mismatch': valueWords,
  // Per record: the legal.yaml ids it cites.
  'legal-basis-mismatch': legalList,
  'exceeds-baseline-time': times,
  'time-differs-from-baseline': times,
  'fee-differs-from-baseline': fees,
  'fee-not-published': fees,
  // The baseline's entry is its closest row and how much of the name it covers.
  'extra-document': (value, names) => (Array.isArray(value) ? documents(value) : fieldsWords(value, names)),
  // The baseline's rows, or its clause on postal filing.
  'missing-baseline-document': (value) => (typeof value === 'string' ? valueWords(value) : documents(value)),
  'stricter-document-form': formsText,
  // The record: the texts it cites; the baseline: the texts the record leaves out and the baseline's decision.
  'legal-basis-differs-from-baseline': (value, names) =>
    'missing' in value
      ? [field('missing', legalList(value.missing, names)), field('decision', valueWords(value.decision))].join('; ')
      : fieldsWords(value, names),
  'ambiguous-time': fieldsWords,
  'fee-contradiction': feeWords,
  'suspect-fee-amount': fees,
  // The totals compared, in the unit of the finding's field.
  'online-penalty': ({ online, in_person }, context) => {
    const total = CHANNEL_TOTAL[context.field] ?? formatDays;
    return [field('online', total(online)), field('in_person', total(in_person))].join('; ');
  },
  'copy-of-presented-document': documents,
  'obsolete-document': valueWords,
  'state-held-document': documents,
  'certified-copy-required': (list) => listWords(list, documentWords),
  'multiple-dossier-sets': ({ dossier_sets, documents: many }) =>
    `${WORDS.dossierSets}: ${formatDays(dossier_sets)}; ${WORDS.manyCopies}: ${listWords(many, documentWords)}`,
  // The record's online level, or (`full`) the records of its code already fully online, by their labels.
  'no-online-channel': (value, names) =>
    Array.isArray(value) ? listWords(value, (id) => names.record(id) ?? id) : valueWords(value),
  'superseded-legal-basis': ({ cited, status, superseded_by }, names) =>
    [
      field('cited', legalWords(cited, names)),
      field('status', valueWords(status)),
      field('superseded_by', superseded_by === null ? WORDS.none : legalWords(superseded_by, names)),
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
  names: WordsContext,
): EvidenceLine[] {
  const keys = [...records.filter((id) => id in values), ...Object.keys(values).filter((k) => !records.includes(k))];
  return keys.map((key) => {
    const value = values[key];
    const text =
      value === null || value === undefined
        ? WORDS.none
        : typeof value !== 'object' && !records.includes(key)
          ? keyedWords(key, value, names) // a figure of the finding's own ("level", "title_similarity")
          : RULE_WORDS[rule](value, names);
    return { key, label: names.record(key) ?? FIELD_WORDS[key] ?? key, text };
  });
}

/**
 * The evidence, one line per record (in the finding's record order, then any other key). `labelOf` names records,
 * `catalogue` the legal texts, agencies and localities the evidence holds by id.
 */
export function evidenceLines(
  finding: Finding,
  labelOf: (id: string) => string | undefined,
  catalogue: CatalogueNames,
): EvidenceLine[] {
  return ruleLines(finding.rule, finding.evidence, finding.records, {
    ...catalogue,
    field: finding.field,
    record: labelOf,
  });
}
