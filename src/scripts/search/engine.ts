/**
 * The search engine both search UIs share, in the browser: the answer itself is
 * src/lib/search/answer.ts (exact lookup, upstream and API messages, full text, closest codes), the
 * same code the command line runs; this module fetches its data from the site and passes in
 * Pagefind. Data is fetched on first use, and a result's fragment (its title and excerpt) only when
 * the result is going to be shown, for the latest query only.
 */
import { createAnswerer, loadedLookup, type FullTextIndex, type LoadedLookup } from '../../lib/search/answer.ts';
import { apartPhrasesPath, fromWire, needsApartPhrases, withApartPhrases, type WireLookup } from '../../lib/search/lookup.ts';
import type { PhraseGroups } from '../../lib/search/phrases.ts';
import type { OtherPlatformsData } from '../../lib/search/other-platforms.ts';
import { EMPTY_STATUSES, type StatusTable } from '../../lib/search/statuses.ts';
import type { UpstreamMessage } from '../../lib/search/upstream.ts';
import type { VendorSentence } from '../../lib/search/vendor-wording.ts';
import type { PlatformId } from '../../lib/model/vocabulary.ts';
import { withBase } from '../../lib/site/paths.ts';
import type { SearchStrings } from '../../lib/search/strings.ts';

export type { SearchOptions, SearchOutcome, SearchResult } from '../../lib/search/answer.ts';

interface Pagefind extends FullTextIndex {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

/** Creates the engine for one language under one deploy base. */
export function createSearchEngine(lang: string, base: string) {
  let lookupPromise: Promise<LoadedLookup | null> | undefined;
  let pagefindPromise: Promise<Pagefind | null> | undefined;

  const loadBaseLookup = () =>
    (lookupPromise ??= fetch(withBase(base, `/${lang}/lookup.json`))
      .then((response) => (response.ok ? (response.json() as Promise<WireLookup>) : Promise.reject(new Error(String(response.status)))))
      .then(fromWire)
      .then(loadedLookup)
      .catch(() => null));
  /**
   * The lookup with the phrases written in Chinese characters merged in, made once, on the first query
   * that holds them; without that file (a failed fetch) the lookup answers as it is.
   */
  let hanLookupPromise: Promise<LoadedLookup | null> | undefined;
  const loadLookup = async (query = '') => {
    const lookup = await loadBaseLookup();
    if (!lookup || !needsApartPhrases(lookup.data, query)) return lookup;
    hanLookupPromise ??= fetch(withBase(base, `/${apartPhrasesPath(lookup.data)}`))
      .then((response) => (response.ok ? (response.json() as Promise<PhraseGroups>) : Promise.reject(new Error(String(response.status)))))
      .then((han) => loadedLookup(withApartPhrases(lookup.data, han)))
      .catch(() => lookup);
    return hanLookupPromise;
  };

  /**
   * A list file fetched once per path, on the first query that needs it; an empty list when it is
   * missing or cannot be read, so a search goes on without it.
   */
  const listFiles = new Map<string, Promise<unknown[]>>();
  const loadList = <T,>(path: string): Promise<T[]> => {
    let promise = listFiles.get(path);
    if (!promise) {
      promise = fetch(withBase(base, path))
        .then((response) => (response.ok ? (response.json() as Promise<unknown[]>) : []))
        .catch(() => []);
      listFiles.set(path, promise);
    }
    return promise as Promise<T[]>;
  };
  /** Upstream message shards (`/upstream/{n}.json`). */
  const loadShard = (shard: number) => loadList<UpstreamMessage>(`/upstream/${shard}.json`);
  /** openYuanrong's status names, fetched once, on the first query that holds one. */
  let statusesPromise: Promise<StatusTable> | undefined;
  const loadStatuses = () =>
    (statusesPromise ??= fetch(withBase(base, '/upstream/statuses.json'))
      .then((response) => (response.ok ? (response.json() as Promise<StatusTable>) : EMPTY_STATUSES))
      .catch(() => EMPTY_STATUSES));
  /** The SCF API's messages of one script (`/api-messages/{zh,en}.json`). */
  const loadApiMessages = (script: 'zh' | 'en') => loadList<UpstreamMessage>(`/api-messages/${script}.json`);
  /** One platform's table sentences of one script (`/vendor-wording/{platform}/{zh,en}.json`). */
  const loadVendorWording = (script: 'zh' | 'en', platform: PlatformId) => loadList<VendorSentence>(`/vendor-wording/${platform}/${script}.json`);

  /** Other platforms' errors, fetched once, on the first query that holds one of their anchors. */
  let othersPromise: Promise<OtherPlatformsData | null> | undefined;
  const loadOtherPlatforms = () =>
    (othersPromise ??= fetch(withBase(base, `/${lang}/other-platforms.json`))
      .then((response) => (response.ok ? (response.json() as Promise<OtherPlatformsData>) : null))
      .catch(() => null));

  const loadPagefind = () =>
    (pagefindPromise ??= (import(/* @vite-ignore */ withBase(base, '/pagefind/pagefind.js')) as Promise<Pagefind>)
      .then(async (pagefind) => {
        // noWorker: Pagefind 1.5+ searches in a Web Worker, a second 43 KB script (12 KB gzip) that
        // only pays off for large indexes; ours answers in a few ms on the main thread.
        await pagefind.options({ baseUrl: base, excerptLength: 24, noWorker: true });
        await pagefind.init();
        return pagefind;
      })
      .catch(() => null));

  const answerer = createAnswerer({
    lookup: loadLookup,
    apiMessages: loadApiMessages,
    vendorWording: loadVendorWording,
    shard: loadShard,
    statuses: loadStatuses,
    otherPlatforms: loadOtherPlatforms,
    fullText: loadPagefind,
    codeUrl: (code) => withBase(base, `/${lang}/codes/${code}/`),
    conceptUrl: (slug) => withBase(base, `/${lang}/concepts/${slug}/`),
    insideSite: (url) => url.startsWith(withBase(base, `/${lang}/`)) && !url.startsWith('//'),
  });

  return {
    /**
     * Starts downloading the lookup data (on focus, before the first key). Pagefind (its script,
     * WebAssembly and index, 80 KB and more) waits until a query needs full text.
     */
    warm(): void {
      void loadLookup();
    },
    /** The search UI strings shipped with the lookup data; `undefined` when it could not load. */
    async strings(): Promise<SearchStrings | undefined> {
      return (await loadLookup())?.data.strings;
    },
    /** Whether full-text search is available (false under `astro dev`, where Pagefind does not exist). */
    async hasFullText(): Promise<boolean> {
      return (await loadPagefind()) !== null;
    },
    /** Results for a query, best first; `null` when a newer query took over before fragments loaded. */
    search: answerer.search,
  };
}

export type SearchEngine = ReturnType<typeof createSearchEngine>;
