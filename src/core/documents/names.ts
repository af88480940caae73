/**
 * Comparable keys of a document name. National names are often whole sentences ("Tờ khai đăng ký khai sinh
 * theo mẫu (nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tiếp ...)"); the document is the
 * noun phrase before the first clause that says when, how or for whom, so that phrase (the head) is compared
 * too. Keys and similarities are memoised: the same names recur across records and rules.
 */
import { documentNameKey, nameSimilarity } from '../text/similarity.ts';
import { isGenericPhrase } from '../text/generic-words.ts';
import { normalizeInline } from '../text/normalize.ts';

export { isGenericPhrase };

/**
 * Whether a requirement's name names anything: it holds a letter or a digit. A row of punctuation alone (".", ").")
 * is no paper to bring: the importer once left such rows where a national name ended with its own count, and an
 * editor may type one.
 */
export function hasNameText(name: string): boolean {
  return /[\p{L}\p{N}]/u.test(name);
}

export interface DocumentKeys {
  /** documentNameKey of the whole name. */
  key: string;
  /** documentNameKey of its head, when shorter than the whole name. */
  head?: string;
}

// "(sau đây gọi tắt là giấy tờ tùy thân)": the text names the document itself.
const DEFINED_AS = /gọi\s+(?:tắt\s+|chung\s+)?là\s+["“]?([^,;)"”]+)/u;
// List markers before the name, possibly several: "a) ", "(3) ", "4- ", "2. ", "- ", "++ ", "(ii) ".
const LIST_MARKER = /^\s*(?:\(?(?:[a-zđ]|\d{1,2}|i{1,3}|iv|vi{0,3}|ix|x)\)|\d{1,2}\s*[.)-](?!\d)|[-–•*+]+)\s*/u;
// Where the head ends: a bracket, a colon or semicolon, a sentence end, or a word opening a clause of
// case, manner, purpose, issuer or validity.
const HEAD_END = new RegExp(
  '\\s*(?:[(;:]|\\.(?:\\s|$)|\\s[-–]\\s|,?\\s(?:trong\\s+trường\\s+hợp|trường\\s+hợp|đối\\s+với|nếu|khi|để|do|theo|tại|kèm\\s+theo|có\\s+giá\\s+trị|còn\\s+hiệu\\s+lực|còn\\s+giá\\s+trị|đã\\s+được|được|ban\\s+hành)(?![\\p{L}\\p{N}]))',
  'gu',
);
const MIN_HEAD_WORDS = 2;
// A head that starts with a case clause is not a document name ("Đối với trường hợp ...").
const CLAUSE_START = /^(?:trong\s+trường\s+hợp|trường\s+hợp|đối\s+với|nếu|khi|ngoài|riêng)(?![\p{L}\p{N}])/u;
// In a case clause, what comes after "thì (phải) nộp", "phải có", "kèm theo" is the paper:
// "Trường hợp trẻ em bị bỏ rơi thì phải có biên bản về việc trẻ bị bỏ rơi".
const CASE_OBJECT =
  /\s(?:thì\s+(?:phải\s+)?(?:(?:có|nộp|kèm\s+theo|xuất\s+trình|bổ\s+sung|cung\s+cấp)(?:\s+thêm)?\s+)?|phải\s+(?:có|nộp|kèm\s+theo|xuất\s+trình|bổ\s+sung)(?:\s+thêm)?\s+)/u;
const MAX_CACHE = 200_000;
const keyCache = new Map<string, DocumentKeys>();
const similarityCache = new Map<string, number>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(key, value);
  return value;
}

/** A name without the list markers before it. */
function withoutListMarkers(text: string): string {
  let body = text;
  for (let previous = ''; previous !== body;) {
    previous = body;
    body = body.replace(LIST_MARKER, '');
  }
  return body;
}

/**
 * The part of a lower-cased name that names the paper: without list markers, and for a case clause
 * ("trường hợp ... thì nộp X", "đối với ...: X") what follows it; undefined for a case clause naming no paper.
 */
export function documentPhrase(text: string): string | undefined {
  const body = withoutListMarkers(text);
  if (!CLAUSE_START.test(body)) return body;
  const object = CASE_OBJECT.exec(body);
  if (object) return withoutListMarkers(body.slice(object.index + object[0].length));
  const colon = body.indexOf(':');
  if (colon >= 0 && body.slice(colon + 1).trim() !== '') return withoutListMarkers(body.slice(colon + 1).trim());
  return undefined;
}

