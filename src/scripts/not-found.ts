/**
 * On a 404 page: name the missing code and list the nearest existing ones. The site-wide 404 (a
 * path outside `/en/` and `/zh/`, such as the short link `/codes/99999/`) first moves a reader who
 * chose Chinese, or whose browser prefers it, to the same path under `/zh/`, whose 404 is Chinese.
 */
import type { LookupData } from '../lib/search/lookup.ts';
import { LANGUAGE_STORAGE_KEY, pickLanguage } from '../lib/site/language-choice.ts';
import { isLang } from '../lib/model/langs.ts';
import { codePath, withBase, withoutBase } from '../lib/site/paths.ts';
import { suggestCodes } from '../lib/search/suggest.ts';
import type { Lang } from '../lib/model/langs.ts';

/** Fills in the 404 page's suggestions, if this is a 404 page for a code URL. */
export async function initNotFound(): Promise<void> {
  const section = document.querySelector<HTMLElement>('[data-not-found-suggestions]');
  const message = document.querySelector<HTMLElement>('[data-not-found-message]');
  const list = section?.querySelector('ul');
  if (!section || !message || !list) return;
  const base = section.dataset.base ?? '/';
  const lang = (section.dataset.lang ?? 'en') as Lang;
  if (section.hasAttribute('data-site-wide') && moveToReaderLanguage(base, lang)) return;
  const segment = /\/codes\/([^/]+)\/?$/.exec(withoutBase(base, location.pathname))?.[1];
  if (!segment) return;
  const wanted = decodeURIComponent(segment);
  message.textContent = (message.dataset.template ?? '').replace('{code}', wanted);
  const response = await fetch(withBase(base, `/${lang}/lookup.json`));
  if (!response.ok) return;
  const data = (await response.json()) as LookupData;
  list.replaceChildren(
    ...suggestCodes(data.entries, wanted).map((entry) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.className = 'link font-mono';
      link.href = withBase(base, codePath(lang, entry.code));
      link.textContent = entry.name ? `${entry.code} ${entry.name}` : entry.code;
      item.append(link, document.createTextNode(` — ${entry.title}`));
      return item;
    }),
  );
  section.hidden = list.children.length === 0;
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
