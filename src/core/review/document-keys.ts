/**
 * Comparable keys of a document name. National names are often whole sentences ("Tờ khai đăng ký khai sinh
 * theo mẫu (nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tiếp ...)"); the document is the
 * noun phrase before the first clause that says when, how or for whom, so that phrase (the head) is compared
 * too. Keys and similarities are memoised: the same names recur across records and rules.
 */
import { documentNameKey, nameSimilarity } from '../text/similarity.ts';
import { normalizeInline } from '../text/normalize.ts';

export interface DocumentKeys {
  /** documentNameKey of the whole name. */
  key: string;
  /** documentNameKey of its head, when shorter than the whole name. */
  head?: string;
}

// "(sau đây gọi tắt là giấy tờ tùy thân)": the text names the document itself.
const DEFINED_AS = /gọi\s+(?:tắt\s+|chung\s+)?là\s+["“]?([^,;)"”]+)/u;
// A list marker before the name: "a) ", "4- ", "- ".
const LIST_MARKER = /^\s*(?:[a-zđ]\)|\d{1,2}\s*[.)-]|[-–•*+])\s*/u;
// Where the head ends: a bracket, a colon or semicolon, a sentence end, or a word opening a clause of
// case, manner, purpose, issuer or validity.
const HEAD_END = new RegExp(
  '\\s*(?:[(;:]|\\.(?:\\s|$)|\\s[-–]\\s|,?\\s(?:trong\\s+trường\\s+hợp|trường\\s+hợp|đối\\s+với|nếu|khi|để|do|theo|tại|kèm\\s+theo|có\\s+giá\\s+trị|còn\\s+hiệu\\s+lực|còn\\s+giá\\s+trị|đã\\s+được|được|ban\\s+hành)(?![\\p{L}\\p{N}]))',
  'u',
);
const MIN_HEAD_WORDS = 2;
// A head that starts with a case clause is not a document name ("Đối với trường hợp ...").
const CLAUSE_START = /^(?:trong\s+trường\s+hợp|trường\s+hợp|đối\s+với|nếu|khi|ngoài|riêng)(?![\p{L}\p{N}])/u;

const MAX_CACHE = 200_000;
const keyCache = new Map<string, DocumentKeys>();
const similarityCache = new Map<string, number>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(key, value);
  return value;
}

/** The noun phrase naming the document, or undefined when it is the whole name. */
export function documentHead(name: string): string | undefined {
  const text = normalizeInline(name).toLocaleLowerCase('vi');
  const defined = DEFINED_AS.exec(text)?.[1]?.trim();
  if (defined && defined.split(' ').length >= MIN_HEAD_WORDS) return defined;
  const body = text.replace(LIST_MARKER, '');
  const end = HEAD_END.exec(body);
  const head = (end ? body.slice(0, end.index) : body).trim();
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
