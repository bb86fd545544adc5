/**
 * On a 404 page: name what was asked for and offer what is closest to it. A code URL lists the
 * nearest codes (by number, or by name for a mistyped name); a concept or catalog URL lists those
 * pages by closeness of name; any other path offers a search for its last word. The language switch
 * leads to the same path in the other language, not to its home. The site-wide 404 (a path outside
 * `/en/` and `/zh/`, such as the short link `/codes/99999/`) first moves a reader who chose
 * Chinese, or whose browser prefers it, to the same path under `/zh/`, whose 404 is Chinese.
 */
import { LANGUAGE_STORAGE_KEY, pickLanguage } from '../lib/site/language-choice.ts';
import { isLang, otherLang } from '../lib/model/langs.ts';
import { catalogPath, codePath, conceptPath, searchPath, withBase, withoutBase } from '../lib/site/paths.ts';
import { editDistance, suggestCodes } from '../lib/search/suggest.ts';
import { fromWire, normalizeName, type WireLookup } from '../lib/search/lookup.ts';
import { identifierParts } from '../lib/render/identifier.ts';
import type { CatalogId } from '../lib/model/vocabulary.ts';
import type { Lang } from '../lib/model/langs.ts';

/** How many pages a concept or catalog URL is offered. */
const PAGE_SUGGESTIONS = 4;

/** Fills in the 404 page's suggestions, search link and language switch. */
export async function initNotFound(): Promise<void> {
  const section = document.querySelector<HTMLElement>('[data-not-found-suggestions]');
  const message = document.querySelector<HTMLElement>('[data-not-found-message]');
  const heading = section?.querySelector('h2');
  const list = section?.querySelector('ul');
  if (!section || !message || !heading || !list) return;
  const base = section.dataset.base ?? '/';
  const lang = (section.dataset.lang ?? 'en') as Lang;
  if (section.hasAttribute('data-site-wide') && moveToReaderLanguage(base, lang)) return;
  const path = withoutBase(base, location.pathname);
  pointLanguageSwitch(base, lang, path);
  const segments = path.split('/').filter(Boolean).map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
  const kind = segments.at(-2);
  const wanted = (segments.at(-1) ?? '').replace(/\.html?$/, '');
  const search = document.querySelector<HTMLAnchorElement>('[data-not-found-search]');
  // A word worth searching for: the missing page's last segment, as words.
  const words = wanted.replace(/[-_]+/g, ' ').trim();
  if (search && words && !isLang(words) && words !== '404') {
    search.href = withBase(base, searchPath(lang, words));
    search.textContent = (search.dataset.template ?? '').replace('{q}', words);
  }
  if (kind !== 'codes' && kind !== 'concepts' && kind !== 'catalogs') return;
  if (kind === 'codes') message.textContent = (message.dataset.template ?? '').replace('{code}', wanted);
  const response = await fetch(withBase(base, `/${lang}/lookup.json`));
  if (!response.ok) return;
  const data = fromWire((await response.json()) as WireLookup);
  let links: Array<{ href: string; label: string; title?: string; mono?: boolean }>;
  if (kind === 'codes') {
    heading.textContent = (/^\d+$/.test(wanted) ? section.dataset.byNumber : section.dataset.byName) ?? heading.textContent;
    links = suggestCodes(data.entries, wanted).map((entry) => ({
      href: withBase(base, codePath(lang, entry.code)),
      label: entry.name ? `${entry.code} ${entry.name}` : entry.code,
      title: entry.title,
      mono: true,
    }));
  } else {
    heading.textContent = section.dataset.pages ?? heading.textContent;
    const pages =
      kind === 'concepts'
        ? (data.concepts ?? []).map((concept) => ({ key: concept.slug, href: withBase(base, conceptPath(lang, concept.slug)), label: concept.title }))
        : (Object.entries(data.catalogs) as Array<[CatalogId, string]>).map(([id, label]) => ({ key: id, href: withBase(base, catalogPath(lang, id)), label }));
    const key = normalizeName(wanted);
    links = pages
      .map((page) => ({ page, distance: Math.min(editDistance(key, normalizeName(page.key)), editDistance(key, normalizeName(page.label))) }))
      .sort((a, b) => a.distance - b.distance)
      .slice(0, PAGE_SUGGESTIONS)
      .map(({ page }) => ({ href: page.href, label: page.label }));
  }
  list.replaceChildren(
    ...links.map((entry) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.className = entry.mono ? 'link inline-flex min-h-6 items-center font-mono' : 'link inline-flex min-h-6 items-center';
      link.href = entry.href;
      // A long code wraps at its words (`UnsupportedOperation.|Update…`), never off the screen.
      identifierParts(entry.label).forEach((part, index) => link.append(...(index > 0 ? [document.createElement('wbr')] : []), part));
      item.append(link);
      if (entry.title) item.append(document.createTextNode(` — ${entry.title}`));
      return item;
    }),
  );
  section.hidden = list.children.length === 0;
}

/**
 * The switch of a 404 page is built for one path; this one serves every missing path, so it points
 * the switch at the same path in the other language (which answers with that language's 404, or
 * with the page, if it exists there).
 */
function pointLanguageSwitch(base: string, lang: Lang, path: string): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-lang-switch]');
  if (!link) return;
  const target = otherLang(lang);
  const match = /^\/(en|zh)(\/.*)?$/.exec(path);
  const other = match ? `/${target}${match[2] ?? '/'}` : `/${target}${path}`;
  link.href = withBase(base, other);
}

/** On the site-wide 404: opens the same path in the reader's language if that is not `lang`. */
function moveToReaderLanguage(base: string, lang: Lang): boolean {
  const path = withoutBase(base, location.pathname);
  if (isLang(path.split('/')[1])) return false;
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // Storage can be disabled; the browser languages still decide.
  }
  const wanted = pickLanguage(saved, navigator.languages ?? [navigator.language]);
  if (wanted === lang) return false;
  location.replace(withBase(base, `/${wanted}${path}`) + location.search + location.hash);
  return true;
}
