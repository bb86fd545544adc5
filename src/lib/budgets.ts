/**
 * Byte budgets of a code page, checked on every build by the tests and reported by the bench:
 * everything a code page needs to render fits the first round trip (~14 KB compressed).
 */
export const BUDGETS = {
  /** HTML + CSS + JS of one code page, gzip. */
  codePageTotalGzip: 14 * 1024,
  /** JS of one code page (search, copy, language switch), gzip. */
  codePageJsGzip: 10 * 1024,
  /** Requests on a first visit to a code page, before any search. */
  firstVisitRequests: 4,
} as const;
