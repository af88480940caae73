import { nationalRecordSchema, publishedRecordSchema } from '../schema/index.ts';
import { FILE_TYPES } from '../field-reference/field-reference.ts';

// The data files are the field reference's single-file entries, so the guide and `fix` never list different files.
const DATA_FILES = new Map(FILE_TYPES.filter((t) => !t.files.includes('*')).map((t) => [t.files, t.schema]));

/** What the loader reads a content file as (path relative to the content directory), or undefined if it does not. */
export function contentFileKind(file: string): { kind: 'record' | 'data'; schema: unknown } | undefined {
  if (/^procedures\/.+\.md$/.test(file)) return { kind: 'record', schema: publishedRecordSchema };
  if (/^national\/.+\.md$/.test(file)) return { kind: 'record', schema: nationalRecordSchema };
  const schema = DATA_FILES.get(file);
  return schema ? { kind: 'data', schema } : undefined;
}

export const DATA_FILE_NAMES: readonly string[] = [...DATA_FILES.keys()];