/** The noun phrase naming the document, or undefined when it is the whole name. */
export function documentHead(name: string): string | undefined {
  const text = normalizeInline(name).toLocaleLowerCase('vi');
  const defined = DEFINED_AS.exec(text)?.[1]?.trim();
  if (defined && defined.split(' ').length >= MIN_HEAD_WORDS && !isGenericPhrase(defined)) return defined;
  const body = documentPhrase(text);
  if (body === undefined) return undefined;
  let head = body.trim();
  // The first cut that leaves a particular paper: "giấy tờ có giá trị ..." is cut after "cư trú", not "giấy tờ".
  for (const end of body.matchAll(HEAD_END)) {
    const candidate = body.slice(0, end.index).trim();
    if (candidate.split(/\s+/).length >= MIN_HEAD_WORDS && !isGenericPhrase(candidate)) {
      head = candidate;
      break;
    }
  }
  if (head === text || CLAUSE_START.test(head) || head.split(/\s+/).length < MIN_HEAD_WORDS) return undefined;
  return head;
}

/** Key and head key of a document name (memoised). */
export function documentKeys(name: string): DocumentKeys {
  const cached = keyCache.get(name);
  if (cached) return cached;
  const key = documentNameKey(name);
  const headText = documentHead(name);
  const head = headText === undefined ? undefined : documentNameKey(headText);
  return remember(keyCache, name, head === undefined || head === key ? { key } : { key, head });
}

/** Every key of a name: whole, then head. */
export function keysOf(name: string): string[] {
  const { key, head } = documentKeys(name);
  return head === undefined ? [key] : [key, head];
}

/** nameSimilarity of two keys (memoised, symmetric); 0 without a common word. */
export function keySimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const pair = a < b ? `${a}\u0001${b}` : `${b}\u0001${a}`;
  const cached = similarityCache.get(pair);
  if (cached !== undefined) return cached;
  const words = new Set(a.split(' '));
  const score = b.split(' ').some((w) => words.has(w)) ? nameSimilarity(a, b) : 0;
  return remember(similarityCache, pair, score);
}

// Folded words that say a paper exists but not which one: not counted when one name is looked for in another.
const GENERIC_FOLDED = new Set([
  'giay',
  'to',
  'van',
  'ban',
  'tai',
  'lieu',
  'ho',
  'so',
  'sao',
  'chinh',
  'goc',
  'chup',
  'cac',
  'nhung',
  'don',
  'khai',
  'mot',
  'trong',
  'loai',
  'sau',
  'gom',
  'co',
  'hoac',
  'va',
  'cua',
  'cho',
  've',
  'viec',
  'duoc',
  'da',
  'theo',
  'tai',
  'voi',
  'doi',
  'hay',
  'la',
  'cac',
]);
const tokenCache = new Map<string, string[]>();

/** The folded words of a name that tell one paper from another (memoised). */
function tellingWords(name: string): string[] {
  let words = tokenCache.get(name);
  if (words === undefined) {
    words = [
      ...new Set(
        documentNameKey(name)
          .split(' ')
          .filter((w) => w !== '' && !GENERIC_FOLDED.has(w)),
      ),
    ];
    remember(tokenCache, name, words);
  }
  return words;
}

/**
 * How much of one document's name is found in another's whole text, in [0, 1]: the share of its telling words
 * (not "giấy tờ", "bản sao", "của") that the other contains. National rows are whole sentences with the paper
 * in a case clause ("… Trường hợp không khai thác được thông tin thì công dân xuất trình giấy tờ, tài liệu
 * chứng minh chỗ ở hợp pháp …"); a province's short name is found in them even when no head matches.
 * 0 when the name has fewer than two telling words: "Đơn đề nghị" is found anywhere.
 */
export function nameCoverage(name: string, inText: string): number {
  const words = tellingWords(name);
  if (words.length < 2) return 0;
  const other = new Set(tellingWords(inText));
  return words.filter((w) => other.has(w)).length / words.length;
}

/** Covered enough to be the same paper named inside a longer text. */
export const SAME_PAPER_COVERAGE = 0.8;
