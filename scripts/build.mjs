#!/usr/bin/env node
/**
 * `npm run build`: Astro, then the static-host touches (language 404s, `_headers` under a
 * sub-path), then Pagefind over the output, then one line saying how long it took and how many
 * pages it made. `--skip-astro` runs only the steps after Astro (the benchmark times them apart).
 * OUT_DIR and BASE_PATH select the output folder and the deploy base.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countPages } from './site-files.mjs';

const outDir = process.env.OUT_DIR ?? 'dist';
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const skipAstro = process.argv.includes('--skip-astro');

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

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
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^\/(?=\S)/gm, base));
}

const started = performance.now();
if (!skipAstro) run('astro', ['build']);
const astroMs = performance.now() - started;
moveLanguage404s();
prefixHeaders();
run('pagefind', ['--site', outDir, '--silent']);
const totalMs = performance.now() - started;
const pages = countPages(outDir);
console.log(
  `Built ${pages} pages in ${(totalMs / 1000).toFixed(1)} s (Astro ${(astroMs / 1000).toFixed(1)} s, Pagefind ${((totalMs - astroMs) / 1000).toFixed(1)} s; ${(totalMs / pages).toFixed(1)} ms per page).`,
);
