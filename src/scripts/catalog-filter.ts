/** On a catalog page: narrows the group tables as the reader types or picks a retry verdict. */
import { rowMatches } from '../lib/search/catalog-filter.ts';

/** Wires up the filter, if this is a catalog page. */
export function initCatalogFilter(): void {
  const box = document.querySelector<HTMLElement>('[data-catalog-filter]');
  const input = box?.querySelector<HTMLInputElement>('[data-filter-text]');
  const select = box?.querySelector<HTMLSelectElement>('[data-filter-retry]');
  const status = box?.querySelector<HTMLElement>('[data-filter-status]');
  if (!box || !input || !select || !status) return;
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('.code-table tbody tr')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-group]')];
  const texts = rows.map((row) => row.textContent ?? '');
  box.hidden = false;

  const apply = () => {
    let shown = 0;
    rows.forEach((row, index) => {
      const match = rowMatches(texts[index]!, row.dataset.retry ?? '', input.value, select.value);
      row.hidden = !match;
      if (match) shown += 1;
    });
    // A group whose every row is filtered out would leave an empty table under its heading.
    for (const group of groups) group.hidden = !group.querySelector('tbody tr:not([hidden])');
    const total = String(rows.length);
    const filtered = input.value.trim() !== '' || select.value !== '';
    status.textContent = !filtered
      ? ''
      : shown === 0
        ? (box.dataset.none ?? '').replace('{q}', input.value.trim() || select.selectedOptions[0]?.text || '').replace('{total}', total)
        : (box.dataset.count ?? '').replace('{n}', String(shown)).replace('{total}', total);
  };
  input.addEventListener('input', apply);
  select.addEventListener('change', apply);
  // A reload or Back keeps what the browser restored into the fields.
  apply();
}
