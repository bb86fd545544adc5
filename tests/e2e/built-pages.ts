/** The URLs of every built page (from the output folder), for the checks that visit them all. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { listHtmlPages, outDir } from '../built-site.ts';

/** Site paths (no base, no leading slash) of every HTML page, Pagefind's aside: `en/codes/437/`. */
export const builtPaths: string[] = listHtmlPages()
  .map((file) => file.replace(/index\.html$/, ''))
  .sort();

/** The built file behind a site path (`en/codes/437/` → `dist/en/codes/437/index.html`). */
export function builtFile(path: string): string {
  return path === '' || path.endsWith('/') ? join(outDir, path, 'index.html') : join(outDir, path);
}

/**
 * The text Pagefind indexes on a built page: the `data-pagefind-body` element without its
 * `data-pagefind-ignore` parts, whitespace collapsed. Empty for pages that are not indexed.
 */
export function indexedText(path: string): string {
  const root = parse(readFileSync(builtFile(path), 'utf8'));
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return '';
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  return body.textContent.replace(/\s+/g, ' ');
}

/** Elements that never have a closing tag, so the tokenizer below must not push them. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * What an element is to axe, in its context: language, whether the page is a language chooser,
 * the parent's kind and its own kind (tag, classes, role, tabindex, open and aria-* attribute
 * names). Two elements with the same feature get the same colors, contrast and roles, so axe
 * finds the same on both; the text differs, and that is html-validate's job over every page.
 */
function elementFeatures(html: string): Set<string> {
  const lang = /<html[^>]*\blang="([^"]*)"/.exec(html)?.[1] ?? '';
  const chooser = html.includes('data-language-chooser');
  const features = new Set<string>();
  const stack: string[] = [''];
  // Scripts and styles hold no elements; their text could contain `<`.
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '');
  for (const [, closing, rawTag = '', attributes = ''] of markup.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g)) {
    const tag = rawTag.toLowerCase();
    if (closing) {
      const at = stack.lastIndexOf(stack.findLast((kind) => kind.startsWith(`${tag}.`)) ?? '');
      if (at > 0) stack.length = at;
      continue;
    }
    const classes = (/\bclass="([^"]*)"/.exec(attributes)?.[1] ?? '').split(/\s+/).filter(Boolean).sort().join('.');
    const flags = [...attributes.matchAll(/\s((?:aria-[\w-]+)|role|tabindex|open)(?=[\s=>/]|$)/g)].map((match) => match[1]).sort().join(',');
    const kind = `${tag}.${classes}[${flags}]`;
    features.add(`${lang}|${chooser}|${stack.at(-1)}>${kind}`);
    if (!VOID.has(tag) && !attributes.trimEnd().endsWith('/')) stack.push(kind);
  }
  return features;
}

/**
 * A small set of pages that together hold every element feature of the whole build (greedy set
 * cover, deterministic), so that axe sees every kind of element in every context it appears in,
 * in both languages, without visiting all four thousand pages. Pages with the most features
 * come first; ties go to the earlier path.
 */
export function structuralCover(paths: readonly string[]): string[] {
  const featuresOf = new Map(paths.map((path) => [path, elementFeatures(readFileSync(builtFile(path), 'utf8'))]));
  const uncovered = new Set([...featuresOf.values()].flatMap((features) => [...features]));
  const chosen: string[] = [];
  while (uncovered.size > 0) {
    let best = '';
    let bestCount = 0;
    for (const [path, features] of featuresOf) {
      let count = 0;
      for (const feature of features) if (uncovered.has(feature)) count++;
      if (count > bestCount) [best, bestCount] = [path, count];
    }
    chosen.push(best);
    for (const feature of featuresOf.get(best) ?? []) uncovered.delete(feature);
    featuresOf.delete(best);
  }
  return chosen;
}
