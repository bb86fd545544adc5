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
