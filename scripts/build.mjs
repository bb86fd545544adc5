#!/usr/bin/env node
/**
 * `npm run build`: Astro, then the static-host touches (language 404s; `_headers` written from the
 * hosting rules in src/lib/site/hosting.ts for the deploy base; `.nojekyll`), then Pagefind over the
 * output one language at a time, then one line saying how long it took and how many pages it made. `--skip-astro` runs
 * only the steps after Astro (the benchmark times them apart).
 * OUT_DIR and BASE_PATH select the output folder and the deploy base.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatHeadersFile, formatNetlifyNotFoundRedirects, NOT_FOUND_PAGES } from '../src/lib/site/hosting.ts';
import { LANGS } from '../src/lib/model/langs.ts';
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

/**
 * Pagefind over one language folder per run, then one `pagefind-entry.json` naming every language.
 * Indexing both languages in one process holds both in memory (Chinese segmentation is the heavy
 * part: about 2 GB at 10,000 codes); one at a time peaks at the larger of the two. Each language's
 * files are named by its own hash and the shared files are the same in every run, so the bundle
 * is byte for byte the one a single run writes; only the entry file needs merging.
 */
function indexSearch() {
  const dir = join(outDir, 'pagefind');
  const entryFile = join(dir, 'pagefind-entry.json');
  rmSync(dir, { recursive: true, force: true });
  let merged;
  for (const lang of LANGS) {
    run('pagefind', ['--site', outDir, '--glob', `${lang}/**/*.html`, '--silent']);
    const entry = JSON.parse(readFileSync(entryFile, 'utf8'));
    merged = merged ? { ...merged, languages: { ...merged.languages, ...entry.languages } } : entry;
  }
  // Pagefind lists languages in key order; keep that order so the file matches a single run's.
  const languages = Object.fromEntries(Object.entries(merged.languages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(entryFile, JSON.stringify({ ...merged, languages }));
}

const started = performance.now();
if (!skipAstro) run('astro', ['build']);
const astroMs = performance.now() - started;
moveLanguage404s();
writeHostFiles();
indexSearch();
const totalMs = performance.now() - started;
const pages = countPages(outDir);
console.log(
  `Built ${pages} pages in ${(totalMs / 1000).toFixed(1)} s (Astro ${(astroMs / 1000).toFixed(1)} s, Pagefind ${((totalMs - astroMs) / 1000).toFixed(1)} s; ${(totalMs / pages).toFixed(1)} ms per page).`,
);
