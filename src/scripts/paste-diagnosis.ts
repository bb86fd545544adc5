/**
 * Paste to diagnosis on a code page: when the reader came from a pasted error (see
 * search/remember-paste.ts), highlight the message it matched in "Seen as" and show the values read
 * from it, so "the timeout is 3 seconds" is on screen. Everything comes from `sessionStorage` and is
 * written as text; nothing leaves the browser.
 */
import { DIAGNOSIS_KEY, parseDiagnosis } from '../lib/search/diagnosis.ts';
import type { Placeholder } from '../lib/search/message-template.ts';
import { placeholderLabels, useTranslations } from '../i18n/index.ts';
import { isLang } from '../lib/model/langs.ts';

const HIGHLIGHT = ['outline-2', 'outline-brand-700', 'dark:outline-brand-300', 'rounded-md', 'p-2'];

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/**
 * Shows the stored diagnosis at the top of the page, if it belongs to this page's code: that the
 * paste matched, the message it matched and the values read from it, a link to the fix, and a way
 * to forget the paste. The matched message is also marked in "Seen as".
 */
export function initPasteDiagnosis(): void {
  const box = document.querySelector<HTMLElement>('[data-diagnosis]');
  const code = document.querySelector<HTMLElement>('[data-code-page]')?.dataset.codePage;
  if (!box || !code) return;
  let diagnosis;
  try {
    diagnosis = parseDiagnosis(sessionStorage.getItem(DIAGNOSIS_KEY));
  } catch {
    return;
  }
  if (!diagnosis || diagnosis.code !== code || !diagnosis.template) return;
  const lang = document.documentElement.lang.slice(0, 2);
  const t = useTranslations(isLang(lang) ? lang : 'en');
  const labels = placeholderLabels(t);
  const item = [...document.querySelectorAll<HTMLElement>('[data-seen-as] li')].find((li) => li.querySelector('code')?.textContent === diagnosis.template);
  if (item) {
    item.classList.add(...HIGHLIGHT);
    item.dataset.matched = '';
  }
  box.replaceChildren();
  // Styled here, not in the HTML: most readers never see the box, so its classes stay out of every page.
  box.className = 'my-3 rounded-md border-l-4 border-brand-600 bg-brand-50 p-3 text-sm text-slate-900 dark:bg-slate-800 dark:text-slate-100';
  const head = element('p', t('diagnosisHeading'), 'font-semibold');
  box.append(head);
  // The message as the reader's paste had it: the template with their values put back, marked, so
  // "timed out after 3 seconds" reads as their own timeout.
  const matched = element('p', t('diagnosisMatched'));
  const message = element('code', '', 'wrap-break-word');
  message.dataset.diagnosisMessage = '';
  for (const piece of diagnosis.template.split(/(\{\w+\})/)) {
    const value = /^\{(\w+)\}$/.exec(piece)?.[1];
    const filled = value === undefined ? undefined : diagnosis.values[value as Placeholder];
    message.append(filled === undefined ? piece : element('strong', filled, 'font-bold'));
  }
  matched.append(' ', message);
  box.append(matched);
  const entries = Object.entries(diagnosis.values) as Array<[Placeholder, string]>;
  if (entries.length > 0) {
    const list = element('dl', '', 'mt-1 flex flex-wrap gap-x-4');
    for (const [name, value] of entries) list.append(element('dt', labels[name] ?? name, 'font-medium'), element('dd', value, 'font-mono wrap-break-word'));
    list.dataset.diagnosisValues = '';
    box.append(list);
  }
  // What the values mean for this message (the seen-as note: "the seconds are your configured timeout").
  const note = item?.querySelector<HTMLElement>('[data-seen-as-note]')?.textContent;
  if (note) box.append(element('p', note, 'mt-1'));
  const actions = element('p', '', 'mt-1 flex flex-wrap items-center gap-x-4 gap-y-1');
  const fix = element('a', t('jumpToFix'), 'link');
  fix.setAttribute('href', '#fix');
  const clear = element('button', t('diagnosisClear'), 'rounded-md border border-slate-400 px-2 py-1');
  clear.type = 'button';
  clear.addEventListener('click', () => {
    sessionStorage.removeItem(DIAGNOSIS_KEY);
    box.hidden = true;
    item?.classList.remove(...HIGHLIGHT);
  });
  actions.append(fix, clear, element('span', t('diagnosisPrivacy'), 'text-xs text-slate-700 dark:text-slate-300'));
  box.append(actions);
  box.hidden = false;
}
