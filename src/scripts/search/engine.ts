/**
 * The search engine both search UIs share: exact lookup first (identifiers, pasted errors, everyday
 * phrases), then Pagefind's full-text results for the page's language, without duplicates. When no
 * page holds every word, it falls back to the most informative words, then to the closest codes by
 * name, so a search never ends blank. Data is fetched on first use, and a result's fragment (its
 * title and excerpt) only when the result is going to be shown, for the latest query only.
 */
import { createLookup, isExactReason, isFirm, mergeUpstream, needsUpstream, type LookupData, type LookupHit, type LookupReason } from '../../lib/search/lookup.ts';
import { matchApiMessages, matchUpstream, shardsForQuery, type UpstreamMessage } from '../../lib/search/upstream.ts';
import type { Placeholder } from '../../lib/search/message-template.ts';
import { withBase } from '../../lib/site/paths.ts';
import { platformOf } from '../../lib/search/platform.ts';
import { CATALOG_PLATFORM, type CatalogId } from '../../lib/model/vocabulary.ts';
import { informativeTerms, stripFiller } from '../../lib/search/query-clean.ts';
import { suggestCodes } from '../../lib/search/suggest.ts';
import type { SearchStrings } from '../../lib/search/strings.ts';

/** One result, ready to render as text (only `excerpt` is HTML, escaped by Pagefind). */
export interface SearchResult {
  url: string;
  code?: string;
  heading: string;
  title: string;
  catalog?: string;
  excerpt?: string;
  reason?: LookupReason;
  /** What matched (a message template, a name, a phrase), shown so several candidates explain themselves. */
  why?: string;
  /** The seen-as message the query matched, for the code page's diagnosis. */
  template?: string;
  /** Values read from that message. */
  values?: Partial<Record<Placeholder, string>>;
  /** The wrapper codes around the inner error that decided, when an envelope was opened. */
  envelope?: string[];
}

