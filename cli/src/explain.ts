/**
 * `explain`, `show` and `list` as data: what the terminal prints, `--json` prints and the MCP tools
 * return. The search is the site's own (src/lib/search/answer.ts, as the header box runs it); each
 * match is filled in from its page's Markdown twin (summary, meaning, fix steps).
 */
import { whyMatched, type SearchResult } from '../../src/lib/search/answer.ts';
import { isExactReason, type LookupEntry, type LookupReason } from '../../src/lib/search/lookup.ts';
import { suggestCodes } from '../../src/lib/search/suggest.ts';
import { CATALOG_IDS, type CatalogId } from '../../src/lib/model/vocabulary.ts';
import { answerer, codeTwin, codeUrl, conceptTwin, entries, findEntry, lookup, meta, type Lang } from './data.ts';
import { parseTwin, sectionOf, stepsOf } from './twin.ts';

/** How many matches `explain` gives unless asked for more. */
export const DEFAULT_LIMIT = 3;
/** The most it gives: the header box lists 8. */
export const MAX_LIMIT = 20;

/** One match of `explain`. */
export interface Match {
  /** A code page, a concept page that explains the situation the text describes, or another page full text found. */
  kind: 'code' | 'concept' | 'page';
  code?: string;
  slug?: string;
  /** The platform's exact status name or message, when the code has one. */
  name?: string;
  /** `433 TimeLimitReached`, or a concept page's title. */
  heading: string;
  title: string;
  catalog?: CatalogId;
  catalogLabel?: string;
  /** The text names this code for certain (its code, name, a code field or a known message). */
  exact: boolean;
  /** What kind of evidence decided (src/lib/search/lookup.ts); absent for a match by full text. */
  reason?: LookupReason;
  /** The label and the text that matched. */
  why?: { label: string; text: string };
  /** Values read from the matched message (`seconds: "3"`). */
  values?: Record<string, string>;
  /** Wrapper codes around the inner error that decided. */
  envelope?: string[];
  summary: string;
  /** The page's "What it means" section, Markdown. */
  meaning: string;
  /** The page's "How to fix it" steps, Markdown each. */
  fix: string[];
  url: string;
  /** The page's Markdown twin. */
  markdownUrl: string;
}

/** A code or page offered when nothing matched. */
export interface Suggestion {
  code?: string;
  heading: string;
  title: string;
  url: string;
}

/** The answer of `explain`. */
export interface Explanation {
  /** The text searched (after a long input was cut to its last error). */
  query: string;
  lang: Lang;
  /** `exact`: the first match names its code for certain; `likely`: guesses only; `none`: no match. */
  status: 'exact' | 'likely' | 'none';
  /** 0, 1 or 2, as the command exits. */
  exitCode: 0 | 1 | 2;
  /** Whether the words went to the full-text fallback (the browser would have asked Pagefind). */
  fullText: boolean;
  /** Matches found in all, shown or not. */
  total: number;
  matches: Match[];
  /** When nothing matched: the closest codes by name or pages by some of the words. */
  closest: Suggestion[];
}

