/**
 * Unicode clean-up for text coming from the national portal, editors and YAML.
 * Portal text is mostly NFC but carries decomposed (NFD) sequences and stray
 * zero-width characters that make equal strings compare unequal.
 */

// Invisible characters removed outright: zero-width space/non-joiner/joiner,
// direction marks and embeddings (LRM/RLM, LRE..RLO, LRI..PDI), word joiner and invisible operators,
// BOM / zero-width no-break space, soft hyphen, Mongolian vowel separator.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u180E]/g;
// No-break spaces (NBSP, figure space, narrow NBSP) become ordinary spaces.
const NO_BREAK_SPACE = /[\u00A0\u2007\u202F]/g;

/** NFC, invisible characters removed, CRLF/CR -> LF, no-break spaces -> space. Keeps newlines. Idempotent. */
export function normalizeText(s: string): string {
  // Remove invisibles before composing: "a\u200B\u0301" must compose to "á" in one pass.
  return s.replace(INVISIBLE, '').replace(/\r\n?/g, '\n').replace(NO_BREAK_SPACE, ' ').normalize('NFC');
}

/** normalizeText, then every whitespace run (newlines included) becomes one space; trimmed. */
export function normalizeInline(s: string): string {
  return normalizeText(s).replace(/\s+/g, ' ').trim();
}

/** Removes a leading byte-order mark (files saved by Windows editors start with one). */
export function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
