/**
 * The one script every page loads (a deferred module file). It wires the header search box, the
 * language switch and the copy buttons; the search engine and the search and 404 page logic load
 * on demand, so reading a code page costs almost no JavaScript.
 */
import { initCombobox } from './search/combobox.ts';
import { initLanguageSwitch } from './language-switch.ts';
import { initCopyButtons } from './copy.ts';
import { DIAGNOSIS_KEY } from '../lib/diagnosis.ts';

/** Whether a paste is waiting for a code page; storage may be disabled. */
function hasStoredPaste(): boolean {
  try {
    return sessionStorage.getItem(DIAGNOSIS_KEY) !== null;
  } catch {
    return false;
  }
}

initCombobox();
initLanguageSwitch();
initCopyButtons();
if (document.querySelector('[data-search-page]')) void import('./search/page.ts').then((m) => m.initSearchPage());
if (document.querySelector('[data-diagnosis]') && hasStoredPaste()) void import('./paste-diagnosis.ts').then((m) => m.initPasteDiagnosis());
if (document.querySelector('[data-not-found-suggestions]')) void import('./not-found.ts').then((m) => m.initNotFound());
