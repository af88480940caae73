import type { Problem } from './problem.ts';
import { fieldPath } from './problem.ts';
import type { YamlSource } from './yaml-source.ts';
import { closest } from './describe-value.ts';

export type RefKind = 'sectors' | 'agencies' | 'localities' | 'documentTypes' | 'legal' | 'lifeEvents';

/** The ids each reference may point to, and which file defines them (for the hint). */
export type IdSets = Record<RefKind, ReadonlySet<string>> & {
  /**
   * References not to report, because the cause is already reported in the vocabulary: the ids of entries that
   * are themselves broken, or 'all' when the vocabulary file could not be read at all. One broken entry in
   * sectors.yaml is one problem, not one more in every record that cites a sector.
   */
  broken?: Partial<Record<RefKind, ReadonlySet<string> | 'all'>>;
};

const NOUN_VI: Record<RefKind, string> = {
  sectors: 'mã lĩnh vực',
  agencies: 'mã cơ quan',
  localities: 'mã địa phương',
  documentTypes: 'mã loại giấy tờ',
  legal: 'mã văn bản pháp luật',
  lifeEvents: 'mã sự kiện cuộc sống',
};

const WHAT: Record<RefKind, [noun: string, file: string]> = {
  sectors: ['sector id', 'sectors.yaml'],
  agencies: ['agency id', 'agencies.yaml'],
  localities: ['locality id', 'localities.yaml'],
  documentTypes: ['document type id', 'documents.yaml'],
  legal: ['legal text id', 'legal.yaml'],
  lifeEvents: ['life event id', 'life-events.yaml'],
};

/** Collects unresolved references of one file; `source` locates them. */
export class ReferenceChecker {
  readonly problems: Problem[] = [];
  private readonly ids: IdSets;
  private readonly file: string;
  private readonly source: YamlSource;

  constructor(ids: IdSets, file: string, source: YamlSource) {
    this.ids = ids;
    this.file = file;
    this.source = source;
  }

  check(kind: RefKind, value: string | undefined, path: readonly PropertyKey[]): void {
    if (value === undefined || this.ids[kind].has(value)) return;
    const broken = this.ids.broken?.[kind];
    if (broken === 'all' || broken?.has(value)) return;
    const [noun, file] = WHAT[kind];
    const guess = closest(value, [...this.ids[kind]]);
    this.problems.push({
      file: this.file,
      ...this.source.locate(path),
      field: fieldPath(path),
      found: `${noun} "${value}"`,
      expected: `an id defined in ${file}`,
      hint: guess ? `Did you mean "${guess}"?` : `Add an entry with id "${value}" to ${file}, or use an existing id.`,
      code: 'unknown-id',
      vi: {
        found: `${NOUN_VI[kind]} “${value}”`,
        expected: `một mã có trong ${file}`,
        hint: guess
          ? `Có phải ý bạn là “${guess}”?`
          : `Thêm một mục có id “${value}” vào ${file}, hoặc dùng một mã đã có.`,
      },
    });
  }

  checkAll(kind: RefKind, values: readonly string[] | undefined, path: readonly PropertyKey[]): void {
    values?.forEach((v, i) => this.check(kind, v, [...path, i]));
  }
}

/** Duplicate ids inside one YAML list. */
export function duplicateIds(
  items: readonly { id: string }[],
  file: string,
  source: YamlSource,
  pathOf: (index: number) => PropertyKey[],
): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first === undefined) {
      seen.set(item.id, i);
      return;
    }
    const path = [...pathOf(i), 'id'];
    problems.push({
      file,
      ...source.locate(path),
      field: fieldPath(path),
      found: `id "${item.id}" a second time`,
      expected: 'ids unique across the file',
      hint: `The same id is used at line ${source.locate([...pathOf(first), 'id']).line}; give one of them another id.`,
      code: 'duplicate-id',
      vi: {
        found: `mã “${item.id}” lần thứ hai`,
        expected: 'mỗi mã chỉ dùng một lần trong tệp',
        hint: `Mã này đã dùng ở dòng ${source.locate([...pathOf(first), 'id']).line}; đặt cho một trong hai mục một mã khác.`,
      },
    });
  });
  return problems;
}
