/**
 * On a catalog page: narrows the group tables as the reader types or picks a retry verdict, matching
 * as the search does (src/lib/search/catalog-filter.ts). At once, each row's own text (code, name,
 * title) answers; then the codes the search finds for the query in this catalog join in: first the
 * lookup's (names, older names, seen-as messages, everyday phrases), then the pages' full text
 * (Pagefind, filtered to this catalog, its `code` filter counting the pages found, so no result has
 * to be loaded). The query and the retry choice live in the URL (`?q=…&retry=…`): a reload, Back and
 * Forward, a shared link and the language switch all keep them.
 */
import { filterSearch, rowMatches, worthFullText } from '../lib/search/catalog-filter.ts';
import { createLookup, fromWire, type WireLookup } from '../lib/search/lookup.ts';
import { stripFiller } from '../lib/search/query-clean.ts';
import { withBase } from '../lib/site/paths.ts';

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<unknown>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ filters?: Record<string, Record<string, number>> } | null>;
}

/** Typing pauses this long before the search runs (each key still filters the rows' own text at once). */
const PAUSE_MS = 200;

/** Wires up the filter, if this is a catalog page. */
export function initCatalogFilter(): void {
  const box = document.querySelector<HTMLElement>('[data-catalog-filter]');
  const input = box?.querySelector<HTMLInputElement>('[data-filter-text]');
  const select = box?.querySelector<HTMLSelectElement>('[data-filter-retry]');
  const status = box?.querySelector<HTMLElement>('[data-filter-status]');
  if (!box || !input || !select || !status) return;
  const { catalog = '', label = '', lang = 'en', base = '/' } = box.dataset;
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('.code-table tbody tr')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-group]')];
  // A row's own words: its cells but the retry label ("No" is not a word to find a code by).
  const texts = rows.map((row) => [...row.cells].filter((cell) => !cell.classList.contains('retry')).map((cell) => cell.textContent ?? '').join(' '));
  box.hidden = false;

  /** The codes the search found, for the query they were found for. */
  let found: { query: string; codes: Set<string>; pending: boolean } = { query: '', codes: new Set(), pending: false };

  const apply = () => {
    const query = input.value;
    const codes = found.query === query.trim() ? found.codes : new Set<string>();
    let shown = 0;
    rows.forEach((row, index) => {
      const match = rowMatches(texts[index]!, row.dataset.retry ?? '', query, select.value, codes.has(row.dataset.code ?? ''));
      row.hidden = !match;
      if (match) shown += 1;
    });
    // A group whose every row is filtered out would leave an empty table under its heading.
    for (const group of groups) group.hidden = !group.querySelector('tbody tr:not([hidden])');
    const total = String(rows.length);
    const filtered = query.trim() !== '' || select.value !== '';
    const searching = found.pending && found.query === query.trim() ? ` ${box.dataset.searching ?? ''}` : '';
    status.textContent = !filtered
      ? ''
      : shown === 0 && !searching
        ? (box.dataset.none ?? '').replace('{q}', query.trim() || select.selectedOptions[0]?.text || '').replace('{total}', total)
        : (box.dataset.count ?? '').replace('{n}', String(shown)).replace('{total}', total) + searching;
  };

  let lookupPromise: Promise<((query: string) => ReturnType<ReturnType<typeof createLookup>>) | null> | undefined;
  const loadLookup = () =>
    (lookupPromise ??= fetch(withBase(base, `/${lang}/lookup.json`))
      .then((response) => (response.ok ? (response.json() as Promise<WireLookup>) : Promise.reject(new Error(String(response.status)))))
      .then(fromWire)
      .then(createLookup)
      .catch(() => null));
  let pagefindPromise: Promise<Pagefind | null> | undefined;
  const loadPagefind = () =>
    (pagefindPromise ??= (import(/* @vite-ignore */ withBase(base, '/pagefind/pagefind.js')) as Promise<Pagefind>)
      .then(async (pagefind) => {
        await pagefind.options({ baseUrl: base, noWorker: true });
        await pagefind.init();
        // Loads the filters' index, without which a search counts no `code` values (4.6 KB).
        await pagefind.filters();
        return pagefind;
      })
      .catch(() => null));

  /** Runs the search for the current query and lets its codes in as they come. */
  const search = async () => {
    const query = input.value.trim();
    if (!query) return;
    found = { query, codes: new Set(), pending: true };
    const mine = found;
    const lookup = await loadLookup();
    if (found !== mine) return;
    for (const hit of lookup?.(query) ?? []) if (!hit.concept && hit.entry.catalog === catalog) mine.codes.add(hit.entry.code);
    apply();
    if (worthFullText(query)) {
      const pagefind = await loadPagefind();
      const response = await pagefind?.search(stripFiller(query), { filters: { catalog: label } }).catch(() => null);
      if (found !== mine) return;
      for (const [code, count] of Object.entries(response?.filters?.code ?? {})) if (count > 0) mine.codes.add(code);
    }
    mine.pending = false;
    apply();
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    history.replaceState(history.state, '', `${location.pathname}${filterSearch(location.search, input.value, select.value)}${location.hash}`);
    apply();
    clearTimeout(timer);
    timer = setTimeout(() => void search(), PAUSE_MS);
  };
  /** The state the URL holds: on load (a shared link, a reload) and when Back or Forward moves to it. */
  const restore = () => {
    const params = new URLSearchParams(location.search);
    if (params.has('q') || params.has('retry')) {
      input.value = params.get('q') ?? '';
      select.value = [...select.options].some((option) => option.value === params.get('retry')) ? (params.get('retry') ?? '') : '';
    }
    apply();
    void search();
  };
  input.addEventListener('input', changed);
  select.addEventListener('change', changed);
  input.addEventListener('focus', () => void loadLookup(), { once: true });
  window.addEventListener('popstate', restore);
  // A reload or Back keeps what the browser restored into the fields when the URL says nothing.
  restore();
}
