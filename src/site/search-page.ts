/**
 * The search page's own script, over Pagefind's component UI: every query goes through readQuery first (a place
 * name out, everyday names read as official phrases, "kí" as "ký"); the place named gets its page linked above the
 * results; when nothing or little is found, help is shown (other spellings, life events, hotline, portal).
 */
import { foldWord, readQuery, unmatchedWords, type ReadQuery, type SearchVocabulary } from './search-query.ts';

interface PageData {
  metaWeights: Record<string, number>;
  vocabulary: SearchVocabulary;
}
interface Result {
  data(): Promise<{ content: string; meta: Record<string, string> }>;
}
interface Instance {
  triggerSearch(term: string): void;
  on(event: 'results', callback: (r: { results: Result[] }) => void): void;
  on(event: 'search', callback: () => void): void;
}
interface Components {
  configureInstance(name: string, options: object): void;
  getInstanceManager(): { getInstance(name: string): Instance };
}

/** Fewer results than this and the help is shown below them. */
const WEAK = 3;
/** Results read to find the words Pagefind dropped: those the page shows first, whose data it loads anyway. */
const READ_RESULTS = 5;

const data = JSON.parse(document.getElementById('search-data')?.textContent ?? '{}') as PageData;
const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Other spellings worth a try: official phrases (with tone marks) sharing a word with the query. */
function spellings(read: ReadQuery): string[] {
  const words = new Set(
    read.query
      .split(/\s+/u)
      .map(foldWord)
      .filter((w) => w.length >= 3),
  );
  const phrases = new Set(data.vocabulary.synonyms.map(([, means]) => means));
  return [...phrases].filter((p) => p.split(' ').some((w) => words.has(foldWord(w)))).slice(0, 3);
}

/** `unknown`: the words no shown result holds, once the results' data is read (undefined before). */
function show(read: ReadQuery, count: number | undefined, unknown?: string[]) {
  const place = el('search-place');
  place.hidden = !read.place;
  if (read.place) {
    const link = place.querySelector('a')!;
    link.href = read.place.url;
    link.textContent = read.place.name;
    const list = place.querySelector('ul')!;
    list.replaceChildren(
      ...read.place.own.map(([title, url]) => {
        const li = document.createElement('li');
        const a = li.appendChild(document.createElement('a'));
        a.href = url;
        a.textContent = title;
        return li;
      }),
    );
    list.hidden = read.place.own.length === 0;
  }
  const meant = el('search-meant');
  meant.hidden = read.meant.length === 0;
  meant.querySelector('span')!.textContent = read.meant.map(([n, p]) => `${n} → ${p}`).join('; ');
  // Pagefind's filter pane is an empty grey box when nothing is found.
  el('search-filters').hidden = count === 0;
  const unknownLine = el('search-unknown');
  unknownLine.hidden = !unknown?.length;
  unknownLine.toggleAttribute('data-checked', unknown !== undefined);
  unknownLine.querySelector('strong')!.textContent = (unknown ?? []).map((w) => `“${w}”`).join(', ');
  const help = el('search-help');
  help.hidden = count === undefined || read.query === '' || (count >= WEAK && !unknown?.length);
  const spelling = el('search-spelling');
  const tries = help.hidden ? [] : spellings(read);
  spelling.hidden = tries.length === 0;
  spelling.querySelector('span')!.replaceChildren(
    ...tries.flatMap((t, i) => {
      const a = document.createElement('a');
      a.href = `?q=${encodeURIComponent(t)}`;
      a.textContent = t;
      return i === 0 ? [a] : [', ', a];
    }),
  );
}

const q = new URLSearchParams(location.search).get('q');
let typed = q ?? '';
let read: ReadQuery = readQuery(typed, data.vocabulary);
// Before Pagefind's script has loaded: the place and the names read then come with the first paint, not after it.
show(read, undefined);

await customElements.whenDefined('pagefind-input');
const components = (window as unknown as { PagefindComponents: Components }).PagefindComponents;
components.configureInstance('default', { ranking: { metaWeights: data.metaWeights } });
const instance = components.getInstanceManager().getInstance('default');
const run = instance.triggerSearch.bind(instance);
let latest = 0;
// The search box and ?q= both come through here.
instance.triggerSearch = (term: string) => {
  // Results of the previous query still loading must not redraw its lines over this one.
  latest++;
  typed = term;
  read = readQuery(term, data.vocabulary);
  show(read, undefined);
  run(read.query);
};
instance.on('results', (r) => {
  const asked = read;
  const ticket = ++latest;
  show(asked, r.results.length);
  // The first results the list shows: Pagefind caches their fragments, so the list does not load them twice.
  void Promise.all(r.results.slice(0, READ_RESULTS).map((x) => x.data()))
    .then((loaded) => {
      const texts = loaded.map((d) => `${d.content} ${Object.values(d.meta).join(' ')}`);
      if (ticket === latest) show(asked, r.results.length, unmatchedWords(asked.query, texts));
    })
    // Without the data the line is left out; the results list says itself when Pagefind fails.
    .catch(() => undefined);
});
const input = document.querySelector<HTMLInputElement>('pagefind-input input');
// Pagefind writes the query it ran into the box (after ?q= or a filter); the box keeps what the person typed.
instance.on('search', () => {
  if (input && input.value !== typed && document.activeElement !== input) input.value = typed;
});
if (q) {
  if (input) input.value = q;
  instance.triggerSearch(q);
}
