/**
 * The answer to one search, as the header box and the search page give it and as the command line
 * (`cli/`) gives it: exact lookup first (identifiers, pasted errors, everyday phrases), the SCF API's
 * and openYuanrong's upstream messages when the lookup has nothing firm, then full text for the
 * page's language, without duplicates; when no page holds every word, the most informative words,
 * then the closest codes by name, so a search never ends blank.
 *
 * Pure: where the data comes from is the caller's (the browser fetches it, the command line reads
 * it from its package), and so is the full-text index, which has Pagefind's shape (the browser
 * passes Pagefind itself; the command line a small index of its own, cli/src/full-text.ts).
 */
import { CATALOG_PLATFORM, PLATFORM_IDS, type CatalogId, type PlatformId } from '../model/vocabulary.ts';
import { createRecaser } from './recase.ts';
import { createLookup, isExactReason, isFirm, mergeStatuses, mergeUpstream, namedPlatformFirst, needsUpstream, guessUnlistedFailure, guessVagueFailure, withExplainingConcept, type LookupData, type LookupHit, type LookupReason } from './lookup.ts';
import { unescapePaste, type Placeholder } from './message-template.ts';
import { createOtherPlatformMatcher, mayHoldOtherPlatform, otherPlatformLabel, type OtherPlatformHit, type OtherPlatformMatcher, type OtherPlatformsData } from './other-platforms.ts';
import { platformOf } from './platform.ts';
import { blankPlaceholders, informativeTerms, spaceScripts, stripFiller, stripLogPrefixes } from './query-clean.ts';
import { simplifyChinese } from './traditional.ts';
import { quotedParts } from './recall.ts';
import type { SearchStrings } from './strings.ts';
import { mayNameStatus, readStatuses, type StatusTable } from './statuses.ts';
import { suggestCodes } from './suggest.ts';
import { distinctMessages, matchApiMessages, matchParaphrases, matchUpstream, scriptsOfQuery, shardsForQuery, type UpstreamMessage } from './upstream.ts';
import { matchVendorWording, type VendorSentence } from './vendor-wording.ts';

/** One result, ready to render as text (only `excerpt` is HTML, escaped by the full-text index). */
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
  /** Another platform's error decided: whose, and how close this code comes. */
  other?: OtherPlatformHit;
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

/** What a full-text result holds once loaded (Pagefind's result data). */
export interface FullTextData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** One full-text result; its data loads only when it is going to be shown. */
export interface FullTextResult {
  id: string;
  data(): Promise<FullTextData>;
}

/** Pagefind's filters: one catalog, or any of several (`{ catalog: { any: [...] } }`). */
export type FullTextFilters = Record<string, string | { any: string[] }>;

/** A full-text index with Pagefind's search call. */
export interface FullTextIndex {
  search(query: string, options?: { filters?: FullTextFilters }): Promise<{ results: FullTextResult[] }>;
}

/** The lookup over one language's data, made once. */
export interface LoadedLookup {
  data: LookupData;
  /** The lookup's hits; `others` matches other platforms' errors when their templates ship apart. */
  query: (q: string, others?: OtherPlatformMatcher) => LookupHit[];
  /** The query with the casing of the names it holds restored when it was typed all in lower case (recase.ts). */
  recase: (q: string) => string;
}

/** Builds the lookup over one language's data. */
export function loadedLookup(data: LookupData): LoadedLookup {
  return { data, query: createLookup(data), recase: createRecaser(data) };
}

