/** The localized strings of the search UI: from a form's `data-strings` or from the lookup data. */
export interface SearchStrings {
  exact: string;
  guess: string;
  matched: string;
  closest: string;
  seeAll: string;
  searchAll: string;
  one: string;
  many: string;
  none: string;
  loading: string;
  unavailable: string;
  empty: string;
}

/** Parses the form's strings; `count` formats "N results" in the page's language. */
export function readStrings(form: HTMLElement): SearchStrings & { count(n: number): string } {
  return withCount(JSON.parse(form.dataset.strings ?? '{}') as SearchStrings);
}

/** Adds `count`, which formats "N results" in the strings' language. */
export function withCount(strings: SearchStrings): SearchStrings & { count(n: number): string } {
  return {
    ...strings,
    count: (n: number) => (n === 0 ? strings.none : n === 1 ? strings.one : strings.many.replace('{n}', String(n))),
  };
}
