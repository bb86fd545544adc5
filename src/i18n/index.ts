/** Looks up interface strings by language; `{n}`-style placeholders are filled from `values`. */
import type { Lang } from '../lib/langs.ts';
import { en, type UiKey } from './en.ts';
import { zh } from './zh.ts';

const strings: Record<Lang, Record<UiKey, string>> = { en, zh };

/** Returns a translator for one language. */
export function useTranslations(lang: Lang) {
  return (key: UiKey, values: Record<string, string | number> = {}): string =>
    strings[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

export type { UiKey };

/** The strings the search scripts need, passed to them as a data attribute (no inline script). */
export function searchStrings(lang: Lang): string {
  const t = useTranslations(lang);
  return JSON.stringify({
    exact: t('searchExactMatch'),
    guess: t('searchGuess'),
    matched: t('searchWhyMatched'),
    closest: t('searchClosest'),
    seeAll: t('searchSeeAll'),
    searchAll: t('searchAllPages'),
    one: t('searchOneResult'),
    many: t('searchResultsCount'),
    none: t('searchNoResults'),
    loading: t('searchLoading'),
    unavailable: t('searchUnavailable'),
    empty: t('searchNoQuery'),
  });
}

/** The labels of the code-block copy buttons, passed to the script as a data attribute. */
export function codeCopyStrings(lang: Lang): string {
  const t = useTranslations(lang);
  return JSON.stringify({ copy: t('copyCode'), label: t('copyCodeLabel'), copied: t('copied'), failed: t('copyFailed') });
}