const markdownUrlOf = (url: string) => url.replace(/\/$/, '.md');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
/** Pagefind's excerpt (HTML, the matched words in `<mark>`) as plain text. */
function excerptText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) =>
      name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name.toLowerCase()] ?? whole),
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** A search result filled in from its page. */
function toMatch(lang: Lang, result: SearchResult): Match {
  const strings = lookup(lang).data.strings!;
  const why = whyMatched(result, strings) ?? (result.excerpt ? { label: strings.matched, text: excerptText(result.excerpt) } : undefined);
  const common = {
    exact: isExactReason(result.reason),
    ...(result.reason ? { reason: result.reason } : {}),
    ...(why ? { why } : {}),
    ...(result.values && Object.keys(result.values).length ? { values: result.values as Record<string, string> } : {}),
    ...(result.envelope ? { envelope: result.envelope } : {}),
    url: result.url,
    markdownUrl: markdownUrlOf(result.url),
  };
  const concept = /\/concepts\/([^/]+)\/$/.exec(result.url)?.[1];
  const twin = concept ? conceptTwin(lang, concept) : undefined;
  if (concept && twin) {
    const parts = parseTwin(twin);
    return { kind: 'concept', slug: concept, heading: parts.heading, title: '', summary: parts.summary, meaning: parts.intro || parts.summary, fix: [], ...common };
  }
  const entry = result.code ? findEntry(lang, result.code) : undefined;
  // Another page full text found (a catalog, the sources): what Pagefind shows of it.
  if (!entry) return { kind: 'page', heading: result.heading, title: result.title, summary: '', meaning: why?.text ?? '', fix: [], ...common };
  const parts = parseTwin(codeTwin(lang, entry));
  const headings = meta().strings[lang];
  return {
    kind: 'code',
    code: entry.code,
    ...(entry.name ? { name: entry.name } : {}),
    heading: parts.heading,
    title: parts.title || entry.title,
    catalog: entry.catalog,
    catalogLabel: lookup(lang).data.catalogs[entry.catalog],
    summary: parts.summary,
    meaning: sectionOf(parts, headings.meaning),
    fix: stepsOf(sectionOf(parts, headings.fix)),
    ...common,
  };
}

/** Explains a pasted error, a log line or a few words, as the header box answers them. */
export async function explain(text: string, lang: Lang, limit = DEFAULT_LIMIT): Promise<Explanation> {
  const query = text.trim();
  const outcome = (await answerer(lang).search(query, { limit, fullText: 'when-needed' }))!;
  const fullText = !outcome.fullTextSkipped;
  if (outcome.closest || outcome.results.length === 0) {
    const closest = outcome.results.slice(0, limit).map((result) => ({ ...(result.code ? { code: result.code } : {}), heading: result.heading, title: result.title, url: result.url }));
    return { query, lang, status: 'none', exitCode: 2, fullText, total: 0, matches: [], closest };
  }
  const matches = outcome.results.slice(0, limit).map((result) => toMatch(lang, result));
  const status = outcome.exact ? 'exact' : 'likely';
  return { query, lang, status, exitCode: status === 'exact' ? 0 : 1, fullText, total: outcome.total, matches, closest: [] };
}

/** One code's page. */
export interface Page {
  code: string;
  lang: Lang;
  heading: string;
  title: string;
  catalog: CatalogId;
  url: string;
  markdownUrl: string;
  /** The whole page as Markdown (its twin). */
  markdown: string;
}

/** A code's page, or the closest codes when there is no such code. */
export function page(code: string, lang: Lang): { page: Page } | { suggestions: Suggestion[] } {
  const entry = findEntry(lang, code);
  if (!entry) return { suggestions: suggestCodes(entries(lang), code).map((other) => suggestion(lang, other)) };
  const markdown = codeTwin(lang, entry);
  const parts = parseTwin(markdown);
  const url = codeUrl(lang, entry.code);
  return { page: { code: entry.code, lang, heading: parts.heading, title: parts.title || entry.title, catalog: entry.catalog, url, markdownUrl: markdownUrlOf(url), markdown } };
}

function suggestion(lang: Lang, entry: LookupEntry): Suggestion {
  return { code: entry.code, heading: entry.name ? `${entry.code} ${entry.name}` : entry.code, title: entry.title, url: codeUrl(lang, entry.code) };
}

/** A catalog's codes in the site's order. */
export interface CatalogListing {
  id: CatalogId;
  label: string;
  codes: Array<{ code: string; name?: string; title: string; url: string }>;
}

/** The codes of one catalog, or of every catalog. */
export function list(lang: Lang, catalog?: CatalogId): CatalogListing[] {
  const labels = lookup(lang).data.catalogs;
  return CATALOG_IDS.filter((id) => !catalog || id === catalog).map((id) => ({
    id,
    label: labels[id],
    codes: entries(lang)
      .filter((entry) => entry.catalog === id)
      .map((entry) => ({ code: entry.code, ...(entry.name ? { name: entry.name } : {}), title: entry.title, url: codeUrl(lang, entry.code) })),
  }));
}

/** Whether a string is a catalog id. */
export function isCatalog(value: string): value is CatalogId {
  return (CATALOG_IDS as readonly string[]).includes(value);
}
