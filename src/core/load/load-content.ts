import { stat } from 'node:fs/promises';
import type { Catalogue } from '../catalogue/types.ts';
import { compareProblems, type Problem } from './problem.ts';
import { loadDataFiles } from './load-data-files.ts';
import { loadNationalRecords, loadPublishedRecords } from './load-records.ts';
import { loadGuides } from '../guides/load-guides.ts';

export interface LoadResult {
  /** Everything that loaded; records with problems are left out and named in `problems`. */
  catalogue: Catalogue;
  /** Every problem in every file, sorted by file and line. Empty means the content is valid. */
  problems: Problem[];
}

export class ContentDirectoryError extends Error {}

/** The one loader: the site, the checker, the importer's tests and the report all read content through it. */
export async function loadContent(root: string): Promise<LoadResult> {
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) throw new ContentDirectoryError(`content directory not found: ${root}`);
  const problems: Problem[] = [];
  const data = await loadDataFiles(root, problems);
  const [records, national] = await Promise.all([
    loadPublishedRecords(root, data, problems),
    loadNationalRecords(root, data, problems),
  ]);
  records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  national.sort((a, b) => (a.data.code < b.data.code ? -1 : a.data.code > b.data.code ? 1 : 0));
  const nationalByCode = new Map<string, (typeof national)[number]>();
  for (const record of national) {
    const previous = nationalByCode.get(record.data.code);
    if (previous) {
      problems.push({
        file: record.file,
        line: record.lines['code'] ?? 1,
        column: 1,
        field: 'code',
        found: `code "${record.data.code}" also in ${previous.file}`,
        expected: 'one national record per code',
        hint: 'Keep one file per code: import again (npm run import:national), which writes each code once, or merge the two files into one.',
        code: 'duplicate-national-code',
        vi: {
          found: `mã “${record.data.code}” đã có ở ${previous.file}`,
          expected: 'mỗi mã một bản ghi quốc gia',
          hint: 'Giữ một tệp cho mỗi mã: nhập lại (npm run import:national), lệnh này ghi mỗi mã một lần, hoặc gộp hai tệp làm một.',
        },
      });
    } else nationalByCode.set(record.data.code, record);
  }
  const guides = await loadGuides(
    root,
    { lifeEvents: new Set(data.lifeEvents.keys()), records, national: nationalByCode },
    problems,
  );
  const { ids: _ids, site, ...vocabularies } = data;
  const catalogue: Catalogue = {
    site: site ?? {
      province: { id: 'unknown', name: '' },
      title: '',
      hotline: '1022',
      portals: { national: 'https://dichvucong.gov.vn' },
      levels: [],
    },
    ...vocabularies,
    records,
    national,
    nationalByCode,
    guides,
  };
  return { catalogue, problems: problems.sort(compareProblems) };
}
