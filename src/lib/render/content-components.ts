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

/** A section with its translated heading around already-rendered HTML. */
export function sectionHtml(lang: Lang, id: SectionId, inner: string): string {
  const heading = escapeHTML(useTranslations(lang)(id));
  return `<section id="${id}" aria-labelledby="${id}-heading" class="scroll-mt-4"><h2 id="${id}-heading">${heading}</h2>${inner}</section>`;
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
    CodeLink: ({ code }) => new Html(codeLinkHtml(context, String(code))),
    ConceptLink: ({ slug, children }) => new Html(conceptLinkHtml(context, String(slug), children.value)),
  };
}
