import {
  agenciesSchema,
  decisionsSchema,
  documentTypesSchema,
  legalTextsSchema,
  lifeEventsSchema,
  localitiesSchema,
  nationalRecordSchema,
  publishedRecordSchema,
  sectorsSchema,
  siteSchema,
} from '../schema/index.ts';

const DATA_FILES: Record<string, unknown> = {
  'site.yaml': siteSchema,
  'localities.yaml': localitiesSchema,
  'agencies.yaml': agenciesSchema,
  'sectors.yaml': sectorsSchema,
  'documents.yaml': documentTypesSchema,
  'legal.yaml': legalTextsSchema,
  'life-events.yaml': lifeEventsSchema,
  'review/decisions.yaml': decisionsSchema,
};

/** What the loader reads a content file as (path relative to the content directory), or undefined if it does not. */
export function contentFileKind(file: string): { kind: 'record' | 'data'; schema: unknown } | undefined {
  if (/^procedures\/.+\.md$/.test(file)) return { kind: 'record', schema: publishedRecordSchema };
  if (/^national\/.+\.md$/.test(file)) return { kind: 'record', schema: nationalRecordSchema };
  const schema = DATA_FILES[file];
  return schema ? { kind: 'data', schema } : undefined;
}

export const DATA_FILE_NAMES: readonly string[] = Object.keys(DATA_FILES);
