/**
 * Which documents.yaml entry a required document is: by its `doc` id, else by its name or an alias
 * (exactly, after folding and filler removal, else by name similarity), and which obsolete entries a
 * requirement names (for obsolete-document: "Sổ hộ khẩu hoặc sổ tạm trú" names two). Text inside the
 * title of a cited legal text is never a requirement.
 */
import type { DocumentType } from '../schema/index.ts';
import { foldVietnamese } from '../text/fold.ts';
import { documentNameKey, SAME_DOCUMENT_THRESHOLD } from '../text/similarity.ts';
import { documentKeys, keySimilarity } from './names.ts';
import { clausesWithoutLegalCitations } from '../text/legal-citations.ts';

/**
 * Beyond nameSimilarity, a vocabulary match by similarity needs this Dice coefficient of the two keys' word
 * sets: a generic alias ("Giấy chứng nhận") must not claim a longer, different name ("Giấy chứng nhận đăng ký
 * hộ kinh doanh") only because all its words appear in it.
 */
const MIN_VOCABULARY_DICE = 0.6;
const MIN_SIMILAR_HEAD_WORDS = 3;

// An application for a paper is not the paper: "Giấy đề nghị xác nhận cư trú" is not "Giấy xác nhận cư trú".
// By similarity, a name of this kind only matches a vocabulary name of the same kind.
// "Mẫu hộ tịch điện tử tương tác cấp Giấy xác nhận tình trạng hôn nhân" is the online form, not the certificate.
const APPLICATION =
  /^(?:đơn|tờ khai|giấy đề nghị|văn bản đề nghị|phiếu yêu cầu|phiếu đề nghị|bản khai|bản kê khai|mẫu hộ tịch điện tử|mẫu điện tử|mẫu đơn|mẫu tờ khai)(?: |$)/u;

// Words before a mention, in the same clause, that make it something other than a demand ("không yêu cầu
// sổ hộ khẩu", "thay cho sổ hộ khẩu", "trừ bản chụp chứng minh nhân dân").
const NEGATIONS = new Set(['không', 'thay', 'bỏ', 'trừ']);
// A word just before a mention (one of the two before it) that makes it something other than the paper: its
// number ("số Chứng minh nhân dân"), a photo size ("ảnh kiểu Giấy chứng minh nhân dân").
const NOT_THE_PAPER = new Set(['số', 'kiểu', 'cỡ']);
// Mentions are looked for with names of at least this many words, or acronyms ("CMND"): a short alias such
// as "Hộ khẩu" also names residence registration ("nơi đăng ký hộ khẩu thường trú"), not the paper.
const MIN_MENTION_WORDS = 3;

interface Phrase {
  id: string;
  key: string;
  tokens: Set<string>;
}

export interface VocabularyIndex {
  types: ReadonlyMap<string, DocumentType>;
  /** documentNameKey of every name and alias -> entry ids having it. */
  byKey: Map<string, Set<string>>;
  phrases: Phrase[];
  /** Word -> phrases containing it, to find similarity candidates without scanning the vocabulary. */
  byToken: Map<string, Phrase[]>;
  /** Folded names and aliases of obsolete entries, for mentions. */
  obsoletePhrases: { id: string; folded: string }[];
  /** Titles of known legal texts, removed before looking for mentions. */
  legalTitles: string[];
  identified: Map<string, DocumentType | undefined>;
  /** Name -> obsolete names and aliases it contains, before citations and negations are considered. */
  obsoleteCandidates: Map<string, { id: string; folded: string }[]>;
}

export function buildVocabularyIndex(
  types: ReadonlyMap<string, DocumentType>,
  legalTitles: readonly string[] = [],
): VocabularyIndex {
  const index: VocabularyIndex = {
    types,
    byKey: new Map(),
    phrases: [],
    byToken: new Map(),
    obsoletePhrases: [],
    legalTitles: [...legalTitles],
    identified: new Map(),
    obsoleteCandidates: new Map(),
  };
  for (const type of types.values()) {
    for (const name of [type.name, ...(type.aliases ?? [])]) {
      const key = documentNameKey(name);
      const ids = index.byKey.get(key) ?? new Set<string>();
      ids.add(type.id);
      index.byKey.set(key, ids);
      const phrase: Phrase = { id: type.id, key, tokens: new Set(key.split(' ')) };
      index.phrases.push(phrase);
      for (const token of phrase.tokens) {
        const list = index.byToken.get(token) ?? [];
        list.push(phrase);
        index.byToken.set(token, list);
      }
      const acronym = !/\p{Ll}/u.test(name);
      if (type.obsolete && (acronym || foldVietnamese(name).split(' ').length >= MIN_MENTION_WORDS)) {
        index.obsoletePhrases.push({ id: type.id, folded: foldVietnamese(name) });
      }
    }
  }
  return index;
}

const MAX_FOLDED = 200_000;
const folded = new Map<string, string>();

