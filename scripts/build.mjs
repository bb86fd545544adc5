#!/usr/bin/env node
/**
 * `npm run build`: Astro, then Pagefind over dist/, then a one-line report of how long it took
 * and how many pages it made. Fails (non-zero) if either step fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const outDir = process.env.OUT_DIR ?? 'dist';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

const started = performance.now();
const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('astro', ['build']);
const astroMs = performance.now() - started;
moveLanguage404s();
prefixHeaders();
run('pagefind', ['--site', outDir, '--silent']);
const totalMs = performance.now() - started;

/** Static hosts look for `{lang}/404.html`; Astro writes `{lang}/404/index.html`. */
function moveLanguage404s() {
  for (const lang of ['en', 'zh']) {
    const built = join(outDir, lang, '404', 'index.html');
    if (!existsSync(built)) continue;
    renameSync(built, join(outDir, lang, '404.html'));
    rmSync(join(outDir, lang, '404'), { recursive: true });
  }
}

/** `_headers` paths are site paths; under a sub-path deploy they need the base in front. */
function prefixHeaders() {
  const file = join(outDir, '_headers');
  if (base === '/' || !existsSync(file)) return;
  const text = readFileSync(file, 'utf8').replace(/^\/(?=\S)/gm, base).replace(/^\/\*$/m, `${base}*`);
  writeFileSync(file, text);
}

/** Counts the HTML pages Astro wrote. */
function countPages(dir) {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) count += entry.name === 'pagefind' ? 0 : countPages(join(dir, entry.name));
    else if (entry.name.endsWith('.html')) count += 1;
  }
  return count;
}

const pages = countPages(outDir);
console.log(
  `Built ${pages} pages in ${(totalMs / 1000).toFixed(1)} s (Astro ${(astroMs / 1000).toFixed(1)} s, Pagefind ${((totalMs - astroMs) / 1000).toFixed(1)} s; ${(astroMs / pages).toFixed(1)} ms per page).`,
);
