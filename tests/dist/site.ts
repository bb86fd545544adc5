/**
 * The built site as files: every HTML page of OUT_DIR (default dist/) with its site path, parsed
 * once. The dist checks (links, budgets, output safety, API) share it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Where the build wrote the site, and the base it was built for. */
export const outDir = join(process.cwd(), process.env.OUT_DIR ?? 'dist');
export const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
/** The public origin the build used for absolute URLs. */
export const siteOrigin = new URL(process.env.SITE_URL ?? 'https://serverless-error-codes.example.org').origin;

/** Every file under a directory, as paths relative to it with forward slashes. */
export function listFiles(dir: string = outDir): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

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
export const pages: BuiltPage[] = listFiles()
  .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
  .map((file) => {
    const html = readFileSync(join(outDir, file), 'utf8');
    return { file, path: `/${file.replace(/index\.html$/, '')}`, html, root: parse(html) };
  });

/** Reads a built file as text. */
export function readBuilt(file: string): string {
  return readFileSync(join(outDir, file), 'utf8');
}
