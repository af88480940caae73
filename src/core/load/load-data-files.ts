import type { z } from 'zod';
import {
  type Agency,
  type Decision,
  type DocumentType,
  type LegalText,
  type LifeEvent,
  type LocalitiesData,
  type Sector,
  type SiteData,
  type Synonym,
} from '../schema/index.ts';
import type { Level, Locality } from '../catalogue/types.ts';
import type { Problem } from './problem.ts';
import { contentText, readContentFile } from './files.ts';
import { readYamlFile } from './read-yaml-file.ts';
import { duplicateIds, ReferenceChecker, type IdSets } from './references.ts';
import { ambiguousSynonyms, genericDocumentNames } from './vocabulary-checks.ts';
import type { YamlSource } from './yaml-source.ts';
import { capitalised, LEVEL_WORDS } from '../words/vocabulary.ts';
import { DATA_FILES } from '../schema/content-files.ts';

export interface DataFiles {
  site?: SiteData;
  levels: Level[];
  localities: Map<string, Locality>;
  agencies: Map<string, Agency>;
  sectors: Map<string, Sector>;
  documentTypes: Map<string, DocumentType>;
  legal: Map<string, LegalText>;
  lifeEvents: Map<string, LifeEvent>;
  decisions: Decision[];
  synonyms: Synonym[];
  ids: IdSets;
}

/** Reads site.yaml and the vocabularies; only site.yaml is required. */
export async function loadDataFiles(root: string, problems: Problem[]): Promise<DataFiles> {
  const read = async <T>(file: string, schema: z.ZodType<T>, required = false): Promise<Read<T>> => {
    const got = await readContentFile(root, file);
    if (!got.ok) {
      if (!got.missing) {
        problems.push(got.problem);
        return { failed: true };
      }
      if (required)
        problems.push({
          file,
          line: 1,
          column: 1,
          field: '',
          found: 'no such file',
          expected: `${file} in the content directory`,
          hint: 'Copy site.yaml from the bundled content/ and adapt it.',
          code: 'missing-file',
          vi: {
            found: 'không có tệp',
            expected: `tệp ${file} trong thư mục nội dung`,
            hint: 'Chép site.yaml từ thư mục content/ đi kèm rồi sửa cho phù hợp.',
          },
        });
      return {};
    }
    const result = readYamlFile(contentText(got.raw), file, schema);
    problems.push(...result.problems);
    return result.data === undefined ? { ...result, failed: true } : result;
  };

  const D = DATA_FILES;
  const [site, localities, agencies, sectors, documentTypes, legal, lifeEvents, decisions, synonyms] =
    await Promise.all([
      read(D.site.file, D.site.schema, D.site.required),
      read(D.localities.file, D.localities.schema),
      read(D.agencies.file, D.agencies.schema),
      read(D.sectors.file, D.sectors.schema),
      read(D.documentTypes.file, D.documentTypes.schema),
      read(D.legal.file, D.legal.schema),
      read(D.lifeEvents.file, D.lifeEvents.schema),
      read(D.decisions.file, D.decisions.schema),
      read(D.synonyms.file, D.synonyms.schema),
    ]);

  const unique = <T extends { id: string }>(file: string, r: { data?: T[]; source?: YamlSource }) => {
    if (r.data && r.source) problems.push(...duplicateIds(r.data, file, r.source, (i) => [i]));
    return new Map((r.data ?? []).map((item) => [item.id, item]));
  };
  const localityMap = flattenLocalities(localities.data, localities.source, problems);
  const data: DataFiles = {
    ...(site.data ? { site: site.data } : {}),
    levels: (site.data?.levels ?? []).map((l): Level =>
      typeof l === 'string'
        ? { id: l, name: capitalised(LEVEL_WORDS[l]) }
        : { name: capitalised(LEVEL_WORDS[l.id]), ...l },
    ),
    localities: localityMap,
    agencies: unique(D.agencies.file, agencies),
    sectors: unique(D.sectors.file, sectors),
    documentTypes: unique(D.documentTypes.file, documentTypes),
    legal: unique(D.legal.file, legal),
    lifeEvents: unique(D.lifeEvents.file, lifeEvents),
    decisions: decisions.data ?? [],
    synonyms: synonyms.data ?? [],
    ids: undefined as unknown as IdSets,
  };
  const broken = (r: Read<unknown>) => (r.failed ? ('all' as const) : new Set(r.brokenIds ?? []));
  data.ids = {
    broken: {
      sectors: broken(sectors),
      agencies: broken(agencies),
      localities: broken(localities),
      documentTypes: broken(documentTypes),
      legal: broken(legal),
      lifeEvents: broken(lifeEvents),
    },
    sectors: new Set(data.sectors.keys()),
    agencies: new Set(data.agencies.keys()),
    localities: new Set(data.localities.keys()),
    documentTypes: new Set(data.documentTypes.keys()),
    legal: new Set(data.legal.keys()),
    lifeEvents: new Set(data.lifeEvents.keys()),
  };
  crossCheck(data, { agencies, documentTypes, legal, decisions }, problems);
  if (synonyms.data && synonyms.source) problems.push(...ambiguousSynonyms(synonyms.data, synonyms.source));
  return data;
}

