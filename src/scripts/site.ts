/**
 * The one script every page loads (a deferred module file). It wires the header search box and the
 * theme and language switches; the copy buttons, the search engine, the catalog filter, the
 * code-block copy buttons, the section marker of "On this page" and the search and 404 page logic
 * load on demand, so reading a code page costs almost no JavaScript.
 */
import { initCombobox } from './search/combobox.ts';
import { initLanguageSwitch } from './language-switch.ts';
import { initThemeSwitch } from './theme-switch.ts';
import { initCodeCopy } from './code-copy.ts';
import { DIAGNOSIS_KEY } from '../lib/search/diagnosis-key.ts';

/** Whether a paste is waiting for a code page; storage may be disabled. */
function hasStoredPaste(): boolean {
  try {
    return sessionStorage.getItem(DIAGNOSIS_KEY) !== null;
  } catch {
    return false;
  }
}

initCombobox();
initThemeSwitch();
initLanguageSwitch();
// Loaded on the first scroll (a jump to a #fragment is one): a page that is only glanced at never
// needs it, and a first visit keeps its few requests.
if (document.querySelector('[data-toc]')) window.addEventListener('scroll', () => void import('./toc-spy.ts').then((m) => m.initTocSpy()), { once: true, passive: true });
// The copy buttons' code loads when a reader first reaches for them (pointer or keyboard), so a page
// that is only read does not download it; the first click still copies at once.
const tools = document.querySelector<HTMLElement>('[data-copy-tools]');
if (tools) {
  if (!navigator.clipboard) tools.hidden = true;
  else {
    // A click that arrives before the code does (a quick tap) is replayed once it is wired up, still
    // within the click's user activation, so the first click always copies.
    let ready = false;
    let pending: HTMLButtonElement | undefined;
    const load = () =>
      void import('./copy.ts').then((m) => {
        m.initCopyButtons();
        ready = true;
        const button = pending;
        pending = undefined;
        button?.click();
      });
    tools.addEventListener(
      'click',
      (event) => {
        const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
        if (ready || !button) return;
        pending = button;
        load();
      },
      true,
    );
    tools.addEventListener('pointerenter', load, { once: true });
    tools.addEventListener('focusin', load, { once: true });
    tools.addEventListener('touchstart', load, { once: true, passive: true });
  }
}
if (document.querySelector('[data-search-page]')) void import('./search/page.ts').then((m) => m.initSearchPage());
if (document.querySelector('[data-catalog-filter]')) void import('./catalog-filter.ts').then((m) => m.initCatalogFilter());
// Bundled, not loaded apart: the button must be there when the block is read, and a request more
// per code page costs more than its few hundred bytes.
if (document.querySelector('[data-copy-code] pre')) initCodeCopy();
if (document.querySelector('[data-diagnosis]') && hasStoredPaste()) void import('./paste-diagnosis.ts').then((m) => m.initPasteDiagnosis());
if (document.querySelector('[data-not-found-suggestions]')) void import('./not-found.ts').then((m) => m.initNotFound());
