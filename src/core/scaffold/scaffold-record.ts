import type { Document } from 'yaml';
import type { Catalogue, LevelId, NationalRecord } from '../catalogue/types.ts';
import { CODE_PATTERN, type NationalLegalRef } from '../schema/index.ts';
import { readTime } from '../load/read-record.ts';
import { normalizeLegalNumber } from '../text/legal-citations.ts';
import { slugify } from '../text/slug.ts';
import { closest } from '../load/describe-value.ts';
import {
  commentAbove,
  commentAfter,
  commentAtTop,
  EDITED_RECORD,
  recordFile,
  writeYaml,
  yamlDocument,
} from '../yaml/write-yaml.ts';

/** A request that cannot be served (unknown level or locality, malformed code): the command's usage error. */
export class ScaffoldError extends Error {}

export interface ScaffoldRequest {
  code: string;
  level: LevelId;
  /** A locality's own version: the file goes to `procedures/<level>/<locality>/` with `localities: [id]`. */
  locality?: string;
  /** The implementing agency (an id in agencies.yaml); without it the national one is used when it fits, else a TODO. */
  agency?: string;
  /** File name without `.md`; default from the title. */
  slug?: string;
  /** YYYY-MM-DD: agencies that ended before it are not suggested. */
  today: string;
}

export interface Scaffold {
  /** Path relative to the content directory. */
  file: string;
  text: string;
  /** The national record it was prefilled from, if any. */
  from?: string;
  /** Keys marked `# TODO:` that the editor must fill before `check` passes. */
  todo: string[];
  /** Records of the same code already at this level (a locality version may be what the editor wants). */
  sameCode: string[];
  /** What the editor should know before filling the file (a level, locality or agency that has ended), in Vietnamese. */
  warnings: string[];
}

const TODO = ' TODO: ';

/**
 * A new published record, prefilled from the national record of its code where one exists. Every key the
 * national data cannot give (the local agency, the review date) is left empty with a `# TODO:` comment, so the
 * file fails `check` exactly there until the editor fills it; without a national record every key is such a
 * TODO. The YAML is written by the project's one writer (core/yaml/write-yaml.ts), as an editor would write it.
 */
export function scaffoldRecord(catalogue: Catalogue, request: ScaffoldRequest): Scaffold {
  if (!CODE_PATTERN.test(request.code)) {
    throw new ScaffoldError(`--code must be a national procedure code such as 1.001193, got "${request.code}"`);
  }
  const enabled = catalogue.levels.map((l) => l.id);
  if (!enabled.includes(request.level)) {
    throw new ScaffoldError(
      `--level must be a level enabled in site.yaml (${enabled.join(', ')}), got "${request.level}"`,
    );
  }
  if (request.locality !== undefined && !catalogue.localities.has(request.locality)) {
    throw new ScaffoldError(
      `--locality "${request.locality}" is not an id in localities.yaml${didYouMean(request.locality, catalogue.localities)}`,
    );
  }
  if (request.agency !== undefined && !catalogue.agencies.has(request.agency)) {
    throw new ScaffoldError(
      `--agency "${request.agency}" is not an id in agencies.yaml${didYouMean(request.agency, catalogue.agencies)}`,
    );
  }
  const warnings = endedWarnings(catalogue, request);
  const national = catalogue.nationalByCode.get(request.code);
  const built = national ? fromNational(catalogue, request, national) : template(catalogue, request);
  const slug = request.slug ?? slugify(built.title ?? `thu-tuc-${request.code}`);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    throw new ScaffoldError(`--slug must be lowercase letters, digits and hyphens, got "${slug}"`);
  }
  const folder = request.locality ? `procedures/${request.level}/${request.locality}` : `procedures/${request.level}`;
  const sameCode = catalogue.records
    .filter((r) => r.data.code === request.code && r.data.level === request.level)
    .map((r) => r.id);
  return {
    file: `${folder}/${slug}.md`,
    text: recordFile(writeYaml(built.doc, EDITED_RECORD)),
    ...(national ? { from: national.id } : {}),
    todo: built.todo,
    sameCode,
    warnings,
  };
}

/**
 * "; did you mean …?" for an id typed wrong or given as a name: the closest ids by spelling, and the ids whose
 * name reads the same without tone marks ("Phường Trấn Biên" -> phuong-tran-bien).
 */
