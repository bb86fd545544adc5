/**
 * On `/` and on short links: open the reader's language at once. The target path comes from the
 * page (`data-target-path`, language-neutral), so the same script serves both.
 */
import { LANGUAGE_STORAGE_KEY, pickLanguage } from '../lib/site/language-choice.ts';
import { withBase } from '../lib/site/paths.ts';

const root = document.querySelector<HTMLElement>('[data-language-chooser]');
if (root) {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // Storage can be disabled; the browser languages still decide.
  }
  const lang = pickLanguage(saved, navigator.languages ?? [navigator.language]);
  const rest = root.dataset.targetPath ?? '/';
  location.replace(withBase(root.dataset.base ?? '/', `/${lang}${rest}`) + location.hash);
}
