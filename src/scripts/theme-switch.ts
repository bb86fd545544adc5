/** The theme switch: shows it (it needs JavaScript to be remembered), applies and saves the choice. */
import { parseTheme, THEME_STORAGE_KEY } from '../lib/site/theme.ts';

/** Wires up the theme select in the header. */
export function initThemeSwitch(): void {
  const wrapper = document.querySelector<HTMLElement>('[data-theme-switch]');
  const select = wrapper?.querySelector('select');
  if (!wrapper || !select) return;
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    return; // Without storage the choice could not survive a page load: keep the system setting.
  }
  select.value = parseTheme(saved);
  wrapper.hidden = false;
  select.addEventListener('change', () => {
    const theme = parseTheme(select.value);
    if (theme === 'system') {
      document.documentElement.removeAttribute('data-theme');
      localStorage.removeItem(THEME_STORAGE_KEY);
    } else {
      document.documentElement.setAttribute('data-theme', theme);
      localStorage.setItem(THEME_STORAGE_KEY, theme);
    }
  });
}
