/** The site's languages: URL segment, `<html lang>` value and `hreflang`. */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** `<html lang>` and `hreflang` per URL segment; Pagefind builds one index per value. */
export const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };

/** Whether a string is one of the site's language segments. */
export function isLang(value: string | undefined): value is Lang {
  return (LANGS as readonly string[]).includes(value ?? '');
}

/** The other language, for the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'zh' : 'en';
}