/** Where an answer's data comes from, and the URLs of its pages; every loader is called at most when needed. */
export interface AnswerSources {
  /**
   * The language's lookup for a query, with the phrases it ships apart merged in when the query holds
   * their script (`apartPhrases`); `null` when it could not be loaded.
   */
  lookup(query: string): Promise<LoadedLookup | null>;
  /** The SCF API codes' messages written in one script (`/api-messages/{zh,en}.json`). */
  apiMessages(script: 'zh' | 'en'): Promise<UpstreamMessage[]>;
  /** The fingerprints of one platform's table sentences in one script (`/vendor-wording/{platform}/{zh,en}.json`). */
  vendorWording(script: 'zh' | 'en', platform: PlatformId): Promise<VendorSentence[]>;
  /** One shard of openYuanrong's upstream messages (`/upstream/{n}.json`). */
  shard(n: number): Promise<UpstreamMessage[]>;
  /** openYuanrong's inner status names and message tags (`/upstream/statuses.json`). */
  statuses(): Promise<StatusTable>;
  /**
   * Other platforms' errors (`/{lang}/other-platforms.json`), when the lookup carries only their
   * anchors; `null` when they could not be loaded.
   */
  otherPlatforms?(): Promise<OtherPlatformsData | null>;
  /** The full-text index; `null` when there is none. */
  fullText(): Promise<FullTextIndex | null>;
  codeUrl(code: string): string;
  conceptUrl(slug: string): string;
  /** Whether a full-text result's URL is a page of this language on this site. */
  insideSite(url: string): boolean;
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
/**
 * How many single words the fallback tries within the platform a query names before it reads the other
 * platforms' pages: while none has found a page of that platform, a few more words are worth their
 * requests, since another platform's page first is what a query that names its platform must not get.
 */
const PLATFORM_FALLBACK_TERMS = 6;
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

/**
 * The label that says what kind of evidence decided a result, and the text it matched (a message,
 * a frame, a phrase), or `undefined` when the result needs no explanation (a code or name typed as is).
 */
export function whyMatched(result: Pick<SearchResult, 'reason' | 'why' | 'template' | 'envelope' | 'other' | 'code'>, strings: SearchStrings): { label: string; text: string } | undefined {
  // Another platform's error is shown as that platform wrote it, never as an SCF message.
  if (result.reason === 'other-platform' && result.other && result.why) return { label: otherPlatformLabel(result.other, result.code ?? '', strings.other), text: result.why };
  const text = result.template ?? (result.reason !== 'code' && result.reason !== 'name' ? result.why : undefined);
  if (!text) return undefined;
  const label =
    result.envelope && result.reason === 'envelope'
      ? strings.because.envelope.replace('{wrapper}', result.envelope.join(' / '))
      : result.reason === 'trace' || result.reason === 'exception' || result.reason === 'report' || result.reason === 'phrase' || result.reason === 'concept' || result.reason === 'wording'
        ? strings.because[result.reason]
        : strings.matched;
  return { label, text };
}

/**
 * What a log or a response has and a sentence of a vendor's table never does: lines, braces, brackets,
 * stack frames, request fields. Such a paste does not fetch the tables' wording.
 */
const LOG_STRUCTURE = /\n|[{}[\]]|\bat\s+\S+\s+\(|Traceback|\/var\/|RequestId|\berr(?:Code|Msg)\b/;

/** Lines a sentence may be wrapped onto and still read as one. */
const MAX_WRAPPED_LINES = 3;

/** A text of a few lines joined into one, since a wrapped sentence is no log; a longer paste as it is. */
function unwrapped(text: string): string {
  return text.split('\n').length <= MAX_WRAPPED_LINES ? text.replace(/\s*\n\s*/g, ' ') : text;
}

/** How specific a Chinese table sentence must be to lead over another platform's codes already found (`函数版本有别名，因此不能删除。`, not `函数名已存在`). */
const TELLING_SENTENCE = 60;

/** How many pages found by their words are ordered by platform and catalog: the header box's eight. */
const ORDERED = 8;

/** Creates the search of one language over its sources. */
export function createAnswerer(sources: AnswerSources) {
  /**
   * The lookup's answer; when it has nothing firm, the SCF API's messages and openYuanrong's upstream
   * messages are read too (each loaded once, and only then).
   */
  async function lookupHits(lookup: LoadedLookup, text: string): Promise<LookupHit[]> {
    let hits = lookup.query(text, await otherPlatformMatcher(lookup, text));
    // An openYuanrong status or tag (`K_IO_ERROR`, `[ZMQ_RECV_TIMEOUT]`) names its SDK code even next
    // to a field holding the status's own number, so it is read before a firm hit ends the search.
    const cased = lookup.recase(text);
    if (lookup.data.statuses && mayNameStatus(cased)) hits = mergeStatuses(hits, readStatuses(cased, await sources.statuses()), lookup.data.entries);
    if (isFirm(hits, text) || text.length < 6) return withExplainingConcept(hits, lookup.data.concepts ?? []);
    // The SCF API's messages are fetched in the scripts the query is written in, and not for a query
    // that names openYuanrong.
    const scripts = lookup.data.apiMessages && platformOf(text)?.platform !== 'openyuanrong' ? scriptsOfQuery(text) : [];
    if (scripts.length > 0) {
      const files = await Promise.all(scripts.map((script) => sources.apiMessages(script)));
      const matched = matchApiMessages(text, files.flat(), knownCodes(lookup.data));
      // Without a message as written, a Chinese question may restate one in its own words. Each file
      // is passed as loaded, so its index of rare words is built once, not per query.
      // A question that quotes the message (`Getting this error: "Function hello_world not exists" - how do
      // I fix it?`) restates it in its quotes, where the question's own words do not dilute it.
      const restated =
        matched.length > 0 ? [] : [text, ...quotedParts(text)].flatMap((typed) => files.flatMap((messages) => matchParaphrases(typed, messages))).sort((a, b) => b.specificity - a.specificity);
      hits = mergeUpstream(hits, matched.length > 0 ? matched : restated, lookup.data.entries, platformOf(text)?.api === true);
    }
    // A sentence copied from a vendor's status-code table names its code, in the script it is written
    // in. Read only when neither the lookup nor the API's messages answered, so a pasted message still
    // costs the lookup and one script's messages at most; a platform the query names keeps its own codes.
    const wording = lookup.data.vendorWording;
    // A sentence a terminal or a chat wrapped onto a second or third line is still prose.
    if (wording && !isFirm(hits, text) && !LOG_STRUCTURE.test(unwrapped(text))) {
      const named = platformOf(text)?.platform;
      const catalogOf = new Map(lookup.data.entries.map((entry) => [entry.code, entry.catalog]));
      const platformOfHit = (hit: { code: string }) => CATALOG_PLATFORM[catalogOf.get(hit.code)!];
      const scripts = scriptsOfQuery(text);
      // The platform the query names, else the one its first answer so far is on, is read first; the
      // other only when the first holds no sentence of the query, so a query costs one platform's file
      // per script as long as that one answers.
      const first = named ?? (hits[0] ? CATALOG_PLATFORM[hits[0].entry.catalog] : 'tencent-scf');
      // A sentence copied whole from a table ends with its full stop; a query that found codes already
      // and is no such sentence (a question, a log line) is not read against the other platform's file.
      const wholeSentence = /[.。]\s*$/.test(text);
      const platforms = named ? [named] : hits.length > 0 && !wholeSentence ? [first] : [first, ...PLATFORM_IDS.filter((platform) => platform !== first)];
      let copied: Array<ReturnType<typeof matchVendorWording>[number] & { script: 'zh' | 'en' }> = [];
      for (const platform of platforms) {
        const files = await Promise.all(scripts.map((script) => sources.vendorWording(script, platform)));
        copied = files.flatMap((sentences, at) => matchVendorWording(text, sentences).map((hit) => ({ ...hit, script: scripts[at]! }))).sort((a, b) => b.specificity - a.specificity);
        if (copied.length > 0) break;
      }
      // Both platforms word short Chinese failures alike (`函数名已存在`, `参数校验失败`): once SCF's codes
      // answered, another platform's short Chinese sentence is no telling match, so mergeUpstream puts it
      // after them instead of before them; a long one still leads.
      const scfAnswered = hits.some((hit) => CATALOG_PLATFORM[hit.entry.catalog] === 'tencent-scf');
      const follows = (hit: (typeof copied)[number]) => scfAnswered && hit.script === 'zh' && platformOfHit(hit) !== 'tencent-scf' && hit.specificity < TELLING_SENTENCE;
      hits = mergeUpstream(hits, copied.map((hit) => (follows(hit) ? { ...hit, reason: 'message-part' as const } : hit)), lookup.data.entries, false, wording);
    }
    if (lookup.data.upstreamShards && needsUpstream(text, hits)) {
      const messages = distinctMessages(await Promise.all(shardsForQuery(text).map((shard) => sources.shard(shard))));
      hits = mergeUpstream(hits, matchUpstream(text, messages), lookup.data.entries);
    }
    if (hits.length === 0) hits = guessVagueFailure(text, lookup.data.entries);
    return withExplainingConcept(namedPlatformFirst(hits, text), lookup.data.concepts ?? []);
  }

  /** Other platforms' matcher, compiled once, after their data was fetched. */
  let othersMatcher: Promise<OtherPlatformMatcher | undefined> | undefined;
  /**
   * The matcher of other platforms' errors for a query, when they ship apart from the lookup and the
   * query holds one of their anchors (one query in ten); otherwise the lookup's own (none, on the site).
   */
  async function otherPlatformMatcher(lookup: LoadedLookup, text: string): Promise<OtherPlatformMatcher | undefined> {
    const anchors = lookup.data.otherAnchors;
    if (lookup.data.others || !anchors || !sources.otherPlatforms || !mayHoldOtherPlatform(anchors, unescapePaste(text))) return undefined;
    othersMatcher ??= sources.otherPlatforms().then((data) => (data ? createOtherPlatformMatcher(data) : undefined));
    return othersMatcher;
  }

  /** Full-text results for all words; failing that, for the most informative words one by one. */
  async function fullText(index: FullTextIndex, text: string, filters: FullTextFilters, platformFilter = false): Promise<{ hits: FullTextResult[]; closest: boolean }> {
    // What a question quotes (`遇到这个报错：「java init失败」，怎么解决？`) is the message; the words around
    // it, all required by Pagefind, would find pages that merely share them.
    const quoted = quotedParts(text).join(' ');
    if (quoted) {
      const inQuotes = await index.search(spaceScripts(stripFiller(quoted)), { filters });
      if (inQuotes.results.length > 0) return { hits: inQuotes.results, closest: false };
    }
    const cleaned = spaceScripts(stripFiller(text));
    const all = await index.search(cleaned, { filters });
    if (all.results.length > 0) return { hits: all.results, closest: false };
    const hits: FullTextResult[] = [];
    const seen = new Set<string>();
    // A bare number is no word to match pages by: a code would have been found by the lookup, and
    // a count or a size (`调用 1000 次`) only finds pages that happen to print it.
    const terms = informativeTerms(cleaned).filter((word) => !/^\d+$/.test(word));
    for (const [at, term] of terms.entries()) {
      if (at >= (hits.length === 0 && platformFilter ? PLATFORM_FALLBACK_TERMS : FALLBACK_TERMS)) break;
      for (const hit of (await index.search(term, { filters })).results) {
        if (!seen.has(hit.id)) {
          seen.add(hit.id);
          hits.push(hit);
        }
      }
    }
    return { hits, closest: true };
  }

  return {
    /** Results for a query, best first; `null` when a newer query took over before fragments loaded. */
    async search(query: string, { catalog = '', limit, isCurrent = () => true, fullText: when = 'always' }: SearchOptions): Promise<SearchOutcome | null> {
      const text = simplifyChinese(blankPlaceholders(stripLogPrefixes(query.trim())));
      if (!text) return { results: [], total: 0, exact: false, closest: false, fullTextSkipped: true };
      const lookup = await sources.lookup(text);
      const results: SearchResult[] = [];
      const seen = new Set<string>();
      const entryResult = (hit: Pick<LookupHit, 'entry'> & Partial<LookupHit>, label: string): SearchResult => ({
        ...(hit.concept
          ? { url: sources.conceptUrl(hit.concept.slug), heading: hit.concept.title, title: '', catalog: lookup?.data.strings?.concept ?? '' }
          : {
              url: sources.codeUrl(hit.entry.code),
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
        ...(hit.other ? { other: hit.other } : {}),
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
      // CloudBase wraps SCF: its wording matched exactly by one of this site's own seen-as messages is
      // as certain as the message itself, though it is labelled as CloudBase's.
      const first = results[0];
      const exact = isExactReason(first?.reason) || (first?.reason === 'other-platform' && first.other?.platform === 'tencent-cloudbase' && first.template !== undefined);
      let closest = false;
      let total = results.length;
      // A management call on SCF (a deploy tool's or an SDK's error) that the lookup only guessed at
      // by its words is better answered by the API codes' pages, so full text runs for it too.
      const signal = platformOf(text);
      // A guess that is already one of the API's codes (a phrase such as 函数创建失败) is not outranked.
      const weakGuess =
        results.length > 0 && (results[0]!.reason === 'phrase' || results[0]!.reason === 'message-part') && results[0]!.catalog !== lookup?.data.catalogs['scf-api'];
      const needFullText = results.length === 0 || (signal?.api === true && weakGuess);
      const skip = !worthFullText(text) || (exact && text.length > PASTE_LENGTH) || (when !== 'always' && !needFullText);
      const index = skip ? null : await sources.fullText();
      if (index) {
        // The platform the query names decides the catalogs first: its pages found by fewer words come
        // before another platform's found by all of them; only when it has none are the others read.
        const platformLabels = signal && lookup ? Object.entries(lookup.data.catalogs).filter(([id]) => CATALOG_PLATFORM[id as CatalogId] === signal.platform).map(([, label]) => label) : [];
        let found = await fullText(index, text, catalog ? { catalog } : platformLabels.length > 0 ? { catalog: { any: platformLabels } } : {}, !catalog && platformLabels.length > 0);
        if (!catalog && platformLabels.length > 0 && found.hits.length === 0) found = await fullText(index, text, {});
        // An openYuanrong failure whose words no page holds together is more often its platform's default
        // code than a page one of its words found (`failed to create buffer for key: {}`): the guess leads,
        // and the pages its words found follow.
        const guessed = found.closest && results.length === 0 && lookup ? guessUnlistedFailure(text, lookup.data.entries) : [];
        for (const hit of guessed) {
          const result = entryResult(hit, lookup!.data.catalogs[hit.entry.catalog]);
          seen.add(result.url);
          results.push(result);
        }
        // A phrase or exact hit already answers the question; fallback words would only add noise.
        closest = found.closest && (results.length === 0 || guessed.length > 0);
        if (!isCurrent()) return null;
        if (!found.closest || results.length === guessed.length) {
          total += found.hits.length;
          // Fragments cost a request each: load only what will be shown, plus a couple for duplicates
          // of lookup results (the same code page found both ways).
          const wanted = Math.max(0, limit - results.length) + Math.min(results.length, 2);
          const data = await Promise.all(found.hits.slice(0, wanted).map((hit) => hit.data()));
          if (!isCurrent()) return null;
          // The platform the query names comes first among pages found by their words.
          // Both orders apply among the first ORDERED pages the index ranks, whatever the limit, so that
          // the header box and the search page agree on what comes first.
          const ordered = data.slice(0, ORDERED);
          const platformOfLabel = new Map(Object.entries(lookup?.data.catalogs ?? {}).map(([id, label]) => [label, CATALOG_PLATFORM[id as CatalogId]]));
          if (signal) ordered.sort((a, b) => Number(platformOfLabel.get(b.filters.catalog?.[0] ?? '') === signal.platform) - Number(platformOfLabel.get(a.filters.catalog?.[0] ?? '') === signal.platform));
          // Words without an API's vocabulary (no action, no parameter, no deploy tool) describe what a
          // function did, so among pages found by their words the invocation codes come before the
          // API codes that share a word (端口 9000 is a Web function's port before it is a parameter).
          if (!signal?.api) {
            const apiLabel = lookup?.data.catalogs['scf-api'];
            ordered.sort((a, b) => Number(a.filters.catalog?.[0] === apiLabel) - Number(b.filters.catalog?.[0] === apiLabel));
          }
          data.splice(0, ordered.length, ...ordered);
          // For a management call, the API codes' pages outrank a guess of the lookup by its words.
          const promote: SearchResult[] = [];
          for (const item of data) {
            if (!sources.insideSite(item.url)) continue;
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
      return { results, total: Math.max(total, results.length), exact, closest, fullTextSkipped: !index };
    },
  };
}
