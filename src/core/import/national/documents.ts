/**
 * Thành phần hồ sơ: a portal table flattened to text. Each section is a case heading ("* Giấy tờ phải
 * nộp:", "a) Trường hợp ...", or "--" for none), the header "Tên giấy tờMẫu đơn, tờ khaiSố lượng", then rows
 * of document name, attached form files and a quantity ("1 bản chính", "1 bản chính,1 bản sao",
 * "1 bản sao"), all run together. The quantity ends a row; what follows the last quantity of a section is
 * the next section's heading.
 */
import type { DocumentForm, DocumentRequirement } from '../../schema/document-requirement.ts';
import { normalizeInline } from '../../text/normalize.ts';
import { DOCUMENT_FORM_WORDS } from '../../words/vocabulary.ts';
import { splitFormFiles } from './form-files.ts';
import { isNoInformation, stripBullet } from './portal-text.ts';
import type { Warnings } from './warnings.ts';

export interface DocumentFields {
  documents: DocumentRequirement[];
  /** Attached form file names, in order, without repeats. */
  forms: string[];
  /** Rows that are rules rather than papers ("0 bản chính"), and text that is not a row. */
  notes: string[];
}

const HEADER = /Tên giấy tờ\s*Mẫu đơn, tờ khai\s*Số lượng/u;
const QUANTITY = /(\d+)\s?bản chính(?:\s?,\s?(\d+)\s?bản sao)?|(\d+)\s?bản sao/gu;
// Headings that name no case: the rows under them apply always.
const GENERIC_HEADING =
  /^(?:-+|(?:các\s)?giấy tờ phải (?:nộp|xuất trình)(?!\p{L}).*|(?:\d+\)\s*)?thành phần hồ sơ(?!\p{L}).*|hồ sơ (?:gồm|bao gồm)(?!\p{L}).*|bao gồm|lưu ý)$/iu;
const PRESENT_HEADING = /phải xuất trình/iu;

interface Counts {
  originals: number;
  copies: number;
}

interface Row extends Counts {
  text: string;
  /** The first count the name itself gives ("(01 bản chính)"): it says more than the table's quantity column. */
  own?: Counts;
}

export function readDocuments(input: string, warnings: Warnings): DocumentFields {
  const text = normalizeInline(input);
  const fields: DocumentFields = { documents: [], forms: [], notes: [] };
  if (isNoInformation(text)) {
    warnings.add('documents_missing');
    return fields;
  }
  const parts = text.split(HEADER);
  if (parts.length === 1) {
    fields.notes.push(text);
    warnings.add('document_text_unread', text);
    warnings.add('documents_missing');
    return fields;
  }
  let heading = parts[0] ?? '';
  for (let p = 1; p < parts.length; p++) {
    const { rows, rest } = splitRows(parts[p] ?? '');
    for (const row of rows) addRow(fields, row, heading, warnings);
    if (p === parts.length - 1) {
      if (rest !== '' && !isNoInformation(rest)) {
        fields.notes.push(rest);
        warnings.add('document_text_unread', rest);
      }
    } else heading = rest;
  }
  if (fields.documents.length === 0) warnings.add('documents_missing');
  return fields;
}

/**
 * Quantities are one or two digits ("1", "01", "0", "2"); longer runs are the end of the name glued to the
 * count ("...năm 20261 bản chính" is "...năm 2026" and 1): the count is then the last digit, with a leading 0.
 */
function splitCount(digits: string): { count: number; spill: string } {
  const count = digits.length <= 2 ? digits : (/0?\d$/u.exec(digits)?.[0] ?? digits);
  return { count: Number(count), spill: digits.slice(0, digits.length - count.length) };
}

function splitRows(section: string): { rows: Row[]; rest: string } {
  const rows: Row[] = [];
  let from = 0;
  let own: Counts | undefined;
  for (const m of section.matchAll(QUANTITY)) {
    const first = splitCount(m[1] ?? m[3] ?? '0');
    const copies = m[2] !== undefined ? splitCount(m[2]).count : m[3] !== undefined ? first.count : 0;
    const originals = m[1] !== undefined ? first.count : 0;
    // "Phiếu yêu cầu … (01 bản chính) (khoản 1 Điều 27 …)", "(01 bản chính hoặc 01 bản sao có chứng thực)", "01 bản
    // sao có chứng thực hoặc …: Quyết định thành lập": a count right after "(" or "hoặc", or right before "có chứng
    // thực", "kèm bản chính", "điện tử" or "hoặc", is the name's own words, not the quantity that ends the row.
    const after = section.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 16);
    if (
      /(?:\(|(?<![\p{L}\p{N}])hoặc)\s*$/u.test(section.slice(from, m.index)) ||
      /^\s*(?:có chứng thực|kèm bản chính|điện tử|hoặc)(?![\p{L}\p{N}])/u.test(after)
    ) {
      own ??= { originals, copies };
      continue;
    }
    const text = `${section.slice(from, m.index)}${first.spill}`.trim();
    from = (m.index ?? 0) + m[0].length;
    const named = own;
    own = undefined;
    const previous = rows[rows.length - 1];
    // "…hàng hóa: 01 bản chính.1 bản chính": the name ends with its own count and a full stop, then comes the
    // table's quantity. The "." or ")." between them is the end of the name, not a row: the table's quantity is the
    // previous row's, unless the table says 0 (left unfilled): then the name's own count stands. (A ";" there is
    // dropped by addRow, as before.)
    if (previous && /^[.)]+$/u.test(text)) {
      if (originals + copies > 0) Object.assign(previous, { originals, copies });
      continue;
    }
    rows.push({ text, originals, copies, ...(named ? { own: named } : {}) });
  }
  return { rows, rest: section.slice(from).trim() };
}