function didYouMean(given: string, entries: ReadonlyMap<string, { id: string; name: string }>): string {
  const slug = slugify(given);
  const byName = [...entries.values()]
    .filter((e) => slugify(e.name) === slug || slugify(e.name).endsWith(`-${slug}`))
    .map((e) => e.id);
  const bySpelling = closest(given, [...entries.keys()]);
  const guesses = [...new Set([...byName, ...(bySpelling ? [bySpelling] : [])])].slice(0, 3);
  return guesses.length > 0 ? `; did you mean ${guesses.map((g) => `"${g}"`).join(' or ')}?` : '';
}

/** A level, locality (or its district) or agency that ended on or before `today`: the new record may be out of date from the start. */
function endedWarnings(catalogue: Catalogue, request: ScaffoldRequest): string[] {
  const warnings: string[] = [];
  const ended = (until: string | undefined) => until !== undefined && until <= request.today;
  const level = catalogue.levels.find((l) => l.id === request.level);
  if (level && ended(level.until)) {
    warnings.push(
      `${level.name} đã kết thúc từ ngày ${level.until} (site.yaml): một bản ghi mới ở cấp này sẽ bị rà soát báo là gắn với đơn vị đã giải thể. Kiểm tra lại cấp thực hiện hiện nay.`,
    );
  }
  const locality = request.locality === undefined ? undefined : catalogue.localities.get(request.locality);
  if (locality && ended(locality.until)) {
    warnings.push(
      `${locality.name} (${locality.id}) đã chấm dứt hoạt động từ ngày ${locality.until} (localities.yaml): kiểm tra đơn vị kế thừa trước khi tạo bản riêng cho đơn vị này.`,
    );
  }
  const parent = locality?.parent === undefined ? undefined : catalogue.localities.get(locality.parent);
  if (parent && ended(parent.until)) {
    warnings.push(
      `${locality!.name} thuộc ${parent.name}, đã chấm dứt hoạt động từ ngày ${parent.until} (localities.yaml): kiểm tra lại đơn vị hành chính hiện nay.`,
    );
  }
  const agency = request.agency === undefined ? undefined : catalogue.agencies.get(request.agency);
  if (agency && ended(agency.until)) {
    warnings.push(
      `${agency.name} (${agency.id}) đã chấm dứt hoạt động từ ngày ${agency.until} (agencies.yaml): chọn cơ quan đang thực hiện thủ tục.`,
    );
  }
  return warnings;
}

interface Built {
  doc: Document;
  title?: string;
  todo: string[];
}

function fromNational(catalogue: Catalogue, request: ScaffoldRequest, national: NationalRecord): Built {
  const n = national.data;
  const legal = mapLegalBasis(catalogue, n.legal_basis);
  const agency = request.agency ?? (n.agency && suitableAgency(catalogue, request, n.agency) ? n.agency : null);
  const fields: Record<string, unknown> = {
    code: n.code,
    title: publishedTitle(n.title),
    level: request.level,
    ...(request.locality ? { localities: [request.locality] } : {}),
    sector: n.sector,
    agency,
    subjects: n.subjects,
    processing_time: n.processing_time,
    fees: n.fees,
    documents: n.documents,
    ...(n.dossier_sets !== undefined ? { dossier_sets: n.dossier_sets } : {}),
    steps: n.steps,
    channels: n.channels,
    ...(n.by_channel ? { by_channel: n.by_channel } : {}),
    result: n.result,
    ...(n.result_codes ? { result_codes: n.result_codes } : {}),
    ...(n.conditions ? { conditions: n.conditions } : {}),
    ...(n.forms ? { forms: n.forms } : {}),
    legal_basis: legal.ids,
    ...(n.life_events ? { life_events: n.life_events } : {}),
    reviewed_at: null,
    sources: n.sources,
    ...(n.demo ? { demo: true } : {}),
    provenance: n.demo
      ? { kind: 'demo', basis: `Bản nháp từ bản quốc gia ${n.code}, giá trị minh họa.` }
      : {
          kind: 'national',
          basis: `Theo bản quốc gia ${n.code}${n.decision ? ` (Quyết định ${n.decision})` : ''}; chưa đối chiếu quyết định công bố của Chủ tịch UBND tỉnh.`,
        },
  };
  const doc = yamlDocument(fields, EDITED_RECORD);
  const todo: string[] = [];
  const mark = (key: string, text: string) => {
    commentAfter(doc, [key], `${TODO}${text}`);
    todo.push(key);
  };
  commentAtTop(doc, [
    ` Bản nháp tạo bằng npm run new từ bản ghi quốc gia ${n.code} (${national.file}).`,
    ' Đối chiếu từng trường với quyết định công bố của tỉnh và sửa cho đúng, điền các chỗ TODO,',
    ' rồi chạy npm run check. Hướng dẫn: docs/editor-guide.md; các trường: docs/field-reference.md.',
  ]);
  const desks = deskHint(catalogue, request);
  if (agency === null) {
    mark('agency', agencyHint(catalogue, request, n.agency_text));
    if (desks) commentAbove(doc, 'agency', desks);
  } else if (request.agency === undefined) {
    commentAbove(
      doc,
      'agency',
      ` CSDL quốc gia: ${n.agency_text ?? n.agency}; kiểm tra lại cơ quan của tỉnh.${desks ? `\n${desks}` : ''}`,
    );
  } else if (desks) {
    commentAbove(doc, 'agency', desks);
  }
  for (const { path, text } of unreadableTimes(fields)) {
    commentAfter(
      doc,
      path,
      `${TODO}thời hạn "${text}" không đọc được (CSDL quốc gia không ghi đơn vị); ghi dạng { value: 5, unit: working_days } theo quyết định của tỉnh`,
    );
    todo.push(path.join('.'));
  }
  if (legal.unmatched.length > 0) {
    commentAbove(
      doc,
      'legal_basis',
      [
        ' Căn cứ quốc gia chưa có trong legal.yaml: thêm văn bản vào legal.yaml rồi ghi mã của nó vào legal_basis:',
        ...legal.unmatched.map((r) => `   ${r.number}${r.title ? ` (${r.title})` : ''}`),
      ].join('\n'),
    );
  }
  mark('reviewed_at', 'ngày bạn đối chiếu xong bản ghi với nguồn, dạng YYYY-MM-DD');
  commentAbove(
    doc,
    'sources',
    ' Thêm quyết định công bố của tỉnh: - { title: "Quyết định số .../QĐ-UBND", url: "https://..." }',
  );
  return { doc, title: fields.title as string, todo };
}

