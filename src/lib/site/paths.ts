/**
 * Every URL the site links to is made here, so the contract in DESIGN.md (`/{lang}/codes/{code}/`,
 * `/{lang}/concepts/{slug}/`, `/{lang}/catalogs/{catalog}/`, `/{lang}/sources/`, `/{lang}/equivalents/`, `/{lang}/search/`) lives in one place and a
 * sub-path deploy only has to
 * change `base`.
 */
import type { CatalogId } from '../model/vocabulary.ts';
import { LANGS, otherLang, type Lang } from '../model/langs.ts';

/** Joins the deploy base (`/` or `/errors/`) and a site path that starts with `/`. */
export function withBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path}`;
}

/** Home page of a language. */
export function homePath(lang: Lang): string {
  return `/${lang}/`;
}

/** Page of one code in one language. */
export function codePath(lang: Lang, code: string | number): string {
  return `/${lang}/codes/${code}/`;
}

/** Page of one concept in one language. */
export function conceptPath(lang: Lang, slug: string): string {
  return `/${lang}/concepts/${slug}/`;
}

/** The source documents and the differences between their editions, in one language. */
export function sourcesPath(lang: Lang): string {
  return `/${lang}/sources/`;
}

/** The matrix of other platforms' errors for the failures SCF shares with them, in one language. */
export function equivalentsPath(lang: Lang): string {
  return `/${lang}/equivalents/`;
}

/** Path of a catalog's page. */
export function catalogPath(lang: Lang, catalog: CatalogId): string {
  return `/${lang}/catalogs/${catalog}/`;
}

/** Language-neutral short link of a code, which opens it in the reader's language. */
export function shortCodePath(code: string | number): string {
  return `/codes/${code}/`;
}

/** Search page of a language, optionally with a query. */
export function searchPath(lang: Lang, query?: string): string {
  return query ? `/${lang}/search/?q=${encodeURIComponent(query)}` : `/${lang}/search/`;
}

/**
 * The same page in the other language: swaps the leading language segment of a base-less path.
 * Paths without a language segment (the language chooser) map to the other language's home.
 */
export function switchLanguagePath(path: string): string {
  const match = /^\/(en|zh)(\/.*)?$/.exec(path);
  if (!match) return homePath(LANGS[0]);
  return `/${otherLang(match[1] as Lang)}${match[2] ?? '/'}`;
}

/** Strips the deploy base from a pathname, so it can be matched against site paths. */
export function withoutBase(base: string, pathname: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return trimmed && pathname.startsWith(trimmed) ? pathname.slice(trimmed.length) || '/' : pathname;
}
