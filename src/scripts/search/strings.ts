/** Reads the localized strings a search form carries in `data-strings`. */
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
  const strings = JSON.parse(form.dataset.strings ?? '{}') as SearchStrings;
  return {
    ...strings,
    count: (n: number) => (n === 0 ? strings.none : n === 1 ? strings.one : strings.many.replace('{n}', String(n))),
  };
}