/** Without a national record: every key empty and explained, the code and level already set. */
function template(catalogue: Catalogue, request: ScaffoldRequest): Built {
  const hints: Record<string, string | undefined> = {
    title: 'tên thủ tục như trong quyết định công bố',
    sector: `mã lĩnh vực trong sectors.yaml${examples([...catalogue.sectors.keys()])}`,
    ...(request.agency === undefined ? { agency: agencyHint(catalogue, request, undefined) } : {}),
    subjects: 'đối tượng thực hiện, ví dụ [Cá nhân, Tổ chức]',
    processing_time: 'thời hạn, ví dụ { value: 5, unit: working_days } hoặc "05 ngày làm việc"',
    fees: 'các khoản phí: - { name: Lệ phí ..., amount: 50000 }; ghi [] nếu không thu phí',
    documents: 'thành phần hồ sơ: - { name: Tờ khai ..., form: original }',
    steps: 'trình tự thực hiện, mỗi bước một mục: - Nộp hồ sơ tại ...',
    channels: 'cách nộp: { in_person: true, postal: true, online: none }',
    result: 'kết quả, ví dụ Giấy chứng nhận ...',
    legal_basis: 'căn cứ pháp lý, mã trong legal.yaml: [luat-..., nd-...]',
    reviewed_at: 'ngày bạn đối chiếu xong bản ghi với nguồn, dạng YYYY-MM-DD',
    sources: 'nguồn: - { title: "Quyết định số .../QĐ-UBND", url: "https://..." }',
    provenance:
      'bản ghi dựa vào đâu: { kind: official, basis: "Quyết định số .../QĐ-UBND ngày ... của Chủ tịch UBND tỉnh", decision: { number: .../QĐ-UBND, date: YYYY-MM-DD, url: "https://..." } }; hoặc kind compilation, national, demo',
  };
  const fields: Record<string, unknown> = {
    code: request.code,
    title: null,
    level: request.level,
    ...(request.locality ? { localities: [request.locality] } : {}),
    ...(request.agency ? { agency: request.agency } : {}),
  };
  for (const key of Object.keys(hints)) fields[key] ??= null;
  const doc = yamlDocument(fields, EDITED_RECORD);
  commentAtTop(doc, [
    ` Bản ghi mới cho mã ${request.code}: chưa có bản ghi quốc gia của mã này trong national/.`,
    ' Điền mọi chỗ TODO theo quyết định công bố của tỉnh, rồi chạy npm run check.',
    ' Hướng dẫn: docs/editor-guide.md; các trường: docs/field-reference.md.',
  ]);
  const todo = Object.keys(hints);
  for (const key of todo) commentAfter(doc, [key], `${TODO}${hints[key]!}`);
  const desks = deskHint(catalogue, request);
  if (desks) commentAbove(doc, 'agency', desks);
  return { doc, todo };
}

