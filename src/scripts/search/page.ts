/**
 * The search page: reads `?q=` and `?catalog=`, shows every result as a link inside <main>, and
 * keeps the URL in step with the form so a search can be linked.
 */
import { createSearchEngine } from './engine.ts';
import { renderResult } from './render.ts';
import { readStrings } from './strings.ts';

/** Wires up the search page, if this is it. */
export function initSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  const list = document.querySelector<HTMLOListElement>('[data-search-page-results]');
  const status = document.querySelector<HTMLElement>('[data-search-page-status]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const select = form?.querySelector<HTMLSelectElement>('select[name="catalog"]');
  if (!form || !list || !status || !input || !select) return;

  form.hidden = false;
  document.querySelectorAll<HTMLElement>('main [data-search-fallback]').forEach((link) => (link.hidden = true));
  const engine = createSearchEngine(form.dataset.lang ?? 'en', form.dataset.base ?? '/');
  const strings = readStrings(form);
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  select.value = params.get('catalog') ?? '';

  const run = async () => {
    const query = input.value.trim();
    if (!query) {
      list.replaceChildren();
      status.textContent = strings.empty;
      return;
    }
    status.textContent = strings.loading;
    const [results, fullText] = await Promise.all([engine.search(query, select.value), engine.hasFullText()]);
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = result.url;
        link.className = 'block rounded-md border border-slate-200 p-3 no-underline hover:border-brand-600 dark:border-slate-700';
        renderResult(link, result, strings.exact);
        item.append(link);
        return item;
      }),
    );
    status.textContent = fullText ? strings.count(results.length) : `${strings.count(results.length)} ${strings.unavailable}`;
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
