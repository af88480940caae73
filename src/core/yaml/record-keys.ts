/** The order in which the writer puts a record's keys (write-yaml.ts): every file of a kind reads alike. */

/** What a citizen must do and gets, in the same order in both kinds of record. */
const WHAT_TO_DO_KEYS = [
  'subjects',
  'processing_time',
  'fees',
  'documents',
  'dossier_sets',
  'steps',
  'channels',
  'by_channel',
  'result',
  'result_codes',
  'conditions',
  'forms',
] as const;

/** A national record: the order of the content model's table, so imported files diff cleanly. */
export const NATIONAL_RECORD_KEYS = [
  'code',
  'local_code',
  'title',
  'levels',
  'sector',
  'agency',
  'agency_text',
  'procedure_type',
  'decision',
  ...WHAT_TO_DO_KEYS,
  'legal_basis',
  'life_events',
  'annual_volume',
  'reviewed_at',
  'sources',
  'demo',
] as const;

/**
 * Keys of a published record in the order of the content model, so every drafted record reads the same way
 * (and as docs/field-reference.md lists them).
 */
export const PUBLISHED_RECORD_KEYS = [
  'code',
  'local_code',
  'title',
  'level',
  'localities',
  'sector',
  'agency',
  'desks',
  ...WHAT_TO_DO_KEYS,
  'legal_basis',
  'life_events',
  'annual_volume',
  'decision',
  'reviewed_at',
  'sources',
  'demo',
  'provenance',
] as const;
