/**
 * The search engine both search UIs share: exact lookup first (identifiers, pasted errors), then
 * Pagefind's full-text results for the page's language, without duplicates. Data is fetched on
 * first use, so a page that is only read never downloads an index.
 */
import { createLookup, type LookupData, type LookupHit, type LookupReason } from '../../lib/lookup.ts';
import { withBase } from '../../lib/paths.ts';

/** One result, ready to render as text (only `excerpt` is HTML, escaped by Pagefind). */
export interface SearchResult {
  url: string;
  code?: string;
  heading: string;
  title: string;
  catalog?: string;
  excerpt?: string;
  reason?: LookupReason;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
}

/** How many Pagefind results get their data loaded (each costs a fragment request). */
const FULL_TEXT_LIMIT = 12;

/** Creates the engine for one language under one deploy base. */
export function createSearchEngine(lang: string, base: string) {
  let lookupPromise: Promise<{ data: LookupData; query: (q: string) => LookupHit[] } | null> | undefined;
  let pagefindPromise: Promise<Pagefind | null> | undefined;

  const loadLookup = () =>
    (lookupPromise ??= fetch(withBase(base, `/${lang}/lookup.json`))
      .then((response) => (response.ok ? (response.json() as Promise<LookupData>) : Promise.reject(new Error(String(response.status)))))
      .then((data) => ({ data, query: createLookup(data) }))
      .catch(() => null));

  const loadPagefind = () =>
    (pagefindPromise ??= (import(/* @vite-ignore */ withBase(base, '/pagefind/pagefind.js')) as Promise<Pagefind>)
      .then(async (pagefind) => {
        await pagefind.options({ baseUrl: base, excerptLength: 24 });
        await pagefind.init();
        return pagefind;
      })
      .catch(() => null));

  const codeUrl = (code: string) => withBase(base, `/${lang}/codes/${code}/`);
  const insideSite = (url: string) => url.startsWith(withBase(base, `/${lang}/`)) && !url.startsWith('//');

  return {
    /** Starts downloading the lookup data and Pagefind (on focus, before the first key). */
    warm(): void {
      void loadLookup();
      void loadPagefind();
    },
    /** Whether full-text search is available (false under `astro dev`, where Pagefind does not exist). */
    async hasFullText(): Promise<boolean> {
      return (await loadPagefind()) !== null;
    },
    /** Results for a query, best first; `catalog` limits them to one catalog (its label). */
    async search(query: string, catalog = ''): Promise<SearchResult[]> {
      const text = query.trim();
      if (!text) return [];
      const [lookup, pagefind] = await Promise.all([loadLookup(), loadPagefind()]);
      const results: SearchResult[] = [];
      const seen = new Set<string>();
      if (lookup) {
        for (const { entry, reason } of lookup.query(text)) {
          const label = lookup.data.catalogs[entry.catalog];
          if (catalog && label !== catalog) continue;
          seen.add(codeUrl(entry.code));
          results.push({
            url: codeUrl(entry.code),
            code: entry.code,
            heading: entry.name ? `${entry.code} ${entry.name}` : entry.code,
            title: entry.title,
            catalog: label,
            reason,
          });
        }
      }
      // Pasted errors are long and full of noise; when the lookup found the code, words add little.
      const pasted = text.length > 60 && results.length > 0;
      if (pagefind && !pasted) {
        const search = await pagefind.search(text, catalog ? { filters: { catalog } } : {});
        const data = await Promise.all(search.results.slice(0, FULL_TEXT_LIMIT).map((result) => result.data()));
        for (const item of data) {
          if (!insideSite(item.url) || seen.has(item.url)) continue;
          seen.add(item.url);
          results.push({
            url: item.url,
            code: item.meta.code,
            heading: item.meta.title ?? item.url,
            title: item.meta.label ?? '',
            catalog: item.filters.catalog?.[0],
            excerpt: item.excerpt,
          });
        }
      }
      return results;
    },
  };
}

export type SearchEngine = ReturnType<typeof createSearchEngine>;
