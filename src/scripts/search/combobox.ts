/**
 * The header search box as an ARIA combobox: type to search, arrows move through the listbox,
 * Enter opens the active (or first) result, Esc closes; `/` and Ctrl/⌘+K focus it from anywhere.
 * With no result to open, Enter submits the form to the search page.
 */
import type { SearchEngine, SearchResult } from './engine.ts';
import { readStrings } from './strings.ts';

/** The engine and renderer, loaded on first use (focus or a shortcut), not with the page. */
const loadSearch = () => Promise.all([import('./engine.ts'), import('./render.ts')]);

const MAX_OPTIONS = 8;

/** Wires up the header search form, if the page has one. */
export function initCombobox(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[role="combobox"]');
  const list = form?.querySelector<HTMLUListElement>('[role="listbox"]');
  const status = form?.querySelector<HTMLElement>('[data-search-status]');
  if (!form || !input || !list || !status) return;

  form.hidden = false;
  document.querySelectorAll<HTMLElement>('header [data-search-fallback]').forEach((link) => (link.hidden = true));
  const strings = readStrings(form);
  let ready: Promise<{ engine: SearchEngine; renderResult: (typeof import('./render.ts'))['renderResult'] }> | undefined;
  const search = () =>
    (ready ??= loadSearch().then(([engine, render]) => ({
      engine: engine.createSearchEngine(form.dataset.lang ?? 'en', form.dataset.base ?? '/'),
      renderResult: render.renderResult,
    })));
  let results: SearchResult[] = [];
  let active = -1;
  let generation = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (index: number) => {
    const options = list.querySelectorAll<HTMLElement>('[role="option"]');
    options.forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index));
      option.classList.toggle('bg-brand-50', i === index);
      option.classList.toggle('dark:bg-slate-800', i === index);
    });
    active = index;
    const current = options[index];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const show = (items: SearchResult[], renderResult: (typeof import('./render.ts'))['renderResult']) => {
    results = items.slice(0, MAX_OPTIONS);
    list.replaceChildren(
      ...results.map((result, index) => {
        const option = document.createElement('li');
        option.id = `site-search-option-${index}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.dataset.url = result.url;
        option.className = 'block cursor-pointer border-b border-slate-100 px-3 py-2 last:border-0 dark:border-slate-800';
        renderResult(option, result, strings.exact);
        option.addEventListener('mousedown', (event) => event.preventDefault());
        option.addEventListener('click', () => location.assign(result.url));
        return option;
      }),
    );
    status.textContent = input.value.trim() ? strings.count(items.length) : '';
    const open = results.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    setActive(open ? 0 : -1);
  };

  const run = async () => {
    const query = input.value;
    const mine = ++generation;
    const { engine, renderResult } = await search();
    const items = query.trim() ? await engine.search(query) : [];
    if (mine === generation) show(items, renderResult);
  };

  input.addEventListener('focus', () => void search().then(({ engine }) => engine.warm()), { once: true });
  // No debounce: each search takes a few ms, and a stale answer is dropped by `generation`.
  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden && results.length > 0) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(results.length ? (active + step + results.length) % results.length : -1);
    } else if (event.key === 'Enter') {
      const target = results[active >= 0 ? active : 0];
      if (target && !list.hidden) {
        event.preventDefault();
        location.assign(target.url);
      }
    } else if (event.key === 'Escape') {
      if (!list.hidden) close();
      else input.value = '';
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));

  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable="true"]');
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    if (slash || commandK) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
}