function examples(ids: readonly string[]): string {
  return ids.length === 0 ? '' : `, ví dụ: ${ids.slice(0, 4).join(', ')}${ids.length > 4 ? ', ...' : ''}`;
}

/** The agencies that can decide at this level or locality, still operating, to pick from. */
function agencyHint(catalogue: Catalogue, request: ScaffoldRequest, nationalText: string | undefined): string {
  const candidates = [...catalogue.agencies.values()]
    .filter((a) => a.until === undefined || a.until > request.today)
    .filter(
      (a) =>
        !a.one_stop &&
        (a.level === request.level || (request.locality !== undefined && a.locality === request.locality)),
    );
  const listed = candidates.slice(0, 4).map((a) => `${a.id} (${a.name})`);
  const more = candidates.length > 4 ? ', ...' : '';
  const from = nationalText ? `; CSDL quốc gia ghi "${nationalText}"` : '';
  return `mã cơ quan thực hiện trong agencies.yaml${listed.length ? `, ví dụ: ${listed.join(', ')}${more}` : ''}${from}`;
}

/** One-stop desks of the level or locality: where citizens submit, when it is not the agency itself. */
function deskHint(catalogue: Catalogue, request: ScaffoldRequest): string | undefined {
  const desks = [...catalogue.agencies.values()]
    .filter((a) => a.one_stop && (a.until === undefined || a.until > request.today))
    .filter(
      (a) =>
        (request.locality !== undefined && a.locality === request.locality) ||
        (a.level === request.level && a.locality === undefined),
    );
  if (desks.length === 0) return undefined;
  return ` Nơi nộp hồ sơ, nếu khác cơ quan thực hiện: thêm dòng desks: [${desks.map((d) => d.id).join(', ')}] (bỏ mã không đúng).`;
}

function suitableAgency(catalogue: Catalogue, request: ScaffoldRequest, id: string): boolean {
  const agency = catalogue.agencies.get(id);
  if (!agency || (agency.until !== undefined && agency.until <= request.today)) return false;
  return agency.level === request.level || (request.locality !== undefined && agency.locality === request.locality);
}

/** "Thủ tục đăng ký khai sinh" -> "Đăng ký khai sinh": the province publishes names without the prefix. */
export function publishedTitle(title: string): string {
  const bare = title.trim().replace(/^thủ tục\s+/iu, '');
  return bare.charAt(0).toLocaleUpperCase('vi') + bare.slice(1);
}

/** National legal basis as legal.yaml ids: an id that resolves, or a `{number}` whose number matches an entry's. */
export function mapLegalBasis(
  catalogue: Catalogue,
  refs: readonly NationalLegalRef[],
): { ids: string[]; unmatched: { number: string; title?: string }[] } {
  const byNumber = new Map<string, string>();
  for (const text of catalogue.legal.values()) {
    const key = normalizeLegalNumber(text.number);
    if (key && !byNumber.has(key)) byNumber.set(key, text.id);
  }
  const ids: string[] = [];
  const unmatched: { number: string; title?: string }[] = [];
  for (const ref of refs) {
    if (typeof ref === 'string') {
      if (catalogue.legal.has(ref)) ids.push(ref);
      else unmatched.push({ number: ref });
      continue;
    }
    const key = normalizeLegalNumber(ref.number);
    const id = key === undefined ? undefined : byNumber.get(key);
    if (id) ids.push(id);
    else unmatched.push({ number: ref.number, ...(ref.title ? { title: ref.title } : {}) });
  }
  return { ids: [...new Set(ids)], unmatched };
}

/** Processing times a published record could not read (national text without a unit, "1"), with their paths. */
function unreadableTimes(fields: Record<string, unknown>): { path: string[]; text: string }[] {
  const found: { path: string[]; text: string }[] = [];
  const unreadable = (t: unknown): t is string => typeof t === 'string' && readTime(t).kind !== 'duration';
  if (unreadable(fields.processing_time)) found.push({ path: ['processing_time'], text: fields.processing_time });
  const byChannel = (fields.by_channel ?? {}) as Record<string, { processing_time?: unknown } | undefined>;
  for (const [channel, override] of Object.entries(byChannel)) {
    const time = override?.processing_time;
    if (unreadable(time)) found.push({ path: ['by_channel', channel, 'processing_time'], text: time });
  }
  return found;
}
