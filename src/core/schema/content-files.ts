/**
 * The content directory's data files and the schema each must satisfy: the one list the loader reads, the field
 * reference documents and `fix` rewrites (records are found by folder: procedures/ and national/).
 */
import { agenciesSchema } from './agencies.ts';
import { localitiesSchema } from './localities.ts';
import { siteSchema } from './site.ts';
import { synonymsSchema } from './synonyms.ts';
import {
  decisionsSchema,
  documentTypesSchema,
  legalTextsSchema,
  lifeEventsSchema,
  sectorsSchema,
} from './vocabularies.ts';

export const DATA_FILES = {
  site: { file: 'site.yaml', schema: siteSchema, required: true },
  localities: { file: 'localities.yaml', schema: localitiesSchema, required: false },
  agencies: { file: 'agencies.yaml', schema: agenciesSchema, required: false },
  sectors: { file: 'sectors.yaml', schema: sectorsSchema, required: false },
  documentTypes: { file: 'documents.yaml', schema: documentTypesSchema, required: false },
  legal: { file: 'legal.yaml', schema: legalTextsSchema, required: false },
  lifeEvents: { file: 'life-events.yaml', schema: lifeEventsSchema, required: false },
  synonyms: { file: 'synonyms.yaml', schema: synonymsSchema, required: false },
  decisions: { file: 'review/decisions.yaml', schema: decisionsSchema, required: false },
} as const;

export type DataFileId = keyof typeof DATA_FILES;
