/**
 * Renders one search result. Titles and metadata go in as text; only Pagefind's excerpt, which
 * Pagefind escapes and marks up with <mark>, is set as HTML (cleaned of Chinese segmentation noise,
 * src/lib/render/excerpt.ts). A code's name wraps only at its word boundaries.
 */
import { isExactReason } from '../../lib/search/lookup.ts';
import { whyMatched, type SearchResult } from '../../lib/search/answer.ts';
import type { SearchStrings } from '../../lib/search/strings.ts';
import { cleanExcerpt } from '../../lib/render/excerpt.ts';
import { identifierParts } from '../../lib/render/identifier.ts';

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/** Fills `container` with a result's heading, catalog badge, match label, why it matched, title and excerpt. */
export function renderResult(container: HTMLElement, result: SearchResult, strings: SearchStrings): void {
  const top = span('flex flex-wrap items-center gap-2', '');
  const heading = span('ident font-mono font-semibold', '');
  identifierParts(result.heading).forEach((part, index) => heading.append(...(index > 0 ? [document.createElement('wbr')] : []), part));
  top.append(heading);
  if (result.catalog) top.append(span('badge border-slate-500 text-slate-700 dark:text-slate-300', result.catalog));
  if (result.reason) {
    const exact = isExactReason(result.reason);
    top.append(span(exact ? 'text-xs text-emerald-800 dark:text-emerald-300' : 'text-xs text-amber-950 dark:text-amber-100', exact ? strings.exact : strings.guess));
  }
  container.append(top);
  if (result.title) container.append(span('block text-slate-700 dark:text-slate-300', result.title));
  const matched = whyMatched(result, strings);
  if (matched) {
    // Say what kind of evidence decided: the inner error of an envelope, a frame, a report line, words.
    const why = span('block text-xs text-slate-700 dark:text-slate-300', matched.label);
    // Which platform's error it was, for tests and styles: the label says it in words.
    if (result.other) why.dataset.otherPlatform = result.other.platform;
    why.append(span('font-mono wrap-break-word', matched.text));
    container.append(why);
  }
  if (result.excerpt) {
    const excerpt = span('block text-xs text-slate-600 dark:text-slate-400 [&_mark]:bg-yellow-200 [&_mark]:text-slate-900', '');
    excerpt.innerHTML = cleanExcerpt(result.excerpt);
    container.append(excerpt);
  }
}
