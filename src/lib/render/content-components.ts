/**
 * The markup of the content components MDX may use (`<Meaning>`, `<Fix>`, `<Notes>`, `<CodeLink>`,
 * `<ConceptLink>`), defined once. Code pages render them during content sync (src/lib/
 * code-page-loader.ts); concept pages render them through the thin `.astro` wrappers in
 * src/components/mdx/, which call these same functions.
 */
import { escapeHTML } from 'astro/runtime/server/index.js';
import { useTranslations } from '../../i18n/index.ts';
import type { Lang } from '../model/langs.ts';
import { codePath, conceptPath, withBase } from '../site/paths.ts';
import { headingRowHtml } from './heading-link.ts';
import { Html, type HtmlComponent } from './html-jsx.ts';

/** The fixed sections of a code page; ids are the same in both languages so fragments survive the switch. */
export type SectionId = 'meaning' | 'fix' | 'notes';

/** What the components need to know about the site: the deploy base and each code's display name. */
export interface ContentContext {
  lang: Lang;
  base: string;
  /** `437 HandlerNotFound`, or undefined when the code does not exist. */
  displayName(code: string): string | undefined;
}

const attribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** A section with its translated heading and the heading's permalink around already-rendered HTML. */
export function sectionHtml(lang: Lang, id: SectionId, inner: string): string {
  const heading = escapeHTML(useTranslations(lang)(id));
  return `<section id="${id}" aria-labelledby="${id}-heading">${headingRowHtml(2, `${id}-heading`, heading, id)}${inner}</section>`;
}

/**
 * A table that may be wider than a phone, inside a region of its own that scrolls sideways, so the
 * page never does and no cell has to break a word. The region is focusable, so it scrolls from the
 * keyboard too, and named in the page's language by its columns, which tell a page's tables apart.
 */
export function tableScrollHtml(lang: Lang, table: string): string {
  const t = useTranslations(lang);
  const firstRow = /<tr[^>]*>([\s\S]*?)<\/tr>/.exec(table)?.[1] ?? '';
  // Cell text is already escaped HTML: tags go, entities stay, and only quotes need escaping here.
  const columns = [...firstRow.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((cell) => cell[1]!.replace(/<[^>]+>/g, '').trim()).filter(Boolean);
  const label = t('tableScroll', { columns: columns.join(t('listSeparator')) }).replace(/"/g, '&quot;');
  return `<section class="table-scroll" tabindex="0" aria-label="${label}">${table}</section>`;
}

/** A link to another code, labelled with its display name (`435 FunctionNotFound`). */
export function codeLinkHtml(context: ContentContext, code: string): string {
  const name = context.displayName(code);
  if (name === undefined) throw new Error(`<CodeLink code="${code}"> points at a code that does not exist`);
  return `<a href="${attribute(withBase(context.base, codePath(context.lang, code)))}"><code>${escapeHTML(name)}</code></a>`;
}

/** A link to a concept page around already-rendered HTML. */
export function conceptLinkHtml(context: ContentContext, slug: string, inner: string): string {
  return `<a href="${attribute(withBase(context.base, conceptPath(context.lang, slug)))}">${inner}</a>`;
}

/** The content components as HTML-string components for MDX evaluated at sync time. */
export function htmlComponents(context: ContentContext): Record<string, HtmlComponent> {
  const section = (id: SectionId): HtmlComponent => ({ children }) => new Html(sectionHtml(context.lang, id, children.value));
  return {
    Meaning: section('meaning'),
    Fix: section('fix'),
    Notes: section('notes'),
    table: ({ children }) => new Html(tableScrollHtml(context.lang, `<table>${children.value}</table>`)),
    CodeLink: ({ code }) => new Html(codeLinkHtml(context, String(code))),
    ConceptLink: ({ slug, children }) => new Html(conceptLinkHtml(context, String(slug), children.value)),
  };
}
