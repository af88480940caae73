/** The content model's words as page labels (capitalised); the words themselves live in core/words. */
import {
  CHANNEL_WORDS,
  DOCUMENT_FORM_WORDS,
  labels,
  LEGAL_STATUS_WORDS,
  LEVEL_WORDS,
  ONLINE_WORDS,
  OTHER_BODY_WORDS,
} from '../core/words/vocabulary.ts';

export const DOCUMENT_FORM_LABELS = labels(DOCUMENT_FORM_WORDS);
export const ONLINE_LABELS = labels(ONLINE_WORDS);
export const LEGAL_STATUS_LABELS = labels(LEGAL_STATUS_WORDS);
export const CHANNEL_LABELS = labels(CHANNEL_WORDS);
/** Keyed by any string: a record's levels are read from content, where an unknown one falls back to its id. */
export const LEVEL_LABELS: Readonly<Record<string, string>> = labels(LEVEL_WORDS);
export const OTHER_BODY_LABELS = OTHER_BODY_WORDS;

export { formatDate, joinVi } from '../core/words/format.ts';

// What backs a province record: words shared with the report.
export { provenanceExplanation, provenanceLabel } from '../core/words/provenance.ts';