function flattenLocalities(data: LocalitiesData | undefined, source: YamlSource | undefined, problems: Problem[]) {
  const map = new Map<string, Locality>();
  if (!data || !source) return map;
  const src: YamlSource = source;
  const firstPath = new Map<string, PropertyKey[]>();
  const add = (locality: Locality, path: PropertyKey[]) => {
    const first = firstPath.get(locality.id);
    if (first) {
      problems.push({
        file: 'localities.yaml',
        ...src.locate([...path, 'id']),
        field: [...path, 'id'].join('.'),
        found: `id "${locality.id}" a second time`,
        expected: 'ids unique across the file',
        hint: `The same id is used at line ${src.locate([...first, 'id']).line}; give one of them another id.`,
        code: 'duplicate-id',
        vi: {
          found: `mã “${locality.id}” lần thứ hai`,
          expected: 'mỗi mã chỉ dùng một lần trong tệp',
          hint: `Mã này đã dùng ở dòng ${src.locate([...first, 'id']).line}; đặt cho một trong hai mục một mã khác.`,
        },
      });
      return;
    }
    firstPath.set(locality.id, path);
    map.set(locality.id, locality);
  };
  add({ ...data.province, kind: 'province' }, ['province']);
  data.districts?.forEach((d, i) => {
    const { communes, ...district } = d;
    add({ ...district, kind: 'district' }, ['districts', i]);
    communes?.forEach((c, j) => add({ ...c, kind: 'commune', parent: d.id }, ['districts', i, 'communes', j]));
  });
  data.communes?.forEach((c, i) => add({ ...c, kind: 'commune' }, ['communes', i]));
  return map;
}

/** `failed`: the file is there but could not be read at all (its problems say why). */
type Read<T> = { data?: T; source?: YamlSource; brokenIds?: string[]; failed?: true };

function crossCheck(
  data: DataFiles,
  files: {
    agencies: Read<Agency[]>;
    documentTypes: Read<DocumentType[]>;
    legal: Read<LegalText[]>;
    decisions: Read<Decision[]>;
  },
  problems: Problem[],
) {
  if (files.agencies.data && files.agencies.source) {
    const refs = new ReferenceChecker(data.ids, DATA_FILES.agencies.file, files.agencies.source);
    files.agencies.data.forEach((a, i) => {
      refs.check('localities', a.locality, [i, 'locality']);
      refs.checkAll('localities', a.serves, [i, 'serves']);
    });
    problems.push(...refs.problems);
  }
  if (files.documentTypes.data && files.documentTypes.source) {
    const refs = new ReferenceChecker(data.ids, 'documents.yaml', files.documentTypes.source);
    files.documentTypes.data.forEach((d, i) => refs.check('legal', d.obsolete?.basis, [i, 'obsolete', 'basis']));
    problems.push(...refs.problems, ...genericDocumentNames(files.documentTypes.data, files.documentTypes.source));
  }
  if (files.legal.data && files.legal.source) {
    const refs = new ReferenceChecker(data.ids, 'legal.yaml', files.legal.source);
    files.legal.data.forEach((l, i) => refs.check('legal', l.superseded_by ?? undefined, [i, 'superseded_by']));
    files.legal.data.forEach((l, i) => l.amended_by?.forEach((id, j) => refs.check('legal', id, [i, 'amended_by', j])));
    problems.push(...refs.problems);
  }
  if (files.decisions.data && files.decisions.source) {
    problems.push(
      ...duplicateIds(
        files.decisions.data.map((d) => ({ id: d.key })),
        'review/decisions.yaml',
        files.decisions.source,
        (i) => [i],
      ).map((p) => ({
        ...p,
        field: p.field.replace(/id$/, 'key'),
        expected: 'one decision per finding key',
        hint: 'Merge the two decisions into one.',
        code: 'duplicate-decision',
        vi: {
          found: p.vi?.found.replace(/^mã/, 'khóa') ?? p.found,
          expected: 'mỗi khóa phát hiện một quyết định',
          hint: 'Gộp hai quyết định thành một.',
        },
      })),
    );
  }
}
