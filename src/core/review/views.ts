/**
 * Normalised views the rules share, computed once per catalogue and reused by every rule (and by the site
 * and the report): document identity, the document and fee alignment of each group (baseline first).
 */
import type { AnyRecord, Catalogue } from '../catalogue/types.ts';
import { DocumentIdentity, type DocumentSlot } from '../documents/identity.ts';
import { generalChannel } from './effective-channels.ts';
import { alignFees, type FeeSlot } from './fees.ts';
import type { ReviewGroups } from './finding.ts';
import { groupRecords, suggestedMembers } from './groups.ts';
import { suggestCode } from './suggest-code.ts';

export interface ReviewViews {
  /** Which paper each required document is (documents/identity.ts). */
  documents: DocumentIdentity;
  groups: ReviewGroups;
  /** Document slots of a group: its baseline and its published records. */
  groupDocuments(code: string): DocumentSlot[];
  /** Fee slots of a group (general, in-person fees). */
  groupFees(code: string): FeeSlot[];
}

const cache = new WeakMap<Catalogue, ReviewViews>();

/** The views of a catalogue; the catalogue must not change afterwards. */
export function reviewViews(catalogue: Catalogue): ReviewViews {
  const cached = cache.get(catalogue);
  if (cached) return cached;
  const documents = new DocumentIdentity(
    catalogue.documentTypes,
    [...catalogue.legal.values()].map((l) => l.title),
  );
  const groups = groupRecords(catalogue.records);
  groups.suggested = new Map();
  for (const record of groups.ungrouped) {
    const suggestion = suggestCode(record, catalogue);
    if (suggestion) groups.suggested.set(record.id, suggestion);
  }
  const suggested = suggestedMembers(groups);
  const members = (code: string): AnyRecord[] => {
    const baseline = catalogue.nationalByCode.get(code);
    const records = [...(groups.byCode.get(code) ?? []), ...(suggested.get(code) ?? [])];
    return baseline ? [baseline, ...records] : records;
  };
  const documentSlots = new Map<string, DocumentSlot[]>();
  const fees = new Map<string, FeeSlot[]>();
  const views: ReviewViews = {
    documents,
    groups,
    groupDocuments(code) {
      let slots = documentSlots.get(code);
      if (!slots) {
        slots = documents.align(members(code).map((r) => ({ id: r.id, documents: r.data.documents })));
        documentSlots.set(code, slots);
      }
      return slots;
    },
    groupFees(code) {
      let slots = fees.get(code);
      if (!slots) {
        slots = alignFees(members(code).map((r) => ({ id: r.id, fees: generalChannel(r).fees })));
        fees.set(code, slots);
      }
      return slots;
    },
  };
  cache.set(catalogue, views);
  return views;
}
