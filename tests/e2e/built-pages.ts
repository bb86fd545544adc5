/** The URLs of every built page (from the output folder), for the checks that visit them all. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const outDir = join(process.cwd(), process.env.OUT_DIR ?? 'dist');

/** Site paths (no base, no leading slash) of every HTML page, Pagefind's aside: `en/codes/437/`. */
export const builtPaths: string[] = readdirSync(outDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
  .filter((file) => !file.startsWith('pagefind/'))
  .map((file) => file.replace(/index\.html$/, ''))
  .sort();
