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

/** Shows the stored diagnosis if it belongs to this page's code. */
export function initPasteDiagnosis(): void {
  const section = document.querySelector<HTMLElement>('[data-seen-as]');
  const box = section?.querySelector<HTMLElement>('[data-diagnosis]');
  if (!section || !box) return;
  let diagnosis;
  try {
    diagnosis = parseDiagnosis(sessionStorage.getItem(DIAGNOSIS_KEY));
  } catch {
    return;
  }
  if (!diagnosis || diagnosis.code !== section.dataset.seenAs) return;
  const lang = document.documentElement.lang.slice(0, 2);
  const t = useTranslations(isLang(lang) ? lang : 'en');
  const strings = {
    heading: t('diagnosisHeading'),
    matched: t('diagnosisMatched'),
    values: t('diagnosisValues'),
    privacy: t('diagnosisPrivacy'),
    clear: t('diagnosisClear'),
    labels: placeholderLabels(t),
  };
  const item = [...section.querySelectorAll<HTMLElement>('li')].find((li) => li.querySelector('code')?.textContent === diagnosis.template);
  if (item) {
    item.classList.add(...HIGHLIGHT);
    item.dataset.matched = '';
  }
  box.replaceChildren();
  // Styled here, not in the HTML: most readers never see the box, so its classes stay out of every page.
  box.className = 'rounded-md border-l-4 border-brand-600 bg-brand-50 p-3 text-slate-900 dark:bg-slate-800 dark:text-slate-100';
  box.append(element('p', strings.heading, 'font-semibold'));
  box.append(element('p', strings.matched));
  box.append(element('code', diagnosis.template, 'block break-all'));
  const entries = Object.entries(diagnosis.values) as Array<[Placeholder, string]>;
  if (entries.length > 0) {
    box.append(element('p', strings.values, 'mt-2 font-medium'));
    const list = element('dl', '', 'flex flex-wrap gap-x-4');
    for (const [name, value] of entries) list.append(element('dt', strings.labels[name] ?? name), element('dd', value, 'font-mono break-all'));
    list.dataset.diagnosisValues = '';
    box.append(list);
  }
  box.append(element('p', strings.privacy, 'mt-2 text-sm'));
  const clear = element('button', strings.clear, 'mt-2 rounded-md border border-slate-400 px-2 py-1 text-sm');
  clear.type = 'button';
  clear.addEventListener('click', () => {
    sessionStorage.removeItem(DIAGNOSIS_KEY);
    box.hidden = true;
    item?.classList.remove(...HIGHLIGHT);
  });
  box.append(clear);
  box.hidden = false;
}
