/**
 * Byte budgets of a code page, checked on every build by the tests and reported by the bench:
 * everything a code page needs to render, its catalog's navigation column included, fits in 16 KB
 * compressed (the first round trip is ~14 KB; the column costs about two more).
 */
export const BUDGETS = {
  /** HTML + CSS + JS of one code page, gzip. */
  codePageTotalGzip: 16 * 1024,
  /** JS of one code page (search, copy, language switch, theme), gzip. */
  codePageJsGzip: 10 * 1024,
  /** Requests on a first visit to a code page, before any search (the theme file is the fifth). */
  firstVisitRequests: 5,
} as const;
