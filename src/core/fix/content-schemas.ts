import { DATA_FILES as REGISTRY } from '../schema/content-files.ts';
import { nationalRecordSchema, publishedRecordSchema } from '../schema/index.ts';

// The loader's own list of data files, so `fix` never rewrites a different set from the one the loader reads.
const DATA_FILES = new Map<string, unknown>(Object.values(REGISTRY).map((d) => [d.file, d.schema]));

/** What the loader reads a content file as (path relative to the content directory), or undefined if it does not. */
export function contentFileKind(file: string): { kind: 'record' | 'data'; schema: unknown } | undefined {
  if (/^procedures\/.+\.md$/.test(file)) return { kind: 'record', schema: publishedRecordSchema };
  if (/^national\/.+\.md$/.test(file)) return { kind: 'record', schema: nationalRecordSchema };
  const schema = DATA_FILES.get(file);
  return schema ? { kind: 'data', schema } : undefined;
}

export const DATA_FILE_NAMES: readonly string[] = [...DATA_FILES.keys()];
