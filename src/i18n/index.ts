/** Looks up interface strings by language; `{n}`-style placeholders are filled from `values`. */
import type { Lang } from '../lib/model/langs.ts';
import { en, type UiKey } from './en.ts';
import { zh } from './zh.ts';
import type { SearchStrings } from '../lib/search/strings.ts';
import { PLACEHOLDER_PATTERNS, type Placeholder } from '../lib/search/message-template.ts';

const strings: Record<Lang, Record<UiKey, string>> = { en, zh };

/** Returns a translator for one language. */
export function useTranslations(lang: Lang) {
  return (key: UiKey, values?: Record<string, string | number>): string => {
    const text = strings[lang][key];
    // Most strings have no placeholder, and a page asks for a hundred of them.
    return values ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole)) : text;
  };
}

export type { UiKey };

/**
 * The strings the search scripts need. The search and 404 pages carry them in a data attribute (no
 * inline script); the header box gets them with `/{lang}/lookup.json` on first use, which keeps
 * them out of every page's HTML.
 */
export function searchStrings(lang: Lang): SearchStrings {
  const t = useTranslations(lang);
  return {
    exact: t('searchExactMatch'),
    guess: t('searchGuess'),
    matched: t('searchWhyMatched'),
    because: {
      envelope: t('searchWhyEnvelope'),
      trace: t('searchWhyTrace'),
      exception: t('searchWhyException'),
      report: t('searchWhyReport'),
      phrase: t('searchWhyPhrase'),
      concept: t('searchWhyConcept'),
      wording: t('searchWhyWording'),
    },
    other: {
      label: { same: t('searchWhyOther.same'), similar: t('searchWhyOther.similar'), 'look-alike': t('searchWhyOther.look-alike') },
      target: { scf: t('searchOtherTarget.scf'), yr: t('searchOtherTarget.yr') },
    },
    concept: t('searchConcept'),
    closest: t('searchClosest'),
    seeAll: t('searchSeeAll'),
    searchAll: t('searchAllPages'),
    one: t('searchOneResult'),
    many: t('searchResultsCount'),
    none: t('searchNoResults'),
    loading: t('searchLoading'),
    unavailable: t('searchUnavailable'),
    empty: t('searchNoQuery'),
  };
}

/** The labels of the code-block copy buttons, passed to the script as a data attribute. */
export function codeCopyStrings(lang: Lang): string {
  const t = useTranslations(lang);
  return JSON.stringify({ copy: t('copyCode'), label: t('copyCodeLabel'), copied: t('copied'), failed: t('copyFallbackCode') });
}

/** The label of every placeholder in the page's language, for the values table of a pasted error. */
export function placeholderLabels(t: (key: UiKey) => string): Record<Placeholder, string> {
  return Object.fromEntries(
    (Object.keys(PLACEHOLDER_PATTERNS) as Placeholder[]).map((name) => [name, t(`placeholder.${name}` as UiKey)]),
  ) as Record<Placeholder, string>;
}
