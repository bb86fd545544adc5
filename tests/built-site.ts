/**
 * Where the build under test is and which base it was built for, shared by the dist checks, the
 * browser tests and their configuration (OUT_DIR, BASE_PATH).
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The output folder of the build under test. */
export const outDir = join(process.cwd(), process.env.OUT_DIR ?? 'dist');
/** The deploy base, always with a trailing slash: `/` or `/errors/`. */
export const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

/** Every file under a directory, as paths relative to it with forward slashes. */
export function listFiles(dir: string = outDir): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The HTML pages of the build, Pagefind's own files aside, relative to the output folder. */
export function listHtmlPages(): string[] {
  return listFiles().filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));
}
