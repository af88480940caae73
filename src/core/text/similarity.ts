/**
 * Name similarity for aligning required documents across records of one
 * procedure when they have no shared `doc` id. Two names are the same document
 * when their keys (folded, filler removed) share their content words; a word
 * present on each side but not the other ("chứng sinh" / "chứng tử") means a
 * different document, however long the common part is.
 */
import { foldVietnamese, unifyTonePlacement } from './fold.ts';
import { normalizeInline } from './normalize.ts';

/** nameSimilarity at or above this means "the same document". */
export const SAME_DOCUMENT_THRESHOLD = 0.75;

// A score is multiplied by this when each name has a content word the other lacks, which
// keeps it below the threshold: one substituted word can change the document entirely.
const SUBSTITUTION_FACTOR = 0.75;

const phrase = (p: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${p})(?![\\p{L}\\p{N}])`, 'gu');

/**
 * Filler removed from document names (matched on lower-cased text, so that codes keep
 * their punctuation). Each says how or where the document is provided, not what it is:
 * - "ban hành kèm theo ..." to the end: the legal text that publishes the form
 * - "(tại|theo) phụ lục (số) X", "(theo) mẫu số X", "(theo) mẫu quy định", "theo mẫu", "theo quy định"
 * - "nếu có"
 * - the form of a copy: "bản sao (có) chứng thực", "bản chính", "bản sao", "bản gốc", "bản chụp"
 *   (the review compares the accepted form separately)
 * Then standalone numbers of one or two digits ("01", list markers "(1)") and roman
 * list markers i-x are dropped.
 */
const FILLER: RegExp[] = [
  /ban hành kèm theo[\s\S]*$/u,
  phrase('(?:(?:tại|theo)\\s+)?phụ lục(?:\\s+số)?\\s+[^\\s,;()]+'),
  phrase('(?:theo\\s+)?mẫu\\s+số\\s+[^\\s,;()]+'),
  phrase('(?:theo\\s+)?mẫu\\s+quy\\s+định'),
  phrase('theo\\s+mẫu'),
  phrase('theo\\s+quy\\s+định'),
  phrase('nếu\\s+có'),
  phrase('bản\\s+sao\\s+(?:có\\s+)?chứng\\s+thực'),
  phrase('bản\\s+(?:chính|sao|gốc|chụp)'),
];
const FILLER_TOKEN = /^(?:\d{1,2}|i|ii|iii|iv|v|vi|vii|viii|ix|x)$/u;

// Function words: they do not tell one document from another.
const STOP_WORDS = new Set([
  'của',
  'và',
  'hoặc',
  'các',
  'những',
  'cho',
  'với',
  'đối',
  'về',
  'tại',
  'do',
  'để',
  'là',
  'được',
  'này',
  'đó',
]);

/** Folded document name without filler; the folded full name if nothing else is left. */
export function documentNameKey(name: string): string {
  let s = unifyTonePlacement(normalizeInline(name).toLocaleLowerCase('vi'));
  for (const re of FILLER) s = s.replace(re, ' ');
  const key = foldVietnamese(s)
    .split(' ')
    .filter((t) => t !== '' && !FILLER_TOKEN.test(t))
    .join(' ');
  return key === '' ? foldVietnamese(name) : key;
}

function contentTokens(key: string): Set<string> {
  return new Set(key.split(' ').filter((t) => t !== '' && !STOP_WORDS.has(t)));
}

/**
 * Similarity of two document names in [0, 1]: the mean of the Dice coefficient and the
 * overlap coefficient of their content-word sets (word order ignored, so reordered
 * clauses score high; a name that only adds words to the other scores moderately),
 * scaled down below the threshold when each side has a word the other lacks.
 */
export function nameSimilarity(a: string, b: string): number {
  const ka = documentNameKey(a);
  const kb = documentNameKey(b);
  if (ka === kb) return 1;
  const A = contentTokens(ka);
  const B = contentTokens(kb);
  if (A.size === 0 || B.size === 0) return 0;
  let common = 0;
  for (const t of A) if (B.has(t)) common++;
  const dice = (2 * common) / (A.size + B.size);
  const overlap = common / Math.min(A.size, B.size);
  const substitution = common < A.size && common < B.size;
  return ((dice + overlap) / 2) * (substitution ? SUBSTITUTION_FACTOR : 1);
}
