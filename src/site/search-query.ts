/**
 * What the search page does with a query before Pagefind sees it (runs in the browser, and in unit tests).
 * Pagefind returns only the pages holding every word, and completes each word as a prefix, so:
 * - a place name (a current or former commune, ward, district) is taken out and handled by the page: with it in
 *   the query, every province-wide record would drop out;
 * - an everyday name (synonyms.yaml: "sổ đỏ", "bằng lái") is read as the official phrase titles use;
 * - "kí", "lí", "qui" are spelt "ký", "lý", "quy": titles index both spellings, and "ki" would also complete to
 *   "kinh", "kiểm", "kiến".
 */

/** What the build gives the page (search-page-data.ts); arrays keep the page's JSON small. */
export interface SearchVocabulary {
  /** [name in lower case, the official phrase], longest name first. */
  synonyms: [string, string][];
  /** [name in lower case, with its unit word ("phường tân phú") and without ("tân phú"), name as written, URL of its "where I live" page, 1 when the bare name
   *  also occurs in a title and so counts only after a unit word ("phường Long Bình")]. Longest first. */
  places: [string, string, string, 0 | 1][];
  /** A unit's own versions of procedures, by the URL of its page: [title, URL]. */
  own: Record<string, [string, string][]>;
}

export interface ReadQuery {
  /** What to hand to Pagefind. */
  query: string;
  /** The place named in the query, its page, and its own versions of the procedures the rest of the query names. */
  place?: { name: string; url: string; own: [string, string][] };
  /** Everyday names read as official phrases: [as typed, phrase]. */
  meant: [string, string][];
}

/** Lower case, no tone or vowel marks, "đ" as "d", punctuation at the ends dropped: how names are compared. */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/giu, 'd')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

const UNIT_WORDS = ['phuong', 'xa', 'thi tran', 'huyen', 'thanh pho', 'tp'];
const PLACE_LEAD = new Set(['o', 'tai']);
const I_TO_Y: Record<string, string> = {
  i: 'y',
  í: 'ý',
  ì: 'ỳ',
  ỉ: 'ỷ',
  ĩ: 'ỹ',
  ị: 'ỵ',
  I: 'Y',
  Í: 'Ý',
  Ì: 'Ỳ',
  Ỉ: 'Ỷ',
  Ĩ: 'Ỹ',
  Ị: 'Ỵ',
};

/** "kí" -> "ký", "Li" -> "Ly", "qui" -> "quy"; any other word as it is. */
export function ySpelling(word: string): string {
  const nfc = word.normalize('NFC');
  const m = /^(k|l|qu)(.)$/iu.exec(nfc);
  return m && I_TO_Y[m[2]!] ? m[1] + I_TO_Y[m[2]!]! : word;
}

/** Lower case, NFC, punctuation at the ends dropped, tone marks kept. */
export function lowerWord(word: string): string {
  return word
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * Whether `name` (lower case, words split by spaces) is typed at `at`: a word typed without marks matches by its
 * folded form ("so do" is "sổ đỏ"), a word typed with them must have the same ones ("sơ đồ" is not).
 */
function startsWith(typed: readonly string[], at: number, name: string): boolean {
  return name.split(' ').every((w, k) => {
    const t = typed[at + k];
    if (t === undefined) return false;
    return t === foldWord(t) ? t === foldWord(w) : t === w;
  });
}

export function readQuery(typed: string, vocabulary: SearchVocabulary): ReadQuery {
  const words = typed.trim().split(/\s+/u).filter(Boolean);
  const lower = words.map(lowerWord);
  const out: string[] = [];
  const meant: [string, string][] = [];
  let place: ReadQuery['place'];
  for (let i = 0; i < words.length;) {
    if (!place) {
      // The full name first ("phường Tân Phú" is not "xã Tân Phú"), then the name after any unit word, then alone.
      const unit = UNIT_WORDS.find((u) => startsWith(lower.map(foldWord), i, u));
      const at = i + (unit?.split(' ').length ?? 0);
      const hit =
        vocabulary.places.find(([name, , , needsUnit]) => !needsUnit && startsWith(lower, i, name)) ??
        (unit ? vocabulary.places.find(([name]) => startsWith(lower, at, name)) : undefined);
      if (hit) {
        const end = startsWith(lower, i, hit[0]) ? i : at;
        place = { name: hit[1], url: hit[2], own: vocabulary.own[hit[2]] ?? [] };
        // "ở", "tại" before the place go with it.
        if (out.length > 0 && PLACE_LEAD.has(foldWord(out[out.length - 1]!))) out.pop();
        i = end + hit[0].split(' ').length;
        continue;
      }
    }
    const synonym = vocabulary.synonyms.find(([name]) => startsWith(lower, i, name));
    if (synonym) {
      const length = synonym[0].split(' ').length;
      meant.push([words.slice(i, i + length).join(' '), synonym[1]]);
      out.push(synonym[1]);
      i += length;
      continue;
    }
    out.push(ySpelling(words[i]!));
    i += 1;
  }
  const query = out.join(' ');
  if (place) place.own = place.own.filter(([title]) => holdsEvery(title, query));
  return { query, ...(place ? { place } : {}), meant };
}

/** i and y alike: "ký" and "kí" are one word. */
const key = (word: string) => foldWord(word).replace(/y/g, 'i');

/** Whether every word of `query` is a word of `title` (folded, i/y alike). */
function holdsEvery(title: string, query: string): boolean {
  const words = new Set(title.split(/\s+/u).map(key));
  return query
    .split(/\s+/u)
    .filter(Boolean)
    .every((w) => words.has(key(w)));
}

/**
 * The words of `query` that none of `texts` holds (each text: a result's indexed text and metadata). Pagefind
 * returns the pages holding every word it knows, each word matched as the start of a word ("kha" finds "khai"), and
 * silently drops a word nothing starts with: "xyz thủ tục" finds every procedure. A word no result it returned holds
 * is one it dropped, and the page says so instead of pretending it was found. Compared folded, i and y alike.
 */
export function unmatchedWords(query: string, texts: readonly string[]): string[] {
  if (texts.length === 0) return [];
  // Tokens whole ("12/qđ-ubnd", "1.001193") and in parts ("ubnd"): Pagefind may have read a word either way.
  const parts = (token: string) => token.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const tokens = texts.flatMap((t) => t.split(/\s+/u)).flatMap((t) => [t, ...parts(t)]);
  const held = [...new Set(tokens.map(key))];
  const isHeld = (word: string) => held.some((h) => h.startsWith(key(word)));
  return query
    .split(/\s+/u)
    .filter((word) => key(word) !== '')
    .filter((word) => !isHeld(word) && !(parts(word).length > 1 && parts(word).every(isHeld)));
}