/** A search's answer: the results to show, how many there are in all, and what kind of answer it is. */
export interface SearchOutcome {
  results: SearchResult[];
  /** Every result found, shown or not (the "see all N results" row). */
  total: number;
  /** The first result names its code for certain: Enter may open it. */
  exact: boolean;
  /** Nothing matched every word: these are the closest results. */
  closest: boolean;
  /** Full text was not consulted: `total` counts the lookup's answers only. */
  fullTextSkipped: boolean;
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

/** Options of one search. */
export interface SearchOptions {
  /** Limits results to one catalog (its label). */
  catalog?: string;
  /** How many results to prepare for display; fragments are loaded for these only. */
  limit: number;
  /** False once a newer query has started: the older one then loads no fragments. */
  isCurrent?: () => boolean;
  /**
   * `when-needed` skips full text when the lookup already answered (the header list: Pagefind's
   * index for a two-character Chinese query alone is ~55 KB); `always` runs it (the search page);
   * `never` answers from the lookup alone, or `null` when it has nothing (while the reader types).
   */
  fullText?: 'always' | 'when-needed' | 'never';
}

/** How many single words the fallback tries, most informative first. */
const FALLBACK_TERMS = 3;
/** Pasted text this long is noise to full text once the lookup has named the code. */
const PASTE_LENGTH = 60;

/** The codes of a lookup's data, built once per language. */
const codeSets = new WeakMap<LookupData, Set<string>>();
function knownCodes(data: LookupData): Set<string> {
  let codes = codeSets.get(data);
  if (!codes) codeSets.set(data, (codes = new Set(data.entries.map((entry) => entry.code))));
  return codes;
}

/**
 * Whether a query is worth a full-text search: one Latin letter or one Chinese character matches
 * half the index and costs index chunks and fragments for results nobody reads while typing.
 */
function worthFullText(text: string): boolean {
  return informativeTerms(text).some((term) => /[\u3400-\u9fff].*[\u3400-\u9fff]/.test(term) || /[A-Za-z0-9]{3}/.test(term));
}

/** Creates the engine for one language under one deploy base. */
export function createSearchEngine(lang: string, base: string) {
  let lookupPromise: Promise<{ data: LookupData; query: (q: string) => LookupHit[] } | null> | undefined;
  let pagefindPromise: Promise<Pagefind | null> | undefined;

  const loadLookup = () =>
    (lookupPromise ??= fetch(withBase(base, `/${lang}/lookup.json`))
      .then((response) => (response.ok ? (response.json() as Promise<LookupData>) : Promise.reject(new Error(String(response.status)))))
      .then((data) => ({ data, query: createLookup(data) }))
      .catch(() => null));

  /** Upstream message shards, each fetched once, on the first query that needs it. */
  const shardPromises = new Map<number, Promise<UpstreamMessage[]>>();
  const loadShard = (shard: number) => {
    let promise = shardPromises.get(shard);
    if (!promise) {
      promise = fetch(withBase(base, `/upstream/${shard}.json`))
        .then((response) => (response.ok ? (response.json() as Promise<UpstreamMessage[]>) : []))
        .catch(() => []);
      shardPromises.set(shard, promise);
    }
    return promise;
  };
  let apiMessagesPromise: Promise<UpstreamMessage[]> | undefined;
  const loadApiMessages = () =>
    (apiMessagesPromise ??= fetch(withBase(base, '/api-messages.json'))
      .then((response) => (response.ok ? (response.json() as Promise<UpstreamMessage[]>) : []))
      .catch(() => []));
  /**
   * The lookup's answer; when it has nothing firm, the SCF API's messages and openYuanrong's upstream
   * messages are read too (each fetched once, and only then).
   */
  async function lookupHits(lookup: { data: LookupData; query: (q: string) => LookupHit[] }, text: string): Promise<LookupHit[]> {
    let hits = lookup.query(text);
    if (isFirm(hits) || text.length < 6) return hits;
    if (lookup.data.apiMessages) hits = mergeUpstream(hits, matchApiMessages(text, await loadApiMessages(), knownCodes(lookup.data)), lookup.data.entries);
    if (lookup.data.upstreamShards && needsUpstream(text, hits)) {
      const messages = (await Promise.all(shardsForQuery(text).map(loadShard))).flat();
      hits = mergeUpstream(hits, matchUpstream(text, messages), lookup.data.entries);
    }
    return hits;
  }

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

  const codeUrl = (code: string) => withBase(base, `/${lang}/codes/${code}/`);
  const conceptUrl = (slug: string) => withBase(base, `/${lang}/concepts/${slug}/`);
  const insideSite = (url: string) => url.startsWith(withBase(base, `/${lang}/`)) && !url.startsWith('//');

  /** Pagefind results for all words; failing that, for the most informative words one by one. */
  async function fullText(pagefind: Pagefind, text: string, filters: Record<string, string>): Promise<{ hits: PagefindResult[]; closest: boolean }> {
    const cleaned = stripFiller(text);
    const all = await pagefind.search(cleaned, { filters });
    if (all.results.length > 0) return { hits: all.results, closest: false };
    const hits: PagefindResult[] = [];
    const seen = new Set<string>();
    for (const term of informativeTerms(cleaned).slice(0, FALLBACK_TERMS)) {
      for (const hit of (await pagefind.search(term, { filters })).results) {
        if (!seen.has(hit.id)) {
          seen.add(hit.id);
          hits.push(hit);
        }
      }
    }
    return { hits, closest: true };
  }

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
    async search(query: string, { catalog = '', limit, isCurrent = () => true, fullText: when = 'always' }: SearchOptions): Promise<SearchOutcome | null> {
      const text = query.trim();
      if (!text) return { results: [], total: 0, exact: false, closest: false, fullTextSkipped: true };
      const lookup = await loadLookup();
      const results: SearchResult[] = [];
      const seen = new Set<string>();
      const entryResult = (hit: Pick<LookupHit, 'entry'> & Partial<LookupHit>, label: string): SearchResult => ({
        ...(hit.concept
          ? { url: conceptUrl(hit.concept.slug), heading: hit.concept.title, title: '', catalog: lookup?.data.strings?.concept ?? '' }
          : {
              url: codeUrl(hit.entry.code),
              code: hit.entry.code,
              heading: hit.entry.name ? `${hit.entry.code} ${hit.entry.name}` : hit.entry.code,
              title: hit.entry.title,
              catalog: label,
            }),
        ...(hit.reason ? { reason: hit.reason } : {}),
        ...(hit.why ? { why: hit.why } : {}),
        ...(hit.template ? { template: hit.template } : {}),
        ...(hit.values ? { values: hit.values } : {}),
        ...(hit.envelope ? { envelope: hit.envelope } : {}),
      });
      if (lookup) {
        const hits = await lookupHits(lookup, text);
        if (!isCurrent()) return null;
        for (const hit of hits) {
          const label = lookup.data.catalogs[hit.entry.catalog];
          if (catalog && (hit.concept || label !== catalog)) continue;
          const result = entryResult(hit, label);
          seen.add(result.url);
          results.push(result);
        }
      }
      if (when === 'never' && results.length === 0) return null;
      const exact = isExactReason(results[0]?.reason);
      let closest = false;
      let total = results.length;
      // A management call on SCF (a deploy tool's or an SDK's error) that the lookup only guessed at
      // by its words is better answered by the API codes' pages, so full text runs for it too.
      const signal = platformOf(text);
      const weakGuess = results.length > 0 && (results[0]!.reason === 'phrase' || results[0]!.reason === 'message-part');
      const needFullText = results.length === 0 || (signal?.api === true && weakGuess);
      const skip = !worthFullText(text) || (exact && text.length > PASTE_LENGTH) || (when !== 'always' && !needFullText);
      const pagefind = skip ? null : await loadPagefind();
      if (pagefind) {
        const found = await fullText(pagefind, text, catalog ? { catalog } : {});
        // A phrase or exact hit already answers the question; fallback words would only add noise.
        closest = found.closest && results.length === 0;
        if (!isCurrent()) return null;
        if (!found.closest || results.length === 0) {
          total += found.hits.length;
          // Fragments cost a request each: load only what will be shown, plus a couple for duplicates
          // of lookup results (the same code page found both ways).
          const wanted = Math.max(0, limit - results.length) + Math.min(results.length, 2);
          const data = await Promise.all(found.hits.slice(0, wanted).map((hit) => hit.data()));
          if (!isCurrent()) return null;
          // The platform the query names comes first among pages found by their words.
          const platformOfLabel = new Map(Object.entries(lookup?.data.catalogs ?? {}).map(([id, label]) => [label, CATALOG_PLATFORM[id as CatalogId]]));
          if (signal) data.sort((a, b) => Number(platformOfLabel.get(b.filters.catalog?.[0] ?? '') === signal.platform) - Number(platformOfLabel.get(a.filters.catalog?.[0] ?? '') === signal.platform));
          // Words without an API's vocabulary (no action, no parameter, no deploy tool) describe what a
          // function did, so among pages found by their words the invocation codes come before the
          // API codes that share a word (端口 9000 is a Web function's port before it is a parameter).
          if (!signal?.api) {
            const apiLabel = lookup?.data.catalogs['scf-api'];
            data.sort((a, b) => Number(a.filters.catalog?.[0] === apiLabel) - Number(b.filters.catalog?.[0] === apiLabel));
          }
          // For a management call, the API codes' pages outrank a guess of the lookup by its words.
          const promote: SearchResult[] = [];
          for (const item of data) {
            if (!insideSite(item.url)) continue;
            if (seen.has(item.url)) {
              total -= 1;
              continue;
            }
            seen.add(item.url);
            const target = signal?.api && weakGuess && item.filters.catalog?.[0] === lookup?.data.catalogs['scf-api'] ? promote : results;
            target.push({
              url: item.url,
              ...(item.meta.code ? { code: item.meta.code } : {}),
              heading: item.meta.title ?? item.url,
              title: item.meta.label ?? '',
              ...(item.filters.catalog?.[0] ? { catalog: item.filters.catalog[0] } : {}),
              excerpt: item.excerpt,
            });
          }
          results.unshift(...promote);
        }
      }
      if (results.length === 0 && lookup) {
        // Last resort, never a blank list: the codes whose names are closest to what was typed.
        closest = true;
        for (const entry of suggestCodes(lookup.data.entries, stripFiller(text))) {
          const label = lookup.data.catalogs[entry.catalog];
          if (!catalog || label === catalog) results.push(entryResult({ entry }, label));
        }
        total = results.length;
      }
      return { results, total: Math.max(total, results.length), exact, closest, fullTextSkipped: !pagefind };
    },
  };
}

export type SearchEngine = ReturnType<typeof createSearchEngine>;
