/**
 * Byte budgets of a code page, checked on every build by the tests and reported by the bench:
 * everything a code page needs to render, its catalog's navigation column included, fits in 18 KB
 * compressed, and its own HTML (the part a second page costs, once CSS and JS are cached) in 9 KB.
 * The total was 16 KB until the pages carried copyable fix steps, upstream messages and every source
 * as a link, and 17 KB until they carried the reading aids of issue 20 (about 1 KB: "On this page"
 * folded into the page for phones, a permalink on every section heading, the facts folded on
 * phones, 24 px targets, the JSON API link); the HTML budget keeps the prose from growing on
 * unchecked.
 */
export const BUDGETS = {
  /** HTML + CSS + JS of one code page, gzip. */
  codePageTotalGzip: 18 * 1024,
  /** The HTML of one code page alone, gzip. */
  codePageHtmlGzip: 9 * 1024,
  /** JS of one code page (search, copy, language switch, theme), gzip. */
  codePageJsGzip: 10 * 1024,
  /**
   * What the "On other platforms" section (other platforms' errors for the same failure, with how
   * close each is, how it differs and its source) may add, gzip, to both budgets above on the pages
   * that have it: the 30 or so codes a row of content/equivalents.yaml names, two rows at most.
   */
  otherPlatformsGzip: 2.5 * 1024,
  /** Requests on a first visit to a code page, before any search (the theme file is the fifth). */
  firstVisitRequests: 5,
} as const;

/**
 * Byte budgets of the search data, gzip. A pasted message is answered from the lookup of the page's
 * language alone in most searches (about 20 KB, its entries packed by catalog and code prefix); the SCF API's messages of the paste's script and the
 * openYuanrong shards of its words follow only when the lookup found nothing firm. Together the
 * lookup and one script's messages stay under 30 KB, the bound for the header box's first
 * answer, and so do those and the vendors' table sentences of the same script, which come after
 * them, only when neither answered. Other platforms' templates (2.6 KB) ship apart from the lookup
 * since 2026-12-05, fetched only for the one query in ten that holds one of their anchors; the
 * lookup's budget came down from 23 KB with them, and to 21 KB once its entries were packed; it is
 * 22 KB since 2026-12-08, when the names Cloud Monitor gives SCF's statuses and the strings Tencent's
 * tools print (scfcli, the Node.js bootstrap) joined the seen-as strings: the English lookup with its
 * Chinese phrases was 21.1 KB, and the bound of 30 KB above still holds for every script.
 */
export const SEARCH_BUDGETS = {
  /** `/{lang}/lookup.json`: codes, names, seen-as templates, phrases, other platforms' anchors. */
  lookupGzip: 22 * 1024,
  /** `/{lang}/other-platforms.json`: other platforms' templates, names and the codes of their failures. */
  otherPlatformsGzip: 3 * 1024,
  /**
   * `/phrases/han.json`: the phrases written in Chinese characters, which the English lookup ships apart;
   * with them, it still fits `lookupGzip`.
   */
  hanPhrasesGzip: 5 * 1024,
  /** Each of `/api-messages/{zh,en}.json`. */
  apiMessagesGzip: 7 * 1024,
  /** Each of `/vendor-wording/{platform}/{zh,en}.json`, read only when neither the lookup nor the API messages answered. */
  vendorWordingGzip: 4 * 1024,
  /** Each shard of openYuanrong's messages, `/upstream/{n}.json`. */
  upstreamShardGzip: 3 * 1024,
  /**
   * openYuanrong's status table, `/upstream/statuses.json`, fetched only for a query holding a name in
   * capitals with underscores. It names every function-system status, most of them 3003 by default.
   */
  upstreamStatusesGzip: 4 * 1024,
} as const;
