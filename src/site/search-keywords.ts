/**
 * Words a procedure page adds to the search index, so that people find it the
 * way they type: without tone marks and with "d" for "đ" (Pagefind folds tone
 * marks but not "đ"), with i for y and y for i where both spellings are in use
 * ("đăng kí", "lí lịch"), and by the everyday names everyone uses (synonyms.yaml: CCCD, GPXD, sổ đỏ).
 */
import type { AnyRecord, Locality } from '../core/catalogue/types.ts';
import type { DocumentType } from '../core/schema/vocabularies.ts';
import type { Synonym } from '../core/schema/synonyms.ts';
import { foldForSearch } from '../core/text/fold.ts';
import { joinVi } from '../core/words/format.ts';
import { SEARCH_RESULT_META_WEIGHTS } from './search-result.ts';

/**
 * The i/y spelling people use interchangeably after h, k, l, m, s, t and qu ("kí", "lí", "qui" for "ký", "lý",
 * "quy"): the folded phrase with every such syllable spelt the other way, or undefined when it has none.
 */
export function iyVariant(folded: string): string | undefined {
  let changed = false;
  const variant = folded.replace(
    /(?<![\p{L}\p{N}])(h|k|l|m|s|t|qu)([iy])(?![\p{L}\p{N}])/gu,
    (_, onset: string, vowel: string) => {
      changed = true;
      return `${onset}${vowel === 'i' ? 'y' : 'i'}`;
    },
  );
  return changed ? variant : undefined;
}

/** True when `phrase` (folded) occurs in `text` (folded) as whole words. */
function containsPhrase(text: string, phrase: string): boolean {
  return phrase !== '' && ` ${text} `.includes(` ${phrase} `);
}

/**
 * Pagefind metadata fields holding the keywords. Metadata is searched but never
 * shown in excerpts; the search page gives these fields ranking weights
 * (SEARCH_META_WEIGHTS) so that a folded title match outranks words that merely
 * fold alike in the text ("dang" is also "dạng"), and the province's own records
 * outrank the national ones.
 */
export const SEARCH_KEYWORD_META = { published: 'tu_khoa_tinh', national: 'tu_khoa' } as const;

/**
 * Words people type around a procedure's name ("thủ tục đăng ký kết hôn", "làm giấy khai sinh ở đâu").
 * Pagefind returns only the pages that hold every query word it knows, and the index keeps no prose that
 * would happen to contain them, so every procedure page carries them in a metadata field of weight 0:
 * they match every page and rank none higher. The summary's labels already put "hồ sơ", "giấy tờ",
 * "lệ phí", "nộp", "cách", "thời hạn" and "kết quả" on every page, and the scope line "cấp".
 */
export const SEARCH_QUERY_WORDS_META = 'tu_chung';
export const SEARCH_QUERY_WORDS = [
  'thủ tục',
  'hướng dẫn',
  'làm',
  'xin',
  'ở đâu',
  'bao lâu',
  'bao nhiêu',
  'online',
] as const;

/** Pagefind metadata field of a locality page's names (localitySearchMeta). */
export const LOCALITY_KEYWORD_META = 'tu_khoa_dia_phuong';

export const SEARCH_META_WEIGHTS = {
  title: 5,
  tu_khoa: 10,
  tu_khoa_tinh: 14,
  /** A locality page's name and former units' names, folded: an old ward's name finds the commune of today. */
  [LOCALITY_KEYWORD_META]: 14,
  pham_vi: 0,
  [SEARCH_QUERY_WORDS_META]: 0,
  ...SEARCH_RESULT_META_WEIGHTS,
} as const;

/** How Pagefind compares words: tone and vowel marks folded, case ignored, but "đ" kept. */
function pagefindKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('vi')
    .normalize('NFC');
}

export interface SearchKeywords {
  /** Everyday names and aliases found for the record, as written ("CCCD", "sổ đỏ"). */
  aliases: string[];
  /**
   * The words to add to the index: the title folded ("dang ky khai sinh"), each alias
   * folded, and each alias as written when Pagefind's own folding would not find it
   * from the folded form (it keeps "đ"). Comma-separated, no two Pagefind-equal.
   */
  text: string;
}

/** Folded once per document type, not once per page: a catalogue has thousands of pages and hundreds of types. */
const FOLDED_NAMES = new WeakMap<DocumentType, string[]>();
function foldedNames(type: DocumentType): string[] {
  let folded = FOLDED_NAMES.get(type);
  if (!folded) {
    folded = type.name.split('/').map((n) => foldForSearch(n.trim()));
    FOLDED_NAMES.set(type, folded);
  }
  return folded;
}

/**
 * `synonyms` (synonyms.yaml) add their everyday names to a page whose title or result holds the phrase they mean.
 * `localities`, when given, adds the names of the units a commune's own version applies to and of the units
 * they replaced on 2025-07-01 (localities.yaml `formerly`): a citizen who types the old ward's name finds it.
 */
export function searchKeywords(
  record: AnyRecord,
  documentTypes: ReadonlyMap<string, DocumentType>,
  localities?: ReadonlyMap<string, Locality>,
  synonyms: readonly Synonym[] = [],
): SearchKeywords {
  const about = foldForSearch(`${record.data.title} . ${record.data.result}`);
  const found = new Set<string>();
  for (const { means, names } of synonyms) {
    if (containsPhrase(about, foldForSearch(means))) names.forEach((n) => found.add(n));
  }
  for (const type of documentTypes.values()) {
    // Only a document's own name counts (its aliases can be as loose as "Giấy chứng nhận").
    const names = type.name.split('/').map((n) => n.trim());
    if (foldedNames(type).some((n) => containsPhrase(about, n))) {
      [...names, ...(type.aliases ?? [])].forEach((n) => found.add(n));
    }
  }
  const title = foldForSearch(record.data.title);
  const aliases = [...found].filter((a) => !containsPhrase(title, foldForSearch(a)));
  const terms = new Map<string, string>();
  // The code is searched too ("1.001193"); the page shows it outside the indexed text.
  const code = record.data.code ? [record.data.code] : [];
  const places =
    record.kind === 'published' && localities
      ? (record.data.localities ?? []).flatMap((id) => {
          const l = localities.get(id);
          return l ? [l.name, ...(l.formerly ?? []).map((f) => f.name)] : [];
        })
      : [];
  const spelt = iyVariant(title);
  for (const term of [
    title,
    ...(spelt ? [spelt] : []),
    ...code,
    ...aliases.flatMap((a) => [foldForSearch(a), a]),
    ...places,
  ]) {
    const key = pagefindKey(term);
    if (!terms.has(key)) terms.set(key, term);
  }
  return { aliases, text: [...terms.values()].join(', ') };
}

/**
 * What a locality page gives search: its name and its former units' names folded (so "tan phong" finds the commune
 * Phường Tân Phong is part of today), and the line shown under the result.
 */
export function localitySearchMeta(locality: Locality): { keywords: string; scope: string } {
  const former = (locality.formerly ?? []).map((f) => f.name);
  return {
    keywords: [...new Set([locality.name, ...former].map(foldForSearch))].join(', '),
    scope: former.length > 0 ? `Nơi tôi sống · trước đây: ${joinVi(former)}` : 'Nơi tôi sống',
  };
}
