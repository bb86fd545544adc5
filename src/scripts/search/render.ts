/**
 * Renders one search result. Titles and metadata go in as text; only Pagefind's excerpt, which
 * Pagefind escapes and marks up with <mark>, is set as HTML.
 */
import type { SearchResult } from './engine.ts';

/** Fills `container` with a result's heading, catalog badge, title and excerpt. */
export function renderResult(container: HTMLElement, result: SearchResult, exactLabel: string): void {
  const top = document.createElement('span');
  top.className = 'flex flex-wrap items-center gap-2';
  const heading = document.createElement('span');
  heading.className = 'font-mono font-semibold';
  heading.textContent = result.heading;
  top.append(heading);
  if (result.catalog) {
    const badge = document.createElement('span');
    badge.className = 'badge border-slate-500 text-slate-700 dark:text-slate-300';
    badge.textContent = result.catalog;
    top.append(badge);
  }
  if (result.reason) {
    const exact = document.createElement('span');
    exact.className = 'text-xs text-emerald-800 dark:text-emerald-300';
    exact.textContent = exactLabel;
    top.append(exact);
  }
  container.append(top);
  if (result.title) {
    const title = document.createElement('span');
    title.className = 'block text-slate-700 dark:text-slate-300';
    title.textContent = result.title;
    container.append(title);
  }
  if (result.excerpt) {
    const excerpt = document.createElement('span');
    excerpt.className = 'block text-xs text-slate-600 dark:text-slate-400 [&_mark]:bg-yellow-200 [&_mark]:text-slate-900';
    excerpt.innerHTML = result.excerpt;
    container.append(excerpt);
  }
}
