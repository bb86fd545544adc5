#!/usr/bin/env node
/**
 * `npm run build`: Astro, then the static-host touches (language 404s; `_headers` written from the
 * hosting rules in src/lib/hosting.ts for the deploy base; `.nojekyll`), then Pagefind over the
 * output, then one line saying how long it took and how many pages it made. `--skip-astro` runs
 * only the steps after Astro (the benchmark times them apart).
 * OUT_DIR and BASE_PATH select the output folder and the deploy base.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatHeadersFile, formatNetlifyNotFoundRedirects, NOT_FOUND_PAGES } from '../src/lib/hosting.ts';
import { countPages } from './site-files.mjs';

const outDir = process.env.OUT_DIR ?? 'dist';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const skipAstro = process.argv.includes('--skip-astro');

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

/**
 * Static hosts look for `{lang}/404.html` (the pages the hosting rules name); Astro writes
 * `{lang}/404/index.html`.
 */
function moveLanguage404s() {
  for (const { page } of NOT_FOUND_PAGES) {
    const built = join(outDir, page.replace(/\.html$/, ''), 'index.html');
    if (!existsSync(built)) continue;
    renameSync(built, join(outDir, page));
    rmSync(join(outDir, page.replace(/\.html$/, '')), { recursive: true });
  }
}

/**
 * `_headers` (Netlify / Cloudflare Pages) for this build's base, from the one set of hosting rules,
 * and `.nojekyll`: GitHub Pages publishing a branch runs Jekyll, which drops `_astro/` without it.
 * On Netlify (which sets NETLIFY=true while it builds) also `_redirects`, so each language gets its
 * own not-found page. Cloudflare Pages, which reads `_redirects` too, needs none: it serves the
 * closest `404.html` up the folder tree by itself.
 */
function writeHostFiles() {
  writeFileSync(join(outDir, '_headers'), formatHeadersFile(base));
  writeFileSync(join(outDir, '.nojekyll'), '');
  if (process.env.NETLIFY === 'true') writeFileSync(join(outDir, '_redirects'), `${formatNetlifyNotFoundRedirects(base)}\n`);
}

const started = performance.now();
if (!skipAstro) run('astro', ['build']);
const astroMs = performance.now() - started;
moveLanguage404s();
writeHostFiles();
run('pagefind', ['--site', outDir, '--silent']);
const totalMs = performance.now() - started;
const pages = countPages(outDir);
console.log(
  `Built ${pages} pages in ${(totalMs / 1000).toFixed(1)} s (Astro ${(astroMs / 1000).toFixed(1)} s, Pagefind ${((totalMs - astroMs) / 1000).toFixed(1)} s; ${(totalMs / pages).toFixed(1)} ms per page).`,
);
