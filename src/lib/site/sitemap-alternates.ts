/**
 * The sitemap's hreflang alternates of a page, from its URL alone. Every page the sitemap lists
 * exists in both languages (the dist tests check each alternate), so the twin of `/en/x/` is
 * `/zh/x/`. @astrojs/sitemap's own `i18n` option finds twins by comparing every URL with every
 * other one, which took 9 s of a 10,000-code build; this is one string operation per page.
 */
import { HTML_LANG, isLang, LANGS } from '../model/langs.ts';

/** One `<xhtml:link rel="alternate">` of a sitemap entry. */
export interface SitemapLink {
  url: string;
  lang: string;
}

/**
 * The alternates of `url` (absolute) under `root` (the site's origin plus base, ending in `/`), in
 * LANGS order, or undefined for a URL outside the language folders.
 */
export function sitemapAlternates(url: string, root: string): SitemapLink[] | undefined {
  if (!url.startsWith(root)) return undefined;
  const [lang, ...rest] = url.slice(root.length).split('/');
  if (!isLang(lang)) return undefined;
  return LANGS.map((other) => ({ url: `${root}${[other, ...rest].join('/')}`, lang: HTML_LANG[other] }));
}
