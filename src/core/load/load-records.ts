import { nationalRecordSchema, publishedRecordSchema } from '../schema/index.ts';
import type { NationalRecord, PublishedRecord } from '../catalogue/types.ts';
import type { Problem } from './problem.ts';
import { fieldPath } from './problem.ts';
import { contentText, listFiles, mapLimit, readContentFile } from './files.ts';
import { readRecordFile, readTime } from './read-record.ts';
import { ReferenceChecker } from './references.ts';
import type { DataFiles } from './load-data-files.ts';
import type { YamlSource } from './yaml-source.ts';
import { clip } from './describe-value.ts';
import { samePageProblems } from './same-page.ts';

const CONCURRENCY = 64;

/** Published records: `procedures/<level>/**\/*.md`. */
export async function loadPublishedRecords(
  root: string,
  data: DataFiles,
  problems: Problem[],
): Promise<PublishedRecord[]> {
  const files = await listFiles(root, 'procedures');
  const samePage = samePageProblems(files);
  problems.push(...samePage);
  const clashing = new Set(samePage.map((p) => p.file));
  const results = await mapLimit(files, CONCURRENCY, async (file) => {
    const local: Problem[] = [];
    const record = await readPublished(root, file, data, local);
    return { record, local };
  });
  // Neither copy is published: which one is meant is the editor's call.
  return collect(results, problems).filter((r) => !clashing.has(r.file));
}

/** National records: `national/**\/*.md`, id `national/<file name>`. */
export async function loadNationalRecords(
  root: string,
  data: DataFiles,
  problems: Problem[],
): Promise<NationalRecord[]> {
  const files = await listFiles(root, 'national');
  const results = await mapLimit(files, CONCURRENCY, async (file) => {
    const local: Problem[] = [];
    const record = await readNational(root, file, data, local);
    return { record, local };
  });
  return collect(results, problems);
}

function collect<T>(results: { record: T | undefined; local: Problem[] }[], problems: Problem[]): T[] {
  const records: T[] = [];
  for (const { record, local } of results) {
    problems.push(...local);
    if (record) records.push(record);
  }
  return records;
}

