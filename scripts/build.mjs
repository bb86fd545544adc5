#!/usr/bin/env node
/**
 * `npm run build`: Astro, then Pagefind over dist/, then a one-line report of how long it took
 * and how many pages it made. Fails (non-zero) if either step fails.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const started = performance.now();
const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('astro', ['build']);
const astroMs = performance.now() - started;
run('pagefind', ['--site', 'dist', '--silent']);
const totalMs = performance.now() - started;

/** Counts the HTML pages Astro wrote. */
function countPages(dir) {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) count += entry.name === 'pagefind' ? 0 : countPages(join(dir, entry.name));
    else if (entry.name.endsWith('.html')) count += 1;
  }
  return count;
}

const pages = countPages('dist');
console.log(
  `Built ${pages} pages in ${(totalMs / 1000).toFixed(1)} s (Astro ${(astroMs / 1000).toFixed(1)} s, Pagefind ${((totalMs - astroMs) / 1000).toFixed(1)} s; ${(astroMs / pages).toFixed(1)} ms per page).`,
);
