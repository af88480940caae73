/**
 * How often a generated published record differs from its national baseline. Each planted difference is drawn
 * independently per record, so a record may carry several. docs/performance.md lists these rates; the tests
 * check that a generated catalogue shows them.
 */
export const PLANTED_RATES = {
  /** A fee amount differs from the baseline, or a fee is charged where the baseline charges none. */
  feeDifferent: 0.04,
  /** The processing time is longer than the baseline's. */
  longerTime: 0.05,
  /** A document the baseline does not ask for (a fifth of them the abolished sổ hộ khẩu). */
  extraDocument: 0.05,
  /** A certified copy demanded where the baseline accepts a plain copy or a copy shown with the original. */
  stricterForm: 0.03,
  /** The superseded decree cited instead of the one in force. */
  supersededLegalBasis: 0.02,
  /** reviewed_at more than a year before 2026-11-26. */
  staleReview: 0.03,
  /** No online channel where the baseline offers one. */
  noOnline: 0.02,
  /** Online takes longer than in person (by_channel). */
  onlinePenalty: 0.01,
  /** Two dossier sets instead of one. */
  extraDossierSet: 0.01,
  /** No national code: the record cannot be grouped (ungrouped-record, and possible-duplicate across the level). */
  noCode: 0.005,
} as const;

export type PlantedKind = keyof typeof PLANTED_RATES;

/** Harmless variation: the review must see through it (folding, alignment, unit conversion). */
export const VARIATION_RATES = {
  reorderDocuments: 0.3,
  rewordDocument: 0.25,
  dropDocumentId: 0.1,
  rewordStep: 0.3,
  titlePrefix: 0.05,
  /** Whole file written with the old tone placement ("hoà", "thuỷ"). */
  oldToneMarks: 0.15,
  /** Whole file written in Unicode NFD (decomposed), as some editors and the national portal produce. */
  nfd: 0.04,
  /** Lists of maps written as indented blocks instead of one-line flow maps. */
  blockStyle: 0.3,
} as const;

/** The date generated review dates count from (reviewed_at is within a year of it unless planted stale). */
export const GENERATED_AS_OF = '2026-11-26';
