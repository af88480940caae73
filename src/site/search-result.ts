/**
 * What a search result shows besides the title and excerpt, as Pagefind metadata of the procedure page: a short
 * title when the official one is long (official titles run to 1,500 characters), the processing time and the fee.
 */
import type { Fee } from '../core/schema/fee.ts';
import type { ProcedureView } from './procedure-view.ts';
import { feeSummary } from './time-and-fees.ts';

/** Longest title shown whole in a result; a longer one is cut at a word boundary before this many characters. */
export const SHORT_TITLE_MAX = 120;

/**
 * The title cut to at most `max` characters at a whole word, without a trailing comma or an open bracket,
 * followed by "…"; undefined when the title is short enough to show whole. The page keeps the full title.
 */
export function shortTitle(title: string, max = SHORT_TITLE_MAX): string | undefined {
  const text = title.replace(/\s+/gu, ' ').trim();
  if (text.length <= max) return undefined;
  let cut = text.slice(0, max + 1);
  cut = cut.slice(0, cut.lastIndexOf(' '));
  // An unclosed bracket would read as a mistake: cut before it.
  const open = cut.lastIndexOf('(');
  if (open > cut.lastIndexOf(')') && open > max / 2) cut = cut.slice(0, open);
  return `${cut.replace(/[\s,;:.–-]+$/u, '')}…`;
}

/** [Pagefind metadata name, value]: read by the result template (tim-kiem.astro), weight 0 in ranking. */
export function searchResultMeta(view: ProcedureView, fees: readonly Fee[]): [string, string][] {
  const short = shortTitle(view.title);
  return [
    ...(short ? [['ten_ngan', short] as [string, string]] : []),
    ['thoi_han', view.time.text],
    ['le_phi', feeSummary(fees)],
  ];
}

/** The metadata fields above: searched at weight 0, so they decide no ranking. */
export const SEARCH_RESULT_META_WEIGHTS = { ten_ngan: 0, thoi_han: 0, le_phi: 0 } as const;
