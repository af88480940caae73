/**
 * Aligns the required documents of several records (a group with its baseline, or one record with itself):
 * the same document reworded, reordered, NFD-encoded or with old tone marks lands in one slot; "Giấy chứng
 * sinh" and "Giấy chứng tử" do not. Identity comes from the `doc` id, then documents.yaml names and aliases,
 * then nameSimilarity against the names already in a slot.
 */
import type { DocumentRequirement } from '../schema/index.ts';
import { slugify } from '../text/slug.ts';
import { SAME_DOCUMENT_THRESHOLD } from '../text/similarity.ts';
import { keysOf, keySimilarity } from './names.ts';
import { identifyDocument, type VocabularyIndex } from './vocabulary.ts';

export interface AlignedMember {
  id: string;
  documents: readonly DocumentRequirement[];
}

export interface DocumentSlot {
  /** Stable and readable: the documents.yaml id, else a slug of the name (the baseline's when it has one). */
  subject: string;
  /** Display name: the vocabulary name, else the first member's name. */
  name: string;
  docId?: string;
  /** Record id -> its requirements in this slot (a record may list one document for two cases). */
  byRecord: Map<string, DocumentRequirement[]>;
}

interface Building {
  docId?: string;
  /** Short forms (head, else whole key) of the names in the slot, compared by similarity. */
  keys: Set<string>;
  byRecord: Map<string, DocumentRequirement[]>;
  /** Keys of members in order, the first member's (baseline's) first. */
  firstKey: string;
  name: string;
}

const SUBJECT_MAX_LENGTH = 60;

const MAX_SLUGS = 100_000;
const slugs = new Map<string, string>();

/** A slot subject from a key (memoised: the same names recur across records). */
function subjectOf(key: string): string {
  let slug = slugs.get(key);
  if (slug === undefined) {
    if (slugs.size >= MAX_SLUGS) slugs.clear();
    slug = slugify(key, { maxLength: SUBJECT_MAX_LENGTH }) || 'giay-to';
    slugs.set(key, slug);
  }
  return slug;
}

/** The subject of one requirement in a finding key: its documents.yaml id, else a slug of its head or name. */
export function documentSubject(requirement: DocumentRequirement, index: VocabularyIndex): string {
  const type = identifyDocument(requirement, index);
  return type?.id ?? subjectOf(keysOf(requirement.name).at(-1)!);
}

/** Whether two requirements name the same document: the same vocabulary entry, else similar names. */
export function sameDocument(a: DocumentRequirement, b: DocumentRequirement, index: VocabularyIndex): boolean {
  const ta = identifyDocument(a, index);
  const tb = identifyDocument(b, index);
  if (ta && tb) return ta.id === tb.id;
  const ka = keysOf(a.name);
  const kb = keysOf(b.name);
  if (ka.some((k) => kb.includes(k))) return true;
  if (ta ?? tb) {
    const type = (ta ?? tb)!;
    const other = ta ? kb : ka;
    const names = [type.name, ...(type.aliases ?? [])].map((n) => keysOf(n).at(-1)!);
    return names.some((n) => keySimilarity(other.at(-1)!, n) >= SAME_DOCUMENT_THRESHOLD);
  }
  return keySimilarity(ka.at(-1)!, kb.at(-1)!) >= SAME_DOCUMENT_THRESHOLD;
}

/**
 * Slots in order of first appearance. Members are taken in the order given: pass the baseline first so that
 * name slots are named after it.
 */
export function alignDocuments(members: readonly AlignedMember[], index: VocabularyIndex): DocumentSlot[] {
  const slots: Building[] = [];
  const byDoc = new Map<string, Building>();
  const byKey = new Map<string, Building>();
  const add = (slot: Building, id: string, requirement: DocumentRequirement, keys: string[]) => {
    const list = slot.byRecord.get(id) ?? [];
    list.push(requirement);
    slot.byRecord.set(id, list);
    slot.keys.add(keys.at(-1)!);
    for (const key of keys) if (!byKey.has(key)) byKey.set(key, slot);
  };

  // Pass 1: documents identified in the vocabulary.
  const rest: [string, DocumentRequirement, string[]][] = [];
  for (const member of members) {
    for (const requirement of member.documents) {
      const keys = keysOf(requirement.name);
      const type = identifyDocument(requirement, index);
      if (!type) {
        rest.push([member.id, requirement, keys]);
        continue;
      }
      let slot = byDoc.get(type.id);
      if (!slot) {
        slot = {
          docId: type.id,
          keys: new Set([keysOf(type.name).at(-1)!]),
          byRecord: new Map(),
          firstKey: keys.at(-1)!,
          name: type.name,
        };
        for (const alias of type.aliases ?? []) slot.keys.add(keysOf(alias).at(-1)!);
        byDoc.set(type.id, slot);
        slots.push(slot);
      }
      add(slot, member.id, requirement, keys);
    }
  }
  // Pass 2: the others, by exact key, then by similarity to any name already in a slot.
  for (const [id, requirement, keys] of rest) {
    let slot = keys.map((k) => byKey.get(k)).find((s) => s !== undefined);
    if (!slot) {
      // Short forms against short forms: the head carries the meaning, and short keys compare fast.
      const own = keys.at(-1)!;
      let best = 0;
      for (const candidate of slots) {
        for (const k of candidate.keys) {
          const score = keySimilarity(own, k);
          if (score >= SAME_DOCUMENT_THRESHOLD && score > best) {
            best = score;
            slot = candidate;
          }
        }
      }
    }
    if (!slot) {
      // Named after the head: shorter, and stable while the clauses after it are reworded.
      slot = { keys: new Set(), byRecord: new Map(), firstKey: keys.at(-1)!, name: requirement.name };
      slots.push(slot);
    }
    add(slot, id, requirement, keys);
  }
  return named(slots);
}

function named(slots: Building[]): DocumentSlot[] {
  const used = new Set<string>();
  return slots.map((s) => {
    const base = s.docId ?? subjectOf(s.firstKey);
    let subject = base;
    for (let n = 2; used.has(subject); n++) subject = `${base}-${n}`;
    used.add(subject);
    return s.docId === undefined
      ? { subject, name: s.name, byRecord: s.byRecord }
      : { subject, name: s.name, docId: s.docId, byRecord: s.byRecord };
  });
}
