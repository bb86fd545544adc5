/**
 * The search page: reads `?q=` and `?catalog=` (a catalog id), shows the results as links inside
 * <main>, and keeps the URL in step with the form so a search can be linked. Without an exact answer
 * it says "no exact match — closest:" and keeps the tips and catalog links in view.
 */
import { createSearchEngine } from './engine.ts';
import { rememberPaste } from './remember-paste.ts';
import { renderResult } from './render.ts';
import { readStrings } from './strings.ts';

/** How many full-text results the page prepares (each costs a fragment request). */
const PAGE_LIMIT = 20;

/** Wires up the search page, if this is it. */
export function initSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  const list = document.querySelector<HTMLOListElement>('[data-search-page-results]');
  const status = document.querySelector<HTMLElement>('[data-search-page-status]');
  const closest = document.querySelector<HTMLElement>('[data-search-page-closest]');
  const help = document.querySelector<HTMLElement>('[data-search-help]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const select = form?.querySelector<HTMLSelectElement>('select[name="catalog"]');
  if (!form || !list || !status || !closest || !help || !input || !select) return;

  form.hidden = false;
  document.querySelectorAll<HTMLElement>('main [data-search-fallback]').forEach((link) => (link.hidden = true));
  const engine = createSearchEngine(form.dataset.lang ?? 'en', form.dataset.base ?? '/');
  const strings = readStrings(form);
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  // `catalog` is a catalog id (`scf`), the same in both languages; links from before named the
  // catalog by its label in the page's language, which still selects it.
  const wanted = params.get('catalog') ?? '';
  select.value = [...select.options].find((option) => option.value === wanted || option.text === wanted)?.value ?? '';
  /** The engine filters by the catalog's label in this language, as the index and lookup name it. */
  const catalogLabel = () => (select.value ? (select.selectedOptions[0]?.text ?? '') : '');
  let generation = 0;

  const run = async () => {
    const query = input.value.trim();
    const mine = ++generation;
    closest.hidden = true;
    if (!query) {
      list.replaceChildren();
      status.textContent = strings.empty;
      help.hidden = false;
      return;
    }
    // The tips wait for the answer: they are for a search that found nothing exact, not for one under way.
    help.hidden = true;
    status.textContent = strings.loading;
    const [outcome, fullText] = await Promise.all([
      engine.search(query, { catalog: catalogLabel(), limit: PAGE_LIMIT, isCurrent: () => mine === generation }),
      engine.hasFullText(),
    ]);
    if (!outcome || mine !== generation) return;
    list.replaceChildren(
      ...outcome.results.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = result.url;
        link.className = 'block rounded-md border border-slate-200 p-3 no-underline hover:border-brand-600 dark:border-slate-700';
        link.addEventListener('click', () => rememberPaste(result, query));
        renderResult(link, result, strings);
        item.append(link);
        return item;
      }),
    );
    closest.hidden = !outcome.closest;
    help.hidden = outcome.results.length > 0 && !outcome.closest;
    const count = strings.count(outcome.results.length);
    status.textContent = fullText ? count : `${count} ${strings.unavailable}`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    next.set('q', input.value.trim());
    if (select.value) next.set('catalog', select.value);
    history.replaceState(null, '', `${location.pathname}?${next}`);
    void run();
  });
  select.addEventListener('change', () => form.requestSubmit());
  void run();
}
