/** Which language a language-neutral URL (`/`, `/codes/437/`) should open. */
import { LANGS, isLang, type Lang } from '../model/langs.ts';

/** The storage key under which the language switch remembers the reader's choice. */
export const LANGUAGE_STORAGE_KEY = 'preferred-language';

/** Saved choice first, then the browser's languages in order, then English. */
export function pickLanguage(saved: string | null | undefined, browserLanguages: readonly string[]): Lang {
  if (isLang(saved ?? undefined)) return saved as Lang;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return LANGS[0];
}
