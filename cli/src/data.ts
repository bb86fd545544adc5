/**
 * The data the package ships in `data/` (written by cli/build.mjs from the site's build output):
 * each language's lookup, the SCF API's and openYuanrong's messages, every code and concept page's
 * Markdown twin, the site's Pagefind index and the site strings the output needs. Everything is
 * read from disk when first needed and kept; nothing goes over the network.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createAnswerer, loadedLookup, type LoadedLookup } from '../../src/lib/search/answer.ts';
import { apartPhrasesPath, fromWire, withApartPhrases, type LookupEntry, type WireLookup } from '../../src/lib/search/lookup.ts';
import type { PhraseGroups } from '../../src/lib/search/phrases.ts';
import type { StatusTable } from '../../src/lib/search/statuses.ts';
import type { UpstreamMessage } from '../../src/lib/search/upstream.ts';
import type { VendorSentence } from '../../src/lib/search/vendor-wording.ts';
import type { OtherPlatformsData } from '../../src/lib/search/other-platforms.ts';
import { loadPagefind } from './pagefind.ts';

export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** The site strings of one language the command line prints (from the site's i18n, at build). */
export interface SiteStrings {
  meaning: string;
  fix: string;
  page: string;
  /** Between a label and its value (`: ` or `：`). */
  separator: string;
  values: string;
  placeholders: Record<string, string>;
}

/** `data/meta.json`. */
export interface Meta {
  version: string;
  /** The site's root URL with its deploy base (`https://…/`); pages are `{site}{lang}/codes/{code}/`. */
  site: string;
  /** When the data was built, and from which folder. */
  built: string;
  strings: Record<Lang, SiteStrings>;
}

/** The package's `data/` folder (beside `dist/` when bundled, beside `src/` when run from source). */
const DATA = new URL('../data/', import.meta.url);

const cache = new Map<string, unknown>();
function once<T>(key: string, load: () => T): T {
  if (!cache.has(key)) cache.set(key, load());
  return cache.get(key) as T;
}
const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, DATA), 'utf8')) as T;

/** Whether the data is there (a package built without `npm run build:cli` has none). */
export function hasData(): boolean {
  return existsSync(new URL('meta.json', DATA));
}

/** The data's metadata and site strings. */
export function meta(): Meta {
  return once('meta', () => readJson<Meta>('meta.json'));
}

/** One language's lookup, made once. */
export function lookup(lang: Lang): LoadedLookup {
  // The CLI reads its data from disk: the phrases a lookup ships apart (the English one's Chinese
  // phrases) are merged in once, so every query sees all of them, as the site's does when it needs them.
  return once(`lookup:${lang}`, () => {
    const data = fromWire(readJson<WireLookup>(`${lang}/lookup.json`));
    const apart = apartPhrasesPath(data);
    return loadedLookup(apart ? withApartPhrases(data, readJson<PhraseGroups>(apart)) : data);
  });
}

/** The codes of one language in catalog order. */
export function entries(lang: Lang): LookupEntry[] {
  return lookup(lang).data.entries;
}

/** A code's entry: the code as written, or an API code in any case (`resourcenotfound.function`). */
export function findEntry(lang: Lang, code: string): LookupEntry | undefined {
  const wanted = code.trim();
  const all = entries(lang);
  return all.find((entry) => entry.code === wanted) ?? all.find((entry) => entry.code.toLowerCase() === wanted.toLowerCase());
}

/** The URL of a code's page on the site. */
export function codeUrl(lang: Lang, code: string): string {
  return `${meta().site}${lang}/codes/${code}/`;
}

/** The URL of a concept page on the site. */
export function conceptUrl(lang: Lang, slug: string): string {
  return `${meta().site}${lang}/concepts/${slug}/`;
}

/** A known code's Markdown twin (the code must come from the lookup: it names a file). */
export function codeTwin(lang: Lang, entry: LookupEntry): string {
  return once(`twin:${lang}:${entry.code}`, () => readFileSync(new URL(`${lang}/codes/${encodeURIComponent(entry.code)}.md`, DATA), 'utf8'));
}

/** A concept page's Markdown twin, or `undefined` for a slug the lookup does not list. */
export function conceptTwin(lang: Lang, slug: string): string | undefined {
  if (!lookup(lang).data.concepts?.some((concept) => concept.slug === slug)) return undefined;
  return once(`concept:${lang}:${slug}`, () => readFileSync(new URL(`${lang}/concepts/${encodeURIComponent(slug)}.md`, DATA), 'utf8'));
}

/** The search of one language over the packaged data, with the site's Pagefind index for words. */
export function answerer(lang: Lang) {
  return once(`answerer:${lang}`, () =>
    createAnswerer({
      lookup: async () => lookup(lang),
      apiMessages: async (script) => once(`api-messages:${script}`, () => readJson<UpstreamMessage[]>(`api-messages/${script}.json`)),
      vendorWording: async (script, platform) => once(`vendor-wording:${platform}/${script}`, () => readJson<VendorSentence[]>(`vendor-wording/${platform}/${script}.json`)),
      shard: async (n) => once(`shard:${n}`, () => readJson<UpstreamMessage[]>(`upstream/${n}.json`)),
      statuses: async () => once('statuses', () => readJson<StatusTable>('upstream/statuses.json')),
      otherPlatforms: async () => once(`other-platforms:${lang}`, () => readJson<OtherPlatformsData>(`${lang}/other-platforms.json`)),
      fullText: () => once(`pagefind:${lang}`, () => loadPagefind(new URL('pagefind/', DATA), lang, meta().site)),
      codeUrl: (code) => codeUrl(lang, code),
      conceptUrl: (slug) => conceptUrl(lang, slug),
      insideSite: (url) => url.startsWith(`${meta().site}${lang}/`),
    }),
  );
}
