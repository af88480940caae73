/**
 * Finding pairs of records with similar titles without comparing every pair: prefix filtering for a Jaccard
 * threshold t (Chaudhuri et al. 2006; Bayardo et al. 2007). Each title's words are ordered rarest first; two
 * sets with Jaccard >= t must share a word among the first |x| - ceil(t|x|) + 1 of each, so only records
 * sharing one of those rare words are compared.
 */
import { foldVietnamese } from '../text/fold.ts';

// Words that do not tell one procedure from another ("Thủ tục cấp ... của ...").
const STOP = new Set([
  'thủ',
  'tục',
  'của',
  'và',
  'hoặc',
  'cho',
  'các',
  'những',
  'đối',
  'với',
  'về',
  'tại',
  'do',
  'theo',
  'trên',
  'trong',
  'được',
  'là',
]);

/** The distinctive words of a procedure title, folded. */
export function titleWords(title: string): Set<string> {
  return new Set(
    foldVietnamese(title)
      .split(' ')
      .filter((w) => w !== '' && !STOP.has(w)),
  );
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let common = 0;
  for (const t of a) if (b.has(t)) common++;
  const union = a.size + b.size - common;
  return union === 0 ? 0 : common / union;
}

export interface TitleEntry<T> {
  item: T;
  words: Set<string>;
}

/**
 * Candidate pairs (probe, other) whose title Jaccard is at least `threshold`, for every probe; `others`
 * includes the probes. Each unordered pair is returned once.
 */
export function similarTitlePairs<T>(
  entries: readonly TitleEntry<T>[],
  isProbe: (item: T) => boolean,
  threshold: number,
): [TitleEntry<T>, TitleEntry<T>, number][] {
  const frequency = new Map<string, number>();
  for (const e of entries) for (const w of e.words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const ordered = (e: TitleEntry<T>) =>
    [...e.words].sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
  const prefixOf = (e: TitleEntry<T>) => {
    const words = ordered(e);
    return words.slice(0, words.length - Math.ceil(threshold * words.length) + 1);
  };
  const index = new Map<string, number[]>();
  entries.forEach((e, i) => {
    for (const w of prefixOf(e)) {
      const list = index.get(w);
      if (list) list.push(i);
      else index.set(w, [i]);
    }
  });
  const pairs: [TitleEntry<T>, TitleEntry<T>, number][] = [];
  const seen = new Set<string>();
  entries.forEach((probe, i) => {
    if (!isProbe(probe.item) || probe.words.size === 0) return;
    for (const w of prefixOf(probe)) {
      for (const j of index.get(w) ?? []) {
        if (j === i) continue;
        const pairKey = i < j ? `${i}:${j}` : `${j}:${i}`;
        if (seen.has(pairKey)) continue;
        seen.add(pairKey);
        const other = entries[j]!;
        const score = jaccard(probe.words, other.words);
        if (score >= threshold) pairs.push([probe, other, score]);
      }
    }
  });
  return pairs;
}
