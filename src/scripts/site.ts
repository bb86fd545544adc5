/** The one script every page loads (deferred, as a module file): search, language switch, copy, 404 suggestions. */
import { initCombobox } from './search/combobox.ts';
import { initSearchPage } from './search/page.ts';
import { initLanguageSwitch } from './language-switch.ts';
import { initCopyButtons } from './copy.ts';
import { initNotFound } from './not-found.ts';

initCombobox();
initSearchPage();
initLanguageSwitch();
initCopyButtons();
void initNotFound();
