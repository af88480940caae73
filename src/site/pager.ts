/** The page numbers a pager links to: the first, the last and two either side of the current one. */
export function pagerNumbers(current: number, last: number): number[] {
  const wanted = [1, current - 2, current - 1, current, current + 1, current + 2, last];
  return [...new Set(wanted)].filter((n) => n >= 1 && n <= last).sort((a, b) => a - b);
}

/** Address of page n of a list whose first page is `first` (Astro's paginate with a rest parameter: <list>/n/). */
export function pageUrl(first: string, n: number): string {
  const base = first.endsWith('/') ? first : `${first}/`;
  return n === 1 ? base : `${base}${n}/`;
}
