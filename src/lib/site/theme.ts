/**
 * The light / dark / system theme choice. public/theme.js applies the saved choice before paint (it
 * cannot import this module, so a unit test checks that it uses the same key and values).
 */

/** Where the choice is saved. */
export const THEME_STORAGE_KEY = 'theme';

/** The choices; `system` means "no saved choice": the system setting decides. */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Reads a saved value; anything unknown counts as the system setting. */
export function parseTheme(value: string | null | undefined): Theme {
  return value === 'light' || value === 'dark' ? value : 'system';
}
