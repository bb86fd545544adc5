/**
 * The language switch keeps the reader's place (`#fragment`) and remembers the choice, which `/`
 * and the short links `/codes/{code}/` use next time.
 */
import { LANGUAGE_STORAGE_KEY } from '../lib/language-choice.ts';

/** Wires up every language switch link on the page. */
export function initLanguageSwitch(): void {
  document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]').forEach((link) => {
    link.addEventListener('click', () => {
      try {
        localStorage.setItem(LANGUAGE_STORAGE_KEY, link.dataset.langSwitch ?? '');
      } catch {
        // Without storage the switch still works; only the memory is lost.
      }
      if (location.hash) link.hash = location.hash;
    });
  });
}