async function readPublished(
  root: string,
  file: string,
  data: DataFiles,
  problems: Problem[],
): Promise<PublishedRecord | undefined> {
  const text = await readText(root, file, problems);
  if (text === undefined) return undefined;
  const parsed = readRecordFile(text, file, publishedRecordSchema);
  problems.push(...parsed.problems);
  const raw = parsed.record?.data ?? parsed.raw;
  const source = parsed.record?.source ?? parsed.source;
  if (!raw || !source) return undefined;
  const refs = new ReferenceChecker(data.ids, file, source);
  const folderLevel = file.split('/')[1];
  const level = str(raw['level']);
  if (level !== undefined && level !== folderLevel) {
    problems.push({
      file,
      ...source.locate(['level']),
      field: 'level',
      found: `level "${level}" in folder procedures/${folderLevel}/`,
      expected: `level to equal the folder (${folderLevel})`,
      hint: `Move the file to procedures/${level}/ or set level: ${folderLevel}.`,
      code: 'level-folder',
      vi: {
        found: `cấp “${level}” trong thư mục procedures/${folderLevel}/`,
        expected: `cấp trùng với thư mục (${folderLevel})`,
        hint: `Chuyển tệp sang procedures/${level}/, hoặc sửa thành level: ${folderLevel}.`,
      },
    });
  } else if (level !== undefined && data.levels.length > 0 && !data.levels.some((l) => l.id === level)) {
    problems.push({
      file,
      ...source.locate(['level']),
      field: 'level',
      found: `level "${level}"`,
      expected: `a level enabled in site.yaml (${data.levels.map((l) => l.id).join(', ')})`,
      hint: 'Enable the level in site.yaml or move the record.',
      code: 'level-not-enabled',
      vi: {
        found: `cấp “${level}”`,
        expected: `một cấp được bật trong site.yaml (${data.levels.map((l) => l.id).join(', ')})`,
        hint: 'Bật cấp này trong site.yaml, hoặc chuyển bản ghi sang cấp khác.',
      },
    });
  }
  refs.check('agencies', str(raw['agency']), ['agency']);
  refs.checkAll('agencies', strs(raw['desks']), ['desks']);
  refs.checkAll('localities', strs(raw['localities']), ['localities']);
  refs.checkAll('legal', strs(raw['legal_basis']), ['legal_basis']);
  checkCommon(raw, refs);
  problems.push(...refs.problems);
  requireReadableTimes(raw, file, source, problems);
  // `problems` holds this file's problems only: a record with any of them is left out, never half-published.
  if (!parsed.record || problems.length > 0) return undefined;
  const { data: record, body, sections, lines } = parsed.record;
  return {
    kind: 'published',
    id: file.replace(/^procedures\//, '').replace(/\.md$/, ''),
    file,
    body,
    ...sections,
    lines,
    data: record,
    time: readTime(record.processing_time),
  };
}

async function readNational(
  root: string,
  file: string,
  data: DataFiles,
  problems: Problem[],
): Promise<NationalRecord | undefined> {
  const text = await readText(root, file, problems);
  if (text === undefined) return undefined;
  const parsed = readRecordFile(text, file, nationalRecordSchema);
  problems.push(...parsed.problems);
  const raw = parsed.record?.data ?? parsed.raw;
  const source = parsed.record?.source ?? parsed.source;
  if (!raw || !source) return undefined;
  const refs = new ReferenceChecker(data.ids, file, source);
  refs.check('agencies', str(raw['agency']), ['agency']);
  if (Array.isArray(raw['legal_basis'])) {
    raw['legal_basis'].forEach((ref: unknown, i: number) => {
      if (typeof ref === 'string') refs.check('legal', ref, ['legal_basis', i]);
    });
  }
  checkCommon(raw, refs);
  problems.push(...refs.problems);
  if (!parsed.record) return undefined;
  const { data: record, body, sections, lines } = parsed.record;
  const name = file.split('/').pop()!.replace(/\.md$/, '');
  if (name !== record.code) {
    problems.push({
      file,
      ...source.locate(['code']),
      field: 'code',
      found: `code "${record.code}" in a file named ${name}.md`,
      expected: 'the file name to be the code',
      hint: `Rename the file to ${record.code}.md (national records are imported, not hand-edited).`,
      code: 'national-file-name',
      vi: {
        found: `mã “${record.code}” trong tệp tên ${name}.md`,
        expected: 'tên tệp là mã thủ tục',
        hint: `Đổi tên tệp thành ${record.code}.md (bản ghi quốc gia được nhập tự động, không sửa tay).`,
      },
    });
  }
  return {
    kind: 'national',
    id: `national/${name}`,
    file,
    body,
    ...sections,
    lines,
    data: record,
    time: readTime(record.processing_time),
  };
}

/** Records are checked loosely here: the schema reports wrong shapes, this reports dangling ids. */
type Loose = Record<string, unknown>;

function checkCommon(record: Loose, refs: ReferenceChecker) {
  refs.check('sectors', str(record['sector']), ['sector']);
  refs.checkAll('lifeEvents', strs(record['life_events']), ['life_events']);
  const documents = record['documents'];
  if (Array.isArray(documents)) {
    documents.forEach((d: unknown, i: number) =>
      refs.check('documentTypes', str((d as Loose | null)?.['doc']), ['documents', i, 'doc']),
    );
  }
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The string items of a list, keeping their indexes (non-strings are the schema's to report). */
function strs(value: unknown): string[] | undefined {
  return Array.isArray(value) ? (value.map((v) => (typeof v === 'string' ? v : undefined)) as string[]) : undefined;
}

/** A published record must state times the review can compare; national data may stay ambiguous. */
function requireReadableTimes(record: Loose, file: string, source: YamlSource, problems: Problem[]) {
  const byChannel = (record['by_channel'] ?? {}) as Record<string, Loose | undefined>;
  const times: [unknown, PropertyKey[]][] = [
    [record['processing_time'], ['processing_time']],
    ...(['online', 'postal', 'in_person'] as const).map((c): [unknown, PropertyKey[]] => [
      byChannel[c]?.['processing_time'],
      ['by_channel', c, 'processing_time'],
    ]),
  ];
  for (const [time, path] of times) {
    if (typeof time !== 'string') continue;
    const reading = readTime(time);
    if (reading.kind === 'duration') continue;
    problems.push({
      file,
      ...source.locate(path),
      field: fieldPath(path),
      found: time.trim() === '' ? 'empty text' : `text "${clip(time)}" that cannot be read as a duration`,
      expected: 'a processing time such as "05 ngày làm việc", "Trong ngày", "03 tháng"',
      hint: `Write the object form instead: { value: 5, unit: working_days, text: "${clip(time, 40)}" } (units: same_day, hours, working_days, days, months).`,
      code: 'unreadable-time',
      vi: {
        found: time.trim() === '' ? 'chữ rỗng' : `chữ “${clip(time)}” không đọc được thành một thời hạn`,
        expected: 'một thời hạn như “05 ngày làm việc”, “Trong ngày”, “03 tháng”',
        hint: `Viết dạng đối tượng: { value: 5, unit: working_days, text: "${clip(time, 40)}" } (đơn vị: same_day, hours, working_days, days, months).`,
      },
    });
  }
}

/** The file's text as the loader reads it, or undefined with the reason in `problems` (not a file, not UTF-8, …). */
async function readText(root: string, file: string, problems: Problem[]): Promise<string | undefined> {
  const read = await readContentFile(root, file);
  // Listed a moment ago: gone now means it was removed while loading; nothing to report.
  if (!read.ok && read.missing) return undefined;
  // What the entry is (a link outside, a FIFO) comes before what it is named.
  if (!read.ok && !ABOUT_THE_BYTES.has(read.problem.code ?? '')) {
    problems.push(read.problem);
    return undefined;
  }
  if (!checkExtension(file, problems)) return undefined;
  if (!read.ok) {
    problems.push(read.problem);
    return undefined;
  }
  return contentText(read.raw);
}

const ABOUT_THE_BYTES = new Set(['encoding', 'binary-file', 'file-too-large']);

function checkExtension(file: string, problems: Problem[]): boolean {
  if (file.endsWith('.md')) return true;
  problems.push({
    file,
    line: 1,
    column: 1,
    field: '',
    found: `a ${file.includes('.') ? `.${file.split('.').pop()}` : 'extension-less'} file among records`,
    expected: 'records as Markdown files ending in .md',
    hint: file.endsWith('.mdx')
      ? 'Records are plain Markdown: rename it to .md (MDX is only for editorial pages).'
      : 'Move this file out of the records folder or rename it to .md.',
    code: 'not-markdown',
    vi: {
      found: `một tệp ${file.includes('.') ? `.${file.split('.').pop()}` : 'không có đuôi'} trong thư mục bản ghi`,
      expected: 'bản ghi là tệp Markdown đuôi .md',
      hint: file.endsWith('.mdx')
        ? 'Bản ghi là Markdown thường: đổi đuôi thành .md (MDX chỉ dùng cho trang biên tập).'
        : 'Chuyển tệp này ra khỏi thư mục bản ghi, hoặc đổi đuôi thành .md.',
    },
  });
  return false;
}
