/**
 * The header search box's behaviour as an ARIA combobox, loaded on first focus (combobox.ts): type
 * to search, arrows move through the listbox, Enter opens the chosen result (or the first one when
 * it is an exact match, otherwise the search page), the first Esc closes the list and the second
 * clears the box. The list shows the best results and a row to see them all.
 */
import type { SearchEngine, SearchOutcome, SearchResult } from './engine.ts';
import { withCount } from '../../lib/search/strings.ts';

/** The engine, renderer and paste memory, loaded on first use (focus or a shortcut), not with the page. */
const loadSearch = () => Promise.all([import('./engine.ts'), import('./render.ts'), import('./remember-paste.ts')]);

const MAX_OPTIONS = 8;
/**
 * How long typing must pause before full text may run (Pagefind's own debounce default): the
 * lookup answers every keystroke at once, but a half-typed word must not fetch index chunks.
 */
const TYPING_PAUSE_MS = 300;
/** Styles of the option the arrows are on: a filled background and an outline, clear in both themes. */
const ACTIVE_CLASSES = ['bg-brand-100', 'outline-2', '-outline-offset-2', 'outline-brand-700', 'dark:bg-slate-700', 'dark:outline-brand-300'];

type Loaded = {
  engine: SearchEngine;
  /** From the lookup data; missing when it failed to load (Enter still opens the search page). */
  strings?: ReturnType<typeof withCount>;
  renderResult: (typeof import('./render.ts'))['renderResult'];
  rememberPaste: (typeof import('./remember-paste.ts'))['rememberPaste'];
};

/** Attaches the combobox behaviour to the header form and its box; runs a query already typed. */
export function attachCombobox(form: HTMLFormElement, input: HTMLInputElement): void {
  const popup = form.querySelector<HTMLElement>('[data-search-popup]');
  const list = form.querySelector<HTMLUListElement>('[role="listbox"]');
  const note = form.querySelector<HTMLElement>('[data-search-note]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  if (!popup || !list || !note || !status) return;

  let ready: Promise<Loaded> | undefined;
  const search = () =>
    (ready ??= loadSearch().then(async ([engine, render, paste]) => {
      const searchEngine = engine.createSearchEngine(form.dataset.lang ?? 'en', form.dataset.base ?? '/');
      const strings = await searchEngine.strings();
      return { engine: searchEngine, strings: strings && withCount(strings), renderResult: render.renderResult, rememberPaste: paste.rememberPaste };
    }));
  /** Each option's target: a result (remembered for the diagnosis) or the search page. */
  let targets: Array<{ url: string; result?: SearchResult }> = [];
  let active = -1;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const searchPageUrl = () => `${form.action}?${new URLSearchParams({ q: input.value.trim() })}`;

  const open = (index: number) => {
    const target = targets[index];
    if (!target) return;
    if (target.result) void search().then(({ rememberPaste }) => rememberPaste(target.result!, input.value));
    location.assign(target.url);
  };

  const close = () => {
    // A search still under way must not reopen the list the reader just closed.
    clearTimeout(timer);
    generation += 1;
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (index: number) => {
    const options = list.querySelectorAll<HTMLElement>('[role="option"]');
    options.forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index));
      for (const name of ACTIVE_CLASSES) option.classList.toggle(name, i === index);
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

  const option = (index: number, onClick: () => void): HTMLLIElement => {
    const item = document.createElement('li');
    item.id = `site-search-option-${index}`;
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
    item.className = 'block cursor-pointer border-b border-slate-100 px-3 py-2 last:border-0 dark:border-slate-800';
    item.addEventListener('mousedown', (event) => event.preventDefault());
    item.addEventListener('click', onClick);
    return item;
  };

  const show = (outcome: SearchOutcome, { renderResult, strings }: Loaded) => {
    if (!strings) return;
    // The full answer replaces the quick one; the option the reader already moved to stays chosen.
    const chosen = active >= 0 ? targets[active]?.url : undefined;
    const shown = outcome.results.slice(0, MAX_OPTIONS);
    targets = shown.map((result) => ({ url: result.url, result }));
    const items = shown.map((result, index) => {
      const item = option(index, () => open(index));
      item.dataset.url = result.url;
      renderResult(item, result, strings);
      return item;
    });
    // The last row opens the search page: "see all N" when there are more than the list shows, or
    // "search all pages" when the list holds only the lookup's answers and full text was not run.
    if (outcome.total > shown.length || (outcome.fullTextSkipped && shown.length > 0)) {
      const index = items.length;
      const all = option(index, () => open(index));
      all.dataset.url = searchPageUrl();
      all.dataset.seeAll = '';
      all.classList.add('font-medium', 'text-brand-700', 'dark:text-brand-300');
      all.textContent = outcome.total > shown.length ? strings.seeAll.replace('{n}', String(outcome.total)) : strings.searchAll.replace('{q}', input.value.trim());
      targets.push({ url: all.dataset.url });
      items.push(all);
    }
    list.replaceChildren(...items);
    note.hidden = !outcome.closest;
    note.textContent = outcome.closest ? strings.closest : '';
    const count = strings.count(outcome.total);
    status.textContent = input.value.trim() ? (outcome.closest ? `${strings.closest} ${count}` : count) : '';
    const visible = items.length > 0;
    popup.hidden = !visible;
    input.setAttribute('aria-expanded', String(visible));
    // Only an exact match is pre-selected for Enter; a guess must be chosen with the arrows.
    const kept = chosen ? targets.findIndex((target) => target.url === chosen) : -1;
    setActive(visible ? (kept >= 0 ? kept : outcome.exact ? 0 : -1) : -1);
  };

  /** Answers from the lookup alone, at once, while the reader is still typing. */
  const runLookup = async () => {
    const query = input.value;
    const mine = generation;
    const loaded = await search();
    if (mine !== generation || !query.trim()) return;
    const outcome = await loaded.engine.search(query, { limit: MAX_OPTIONS, fullText: 'never' });
    if (outcome && mine === generation) show(outcome, loaded);
  };
  const run = async () => {
    const query = input.value;
    const mine = ++generation;
    const loaded = await search();
    if (mine !== generation) return;
    if (!query.trim()) {
      close();
      status.textContent = '';
      return;
    }
    const outcome = await loaded.engine.search(query, { limit: MAX_OPTIONS, isCurrent: () => mine === generation, fullText: 'when-needed' });
    if (outcome && mine === generation) show(outcome, loaded);
  };

  void search().then(({ engine }) => engine.warm());
  // A short pause while typing: not every keystroke is a query worth fetching index chunks and
  // fragments for. The lookup alone answers at once; full text waits for the pause.
  input.addEventListener('input', () => {
    clearTimeout(timer);
    generation += 1;
    void runLookup();
    timer = setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (popup.hidden && targets.length > 0) {
        popup.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const count = targets.length;
      setActive(count ? (active < 0 && step < 0 ? count - 1 : (active + step + count) % count) : -1);
    } else if (event.key === 'Enter') {
      if (active >= 0 && !popup.hidden) {
        event.preventDefault();
        open(active);
      }
      // Otherwise the form submits to the search page, which explains what was and was not found.
    } else if (event.key === 'Escape') {
      // The first Esc only closes the list; a search input would otherwise clear itself at once.
      if (!popup.hidden) {
        event.preventDefault();
        close();
      } else {
        input.value = '';
        targets = [];
        status.textContent = '';
      }
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  if (input.value.trim()) void run();
}