/** "bản sao có chứng thực" -> certified_copy: the content model's own words for its forms. */
const FORM_BY_WORDS = new Map(
  Object.entries(DOCUMENT_FORM_WORDS).map(([form, words]) => [words, form as DocumentForm]),
);
const STATED_FORMS = /\((\s*\d{1,2}\s?bản [^()]*?)\)/gu;

function formsIn(statement: string): DocumentForm[] | undefined {
  const forms: DocumentForm[] = [];
  for (const part of statement.split(/\s+hoặc\s+/u)) {
    const words = part.replace(/^\s*\d{1,2}\s?/u, '').trim();
    const form = FORM_BY_WORDS.get(words);
    if (!form) return undefined;
    if (!forms.includes(form)) forms.push(form);
  }
  return forms;
}

/**
 * The forms a name states in brackets, "(01 bản chính hoặc 01 bản sao có chứng thực)" → original or certified copy
 * (the Ministry of Justice's security-registration records): more exact than the table's quantity column, which
 * sums them up as "0 bản chính,1 bản sao". Undefined when the name states none, words this does not know, brackets
 * that disagree, or "bản gốc" outside them ("Giấy chứng nhận (bản gốc) hoặc văn bản thỏa thuận … (01 bản chính hoặc
 * 01 bản sao có chứng thực)": the brackets may speak of another paper of the row).
 */
export function statedForms(name: string): DocumentForm[] | undefined {
  const statements = [...name.matchAll(STATED_FORMS)].map((m) => formsIn(m[1]!));
  const first = statements[0];
  if (!first || statements.some((f) => f?.join() !== first.join())) return undefined;
  if (/bản gốc/iu.test(name.replace(STATED_FORMS, ''))) return undefined;
  return first;
}

/** "* Giấy tờ phải nộp:" -> "" (no case); "a) Trường hợp ủy quyền:" -> "Trường hợp ủy quyền". */
export function caseOf(heading: string): string {
  const h = stripBullet(normalizeInline(heading))
    .replace(/^(?:\p{Ll}\)|\d+\)|\(\p{Ll}+\)|\(\d+\))\s*/u, '')
    .replace(/\s*:\s*$/u, '')
    .trim();
  return GENERIC_HEADING.test(h) ? '' : h;
}

function addRow(fields: DocumentFields, row: Row, heading: string, warnings: Warnings): void {
  const split = splitFormFiles(row.text);
  if (split.guessed) warnings.add('form_name_guessed', row.text);
  for (const form of split.forms) if (!fields.forms.includes(form)) fields.forms.push(form);
  const stripped = stripBullet(split.name).replace(/\s*;\s*$/u, '');
  // A name of punctuation alone (".", left when the form file took the words) names the paper by its form file.
  const name = (/[\p{L}\p{N}]/u.test(stripped) ? stripped : '') || split.forms[0] || '';
  if (name === '') return;
  // The name's own count, where it gives one, before the table's quantity column.
  const counts = row.own ?? row;
  // "0 bản chính" with no copy: a rule pasted into the table, not a paper to hand in.
  if (counts.originals === 0 && counts.copies === 0) {
    fields.notes.push(name);
    warnings.add('document_rule_rows', name);
    return;
  }
  const present = PRESENT_HEADING.test(heading);
  const when = caseOf(heading);
  const stated = present ? undefined : statedForms(name);
  const form = present ? 'present' : stated ? (stated.length === 1 ? stated[0]! : stated) : formOf(counts);
  const document: DocumentRequirement = { name, form };
  const copies = Math.max(counts.originals, counts.copies);
  if (!present && copies > 1) document.copies = copies;
  if (when !== '') document.when = when;
  if (!present && !stated && counts.originals > 0 && counts.copies > 0) {
    document.note = `CSDL quốc gia ghi: ${counts.originals} bản chính, ${counts.copies} bản sao.`;
  }
  fields.documents.push(document);
}

/**
 * Only copies -> copy; any original -> original. "1 bản chính, 1 bản sao" in the national table is one of each
 * (the citizen hands in the original and a copy), not a choice: reading it as "either" made a province's demand
 * for the original look stricter than the law. The counts stay in the note.
 */
function formOf(row: Counts): DocumentForm {
  return row.originals > 0 ? 'original' : 'copy';
}
