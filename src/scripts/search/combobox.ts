/**
 * The header search box, eager part: reveals the form (it ships hidden, so readers without
 * JavaScript get a link instead), and makes `/` and Ctrl/⌘+K focus it, or on the search page that
 * page's own box. Everything else (the engine, the list, the keys inside the box) loads on first
 * focus from combobox-behavior.ts, so reading a page costs almost no JavaScript.
 */

/** Wires up the header search form, if the page has one. */
export function initCombobox(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[role="combobox"]');
  if (!form || !input) return;

  document.querySelectorAll<HTMLElement>('header [data-search-fallback]').forEach((link) => (link.hidden = true));
  input.addEventListener('focus', () => void import('./combobox-behavior.ts').then((m) => m.attachCombobox(form, input)), { once: true });

  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable="true"]');
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    if (slash || commandK) {
      event.preventDefault();
      const target = document.querySelector<HTMLInputElement>('[data-search-page] input[name="q"]') ?? input;
      target.focus();
      target.select();
    }
  });
}
