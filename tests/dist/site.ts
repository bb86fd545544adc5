/**
 * The built site as files: every HTML page of OUT_DIR (default dist/) with its site path, parsed
 * once. The dist checks (links, budgets, output safety, API) share it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { base, listFiles, listHtmlPages, outDir } from '../built-site.ts';

export { base, listFiles, outDir };
/** The public origin the build used for absolute URLs. */
export const siteOrigin = new URL(process.env.SITE_URL ?? 'https://serverless-error-codes.example.org').origin;

/** One built HTML page. */
export interface BuiltPage {
  /** Path relative to the output folder, e.g. `en/codes/437/index.html`. */
  file: string;
  /** Site path without base, e.g. `/en/codes/437/`. */
  path: string;
  html: string;
  root: HTMLElement;
}

/** Every HTML page of the build (Pagefind's own files aside). */
export const pages: BuiltPage[] = listHtmlPages().map((file) => {
  const html = readFileSync(join(outDir, file), 'utf8');
  return { file, path: `/${file.replace(/index\.html$/, '')}`, html, root: parse(html) };
});

/** The code of a code page (`437`, `ResourceNotFound.Function`), or undefined for any other page. */
export function codeOfPage(page: BuiltPage): string | undefined {
  return /data-code-page="([^"]+)"/.exec(page.html)?.[1];
}

/** Every code page of the build, both languages: pages that carry a code (aliases and short links do not). */
export const codePages: BuiltPage[] = pages.filter((page) => /^\/(en|zh)\/codes\//.test(page.path) && codeOfPage(page) !== undefined);

/** The code a code-page link points at (`…/codes/437/` or `…/codes/ResourceNotFound.Function/`). */
export function codeOfHref(href: string): string | undefined {
  const segment = /\/codes\/([^/]+)\/(?:#.*)?$/.exec(href)?.[1];
  return segment === undefined ? undefined : decodeURIComponent(segment);
}

/** Reads a built file as text. */
export function readBuilt(file: string): string {
  return readFileSync(join(outDir, file), 'utf8');
}
