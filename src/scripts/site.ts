/** The one script every page loads (deferred, as a module file): search, language switch, copy. */
import { initCombobox } from './search/combobox.ts';
import { initSearchPage } from './search/page.ts';
import { initLanguageSwitch } from './language-switch.ts';
import { initCopyButtons } from './copy.ts';

initCombobox();
initSearchPage();
initLanguageSwitch();
initCopyButtons();
