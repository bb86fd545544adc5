/**
 * The language switch keeps the reader's place (the `#fragment`, and the `?q=` of a search) and
 * remembers the choice, which `/`, the short links `/codes/{code}/` and the site-wide 404 use next
 * time.
 */
import { LANGUAGE_STORAGE_KEY } from '../lib/site/language-choice.ts';

/** Wires up every language switch link on the page. */
export function initLanguageSwitch(): void {
  document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]').forEach((link) => {
    link.addEventListener('click', () => {
      try {
        localStorage.setItem(LANGUAGE_STORAGE_KEY, link.dataset.langSwitch ?? '');
      } catch {
        // Without storage the switch still works; only the memory is lost.
      }
      // Read at click time: the search page updates ?q= as the reader types.
      if (location.search) link.search = location.search;
      if (location.hash) link.hash = location.hash;
    });
  });
}
