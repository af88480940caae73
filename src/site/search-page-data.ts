/**
 * What the search page's script needs from the content, computed at build time: the everyday names of
 * synonyms.yaml and the place names of localities.yaml (current and former units), in search-query.ts's shape.
 */
import type { Catalogue } from '../core/catalogue/types.ts';
import { foldForSearch } from '../core/text/fold.ts';
import { foldWord, lowerWord, type SearchVocabulary } from './search-query.ts';
import { SEARCH_LABELS } from './labels.ts';
import { localityPath, recordPath } from './urls.ts';

/** Lower case, tone marks kept, words split by one space. */
const lowerWords = (text: string) => text.split(/\s+/u).map(lowerWord).filter(Boolean);

/** "Phường Tân Phú" -> "tân phú"; "Xã Tân Thành (thành phố Đồng Xoài)" -> "tân thành". */
function bareName(name: string): string {
  const words = lowerWords(name.replace(/\(.*?\)/g, ' '));
  const folded = words.map(foldWord);
  const unit = ['thi', 'thanh'].includes(folded[0] ?? '') && ['tran', 'pho'].includes(folded[1] ?? '') ? 2 : 1;
  return words.slice(['phuong', 'xa', 'huyen', 'thi', 'thanh', 'tinh'].includes(folded[0] ?? '') ? unit : 0).join(' ');
}

const byLengthDesc = <T extends [string, ...unknown[]]>(a: T, b: T) => b[0].split(' ').length - a[0].split(' ').length;

export function searchVocabulary(catalogue: Catalogue): SearchVocabulary {
  const titles = ` ${[...catalogue.records, ...catalogue.national].map((r) => foldForSearch(r.data.title)).join(' | ')} `;
  const places = new Map<string, SearchVocabulary['places'][number]>();
  const add = (name: string, label: string, url: string) => {
    const full = lowerWords(name.replace(/\(.*?\)/g, ' ')).join(' ');
    for (const written of [full, bareName(name)]) {
      const key = foldForSearch(written);
      // A bare name that titles use too ("Long Bình") counts only after a unit word.
      const needsUnit = written !== full && titles.includes(` ${key} `) ? 1 : 0;
      if (written && !places.has(key)) places.set(key, [written, label, url, needsUnit]);
    }
  };

  const units = [...catalogue.localities.values()].filter((l) => l.kind !== 'province');
  const current = units.filter((l) => l.until === undefined);
  // Current names first: a ward named like a former one ("Phường An Lộc") is the current ward. Then former units,
  // which lead to the commune they are part of today (where their people now file), and only then an ended unit's
  // own page, for one no current commune names as its former unit.
  for (const l of current) add(l.name, l.name, localityPath(l.id));
  for (const l of current)
    for (const f of l.formerly ?? []) add(f.name, SEARCH_LABELS.formerly(f.name, l.name), localityPath(l.id));
  for (const l of units) if (l.until !== undefined) add(l.name, l.name, localityPath(l.id));
  const synonyms = catalogue.synonyms.flatMap(({ means, names }) =>
    names.map((n): [string, string] => [lowerWords(n).join(' '), means]),
  );
  const own: SearchVocabulary['own'] = {};
  for (const record of catalogue.records) {
    for (const id of record.data.localities ?? [])
      (own[localityPath(id)] ??= []).push([record.data.title, recordPath(record)]);
  }
  return { synonyms: synonyms.sort(byLengthDesc), places: [...places.values()].sort(byLengthDesc), own };
}
