/** Facts about a built site folder, shared by the build script and the benchmark. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Counts the HTML pages Astro wrote (Pagefind's own files aside). */
export function countPages(dir) {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) count += entry.name === 'pagefind' ? 0 : countPages(join(dir, entry.name));
    else if (entry.name.endsWith('.html')) count += 1;
  }
  return count;
}

/** Bytes Pagefind wrote for one language: its metadata, index chunks, fragments and filters. */
export function pagefindBytes(outDir, lang) {
  const dir = join(outDir, 'pagefind');
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')).languages[lang];
  if (!entry) return 0;
  let bytes = readFileSync(join(dir, `pagefind.${entry.hash}.pf_meta`)).length;
  for (const sub of ['index', 'fragment', 'filter']) {
    if (!existsSync(join(dir, sub))) continue;
    for (const name of readdirSync(join(dir, sub))) if (name.startsWith(`${lang}_`)) bytes += readFileSync(join(dir, sub, name)).length;
  }
  return bytes;
}
