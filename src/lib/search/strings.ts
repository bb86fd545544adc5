import type { OtherPlatformStrings } from './other-platforms.ts';

/**
 * The localized strings of the search UI, shared by the lookup data (which ships them to the header
 * box), the i18n module (which fills them) and the browser scripts (which show them).
 */
export interface SearchStrings {
  exact: string;
  guess: string;
  matched: string;
  /** Labels of why a result matched, by kind of evidence (`{wrapper}` takes the envelope's codes). */
  because: { envelope: string; trace: string; exception: string; report: string; phrase: string; concept: string; wording: string };
  /** Labels of an answer found through another platform's error (other-platforms.ts). */
  other: OtherPlatformStrings;
  /** The label of a concept page among the results. */
  concept: string;
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

/** Adds `count`, which formats "N results" in the strings' language. */
export function withCount(strings: SearchStrings): SearchStrings & { count(n: number): string } {
  return {
    ...strings,
    count: (n: number) => (n === 0 ? strings.none : n === 1 ? strings.one : strings.many.replace('{n}', String(n))),
  };
}
