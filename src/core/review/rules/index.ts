/** Every review rule, in the order of review-rules.md. */
import type { AnyRule } from '../finding.ts';
import { agencyContactMissing } from './agency-contact-missing.ts';
import { abolishedAdminUnit } from './abolished-admin-unit.ts';
import { ambiguousTime } from './ambiguous-time.ts';
import { certifiedCopyRequired } from './certified-copy-required.ts';
import { channelMismatch } from './channel-mismatch.ts';
import { copyOfPresentedDocument } from './copy-of-presented-document.ts';
import { documentsMismatch } from './documents-mismatch.ts';
import { exceedsBaselineTime } from './exceeds-baseline-time.ts';
import { extraDocument } from './extra-document.ts';
import { missingBaselineDocument } from './missing-baseline-document.ts';
import { feeContradictionRule } from './fee-contradiction.ts';
import { feeDiffersFromBaseline } from './fee-differs-from-baseline.ts';
import { feeMismatch } from './fee-mismatch.ts';
import { feeNotPublished } from './fee-not-published.ts';
import { legalBasisDiffersFromBaseline } from './legal-basis-differs-from-baseline.ts';
import { legalBasisMismatch } from './legal-basis-mismatch.ts';
import { mentionsAbolishedUnit } from './mentions-abolished-unit.ts';
import { missingInformation } from './missing-information.ts';
import { multipleDossierSets } from './multiple-dossier-sets.ts';
import { noOnlineChannel } from './no-online-channel.ts';
import { obsoleteDocument } from './obsolete-document.ts';
import { onlinePenalty } from './online-penalty.ts';
import { possibleDuplicate } from './possible-duplicate.ts';
import { staleReview } from './stale-review.ts';
import { stateHeldDocument } from './state-held-document.ts';
import { stricterDocumentForm } from './stricter-document-form.ts';
import { supersededLegalBasis } from './superseded-legal-basis.ts';
import { suspectFeeAmount } from './suspect-fee-amount.ts';
import { timeDiffersFromBaseline } from './time-differs-from-baseline.ts';
import { timeMismatch } from './time-mismatch.ts';
import { ungroupedRecord } from './ungrouped-record.ts';

// `as const`: each rule keeps its id and evidence type, from which finding.ts derives `Finding`.
export const RULES = [
  feeMismatch,
  timeMismatch,
  documentsMismatch,
  channelMismatch,
  legalBasisMismatch,
  exceedsBaselineTime,
  timeDiffersFromBaseline,
  feeDiffersFromBaseline,
  feeNotPublished,
  extraDocument,
  missingBaselineDocument,
  stricterDocumentForm,
  legalBasisDiffersFromBaseline,
  ambiguousTime,
  feeContradictionRule,
  suspectFeeAmount,
  onlinePenalty,
  copyOfPresentedDocument,
  obsoleteDocument,
  stateHeldDocument,
  certifiedCopyRequired,
  multipleDossierSets,
  noOnlineChannel,
  supersededLegalBasis,
  missingInformation,
  agencyContactMissing,
  staleReview,
  abolishedAdminUnit,
  mentionsAbolishedUnit,
  possibleDuplicate,
  ungroupedRecord,
] as const;

// Keyed by any string (a finding's `rule`, a caller's id): what it finds is a registered rule.
export const RULES_BY_ID: ReadonlyMap<string, AnyRule> = new Map(RULES.map((r) => [r.id, r]));