/** " folded name " with spaces around, memoised: names recur across records. */
function foldedName(name: string): string {
  let f = folded.get(name);
  if (f === undefined) {
    if (folded.size >= MAX_FOLDED) folded.clear();
    f = ` ${foldVietnamese(name)} `;
    folded.set(name, f);
  }
  return f;
}

function dice(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const t of a) if (b.has(t)) common++;
  return (2 * common) / (a.size + b.size);
}

/** The entry a key is: an exact name or alias, else the one clearly most similar; null when none. */
function identifyKey(key: string, index: VocabularyIndex, similar: boolean): DocumentType | undefined | null {
  const exact = index.byKey.get(key);
  if (exact) return exact.size === 1 ? index.types.get([...exact][0]!) : null;
  if (!similar) return undefined;
  const tokens = new Set(key.split(' '));
  const candidates = new Set<Phrase>();
  for (const t of tokens) for (const p of index.byToken.get(t) ?? []) candidates.add(p);
  let best: { id: string; score: number } | undefined;
  let tie = false;
  const application = APPLICATION.test(key);
  for (const p of candidates) {
    if (dice(tokens, p.tokens) < MIN_VOCABULARY_DICE || APPLICATION.test(p.key) !== application) continue;
    const score = keySimilarity(key, p.key);
    if (score < SAME_DOCUMENT_THRESHOLD) continue;
    if (!best || score > best.score) {
      best = { id: p.id, score };
      tie = false;
    } else if (score === best.score && p.id !== best.id) tie = true;
  }
  if (!best) return undefined;
  return tie ? null : index.types.get(best.id);
}

/**
 * The entry a document name is, without its `doc` id: its whole name, then its head ("Tờ khai đăng ký khai
 * sinh" in "Tờ khai đăng ký khai sinh theo mẫu (nếu ...)"), exactly then by similarity. A cited legal title
 * cannot make a name an entry: the head stops before "theo", "(" and the like, and a whole name carrying a
 * title is too long to be similar to a vocabulary name. An ambiguous match (two entries equally close)
 * identifies nothing.
 */
function identifyByName(name: string, index: VocabularyIndex): DocumentType | undefined {
  const { key, head } = documentKeys(name);
  const keys = head === undefined ? [key] : [key, head];
  for (const similar of [false, true]) {
    for (const k of keys) {
      // A short head ("Đơn đề nghị") is only trusted when it is exactly a vocabulary name.
      if (similar && k === head && k.split(' ').length < MIN_SIMILAR_HEAD_WORDS) continue;
      const found = identifyKey(k, index, similar);
      if (found === null) return undefined;
      if (found) return found;
    }
  }
  return undefined;
}

/** The documents.yaml entry a required document is, if any (memoised per name). */
export function identifyDocument(
  requirement: { name: string; doc?: string | undefined },
  index: VocabularyIndex,
): DocumentType | undefined {
  if (requirement.doc !== undefined) {
    const byId = index.types.get(requirement.doc);
    if (byId) return byId;
  }
  if (index.identified.has(requirement.name)) return index.identified.get(requirement.name);
  const found = identifyByName(requirement.name, index);
  index.identified.set(requirement.name, found);
  return found;
}

/**
 * Obsolete entries a requirement demands: the entry it is, plus every obsolete name or alias its name
 * mentions outside cited legal titles and not negated ("không yêu cầu sổ hộ khẩu"). Use
 * `identifyDocument` to tell the two apart.
 */
export function obsoleteMentions(
  requirement: { name: string; doc?: string | undefined },
  index: VocabularyIndex,
  extraLegalTitles: readonly string[] = [],
): DocumentType[] {
  const found = new Map<string, DocumentType>();
  const identity = identifyDocument(requirement, index);
  if (identity?.obsolete) found.set(identity.id, identity);
  // Cheap test first (memoised per name): most names mention no obsolete document at all.
  let mentioned = index.obsoleteCandidates.get(requirement.name);
  if (mentioned === undefined) {
    const whole = foldedName(requirement.name);
    mentioned = index.obsoletePhrases.filter(({ folded }) => folded !== '' && whole.includes(` ${folded} `));
    index.obsoleteCandidates.set(requirement.name, mentioned);
  }
  const candidates = mentioned.filter(({ id }) => !found.has(id));
  if (candidates.length === 0) return [...found.values()];
  const clauses = clausesWithoutLegalCitations(requirement.name, [...index.legalTitles, ...extraLegalTitles]).map(
    (c) => ` ${c} `,
  );
  for (const { id, folded } of candidates) {
    if (found.has(id)) continue;
    const demanded = clauses.some((clause) => {
      for (let at = clause.indexOf(` ${folded} `); at >= 0; at = clause.indexOf(` ${folded} `, at + 1)) {
        const before = clause.slice(0, at).trim().split(' ');
        if (!before.some((w) => NEGATIONS.has(w)) && !before.slice(-2).some((w) => NOT_THE_PAPER.has(w))) return true;
      }
      return false;
    });
    if (demanded) found.set(id, index.types.get(id)!);
  }
  return [...found.values()];
}
