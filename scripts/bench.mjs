#!/usr/bin/env node
/**
 * `npm run bench`: measures the real site and prints Markdown tables.
 *   build       cold build time (Astro + Pagefind), ms per page, peak memory of the build
 *   weights     bytes per page type: HTML, CSS, JS, gzip and brotli; Pagefind index per language
 *   search      first visit requests; first-search bytes and time; later searches; exact lookup;
 *               the search data fetched for each corpus string's first answer
 *   lighthouse  scores for a home and a code page in each language
 *   scale       the same build with N synthetic codes (default 1000 and 10000), never committed
 *   cli         cold start of `serverless-error-codes explain` (a new process per run; target < 200 ms)
 * Choose sections with `--only build,weights` and sizes with `--scale 1000,10000`.
 * `npm run bench:search` runs `--only build,search`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { countPages, pagefindBytes } from './site-files.mjs';
import { join } from 'node:path';
import { cpus, loadavg, totalmem } from 'node:os';
import { apartPhrasesPath, createLookup, fromWire, withApartPhrases } from '../src/lib/search/lookup.ts';
import { pageAssets } from '../src/lib/site/page-assets.ts';
import { launch, searchMetrics, typedSearchTransfer } from './bench/browser.mjs';
import { searchTransfer } from './bench/search-transfer.mjs';
import { lighthouseScores } from './bench/lighthouse.mjs';
import { cliNodes, coldStarts } from './bench/cli.mjs';
import { kb, sumSizes, table, timed, weigh } from './bench/measure.mjs';
import { writeSyntheticContent } from './bench/synthetic.mjs';
import { SEARCH_QUERIES } from '../tests/search-queries.ts';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const sections = new Set(option('only', 'build,weights,search,lighthouse,cli,scale').split(','));
const scaleSizes = option('scale', '1000,10000').split(',').map(Number);
const port = 4399;
const origin = `http://localhost:${port}`;

/** Astro's build phases, each ended by the progress line Astro prints when it is over. */
const ASTRO_PHASES = [
  { name: 'start-up and content sync', end: /\[content\] Synced content/ },
  { name: 'types and bundling (Vite / Rolldown)', end: /generating static routes/ },
  { name: 'rendering pages', end: /\[build\] \d+ page\(s\) built/ },
];

/** A cold build: no Astro caches, no output; SITE_URL set to the bench server so URLs are local. */
async function coldBuild(env = {}) {
  const outDir = env.OUT_DIR ?? 'dist';
  for (const dir of [outDir, '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(dir, { recursive: true, force: true });
  const astro = await timed('astro', ['build'], { SITE_URL: origin, ...env }, ASTRO_PHASES);
  const post = await timed('node', ['scripts/build.mjs', '--skip-astro'], { SITE_URL: origin, ...env });
  const pages = countPages(outDir);
  const phases = [...astro.phases, { name: 'Pagefind (both languages, one at a time)', ms: post.ms, peakMiB: post.peakMiB }];
  return { astroMs: astro.ms, pagefindMs: post.ms, pages, peakMiB: Math.max(astro.peakMiB, post.peakMiB), outDir, phases };
}

function printBuild(title, result) {
  table(
    ['site', 'pages', 'Astro build', 'Pagefind', 'total', 'ms per page', 'peak RSS'],
    [[title, result.pages, `${(result.astroMs / 1000).toFixed(1)} s`, `${(result.pagefindMs / 1000).toFixed(1)} s`, `${((result.astroMs + result.pagefindMs) / 1000).toFixed(1)} s`, ((result.astroMs + result.pagefindMs) / result.pages).toFixed(1), `${result.peakMiB.toFixed(0)} MiB`]],
  );
}

function printWeights(outDir) {
  const read = (urlPath) => readFileSync(join(outDir, urlPath.slice(1)), 'utf8');
  const rows = [];
  for (const lang of ['en', 'zh']) {
    for (const [type, path] of [['home', `${lang}/index.html`], ['code page', `${lang}/codes/437/index.html`], ['concept', `${lang}/concepts/handler/index.html`], ['search', `${lang}/search/index.html`]]) {
      const html = readFileSync(join(outDir, path), 'utf8');
      const assets = pageAssets(html, read);
      const h = weigh(html);
      const c = sumSizes(assets.css.map((p) => weigh(read(p))));
      const j = sumSizes(assets.js.map((p) => weigh(read(p))));
      const t = sumSizes([h, c, j]);
      rows.push([`${lang} ${type}`, `${kb(h.gzip)} / ${kb(h.brotli)}`, `${kb(c.gzip)} / ${kb(c.brotli)}`, `${kb(j.gzip)} / ${kb(j.brotli)}`, `${kb(t.gzip)} / ${kb(t.brotli)}`, 1 + assets.css.length + assets.js.length]);
    }
  }
  console.log('Bytes per page type (gzip / brotli); requests = HTML + CSS + JS files loaded on a first visit:\n');
  table(['page', 'HTML', 'CSS', 'JS', 'total', 'requests'], rows);
  table(['Pagefind index', 'en', 'zh-CN'], [['bytes on disk', kb(pagefindBytes(outDir, 'en')), kb(pagefindBytes(outDir, 'zh-cn'))]]);
}

function serve(outDir) {
  const child = spawn('node', ['tests/server.mjs', '--port', String(port), '--root', outDir], { stdio: 'ignore' });
  return new Promise((resolve) => setTimeout(() => resolve(child), 500));
}

async function printSearch(outDir) {
  const server = await serve(outDir);
  const browser = await launch();
  try {
    const rows = [];
    for (const lang of ['en', 'zh']) {
      const queries = SEARCH_QUERIES.filter((q) => q.lang === lang).map((q) => q.query);
      const m = await searchMetrics(browser, origin, lang, queries);
      rows.push([lang, m.firstVisitRequests, kb(m.firstVisitBytes), kb(m.firstSearchBytes), `${m.firstSearchMs.toFixed(0)} ms`, `${m.laterMedianMs.toFixed(1)} ms`, `${m.laterMaxMs.toFixed(1)} ms`, queries.length]);
    }
    console.log('Search in a fresh browser context on a code page (localhost):\n');
    table(['lang', 'first-visit requests', 'first-visit bytes', 'first-search bytes', 'first search', 'later (median)', 'later (max)', 'queries'], rows);
    const typed = [];
    for (const lang of ['en', 'zh']) {
      const t = await typedSearchTransfer(browser, origin, join(process.cwd(), outDir), lang);
      typed.push([lang, `"${t.query}"`, t.requests, kb(t.bytes)]);
    }
    console.log('\nFirst search typed key by key into a code page\'s header box, as a compressing host transfers it:\n');
    table(['lang', 'typed', 'requests', 'bytes (gzip)'], typed);
    // Every corpus string's first answer in the header box, and the share the vendors' wording adds.
    const all = await searchTransfer(outDir);
    const without = await searchTransfer(outDir, (path) => path.startsWith('vendor-wording/'));
    console.log('\nSearch data the header box fetches for its first answer to each corpus string (Pagefind aside, gzip):\n');
    table(
      ['', 'strings', 'median', 'p90', 'max', 'over 30 KB'],
      [
        ['all files', all.strings, kb(all.median), kb(all.p90), kb(all.max), all.over30],
        ['without the vendors\' wording', without.strings, kb(without.median), kb(without.p90), kb(without.max), without.over30],
      ],
    );
  } finally {
    await browser.close();
    server.kill();
  }
  const lookupRows = [];
  for (const lang of ['en', 'zh']) {
    // The lookup with other platforms' templates, as the header box has it once a paste needs them.
    // The whole phrase table, as the header box has it once a query holds Chinese characters.
    const read = fromWire(JSON.parse(readFileSync(join(outDir, lang, 'lookup.json'), 'utf8')));
    const apart = apartPhrasesPath(read);
    const data = apart ? withApartPhrases(read, JSON.parse(readFileSync(join(outDir, apart), 'utf8'))) : read;
    const lookup = createLookup({ ...data, others: JSON.parse(readFileSync(join(outDir, lang, 'other-platforms.json'), 'utf8')) });
    const queries = SEARCH_QUERIES.map((q) => q.query);
    for (let i = 0; i < 200; i++) for (const q of queries) lookup(q);
    const started = performance.now();
    const rounds = 200;
    for (let i = 0; i < rounds; i++) for (const q of queries) lookup(q);
    const perQuery = (performance.now() - started) / (rounds * queries.length);
    lookupRows.push([lang, kb(weigh(JSON.stringify(data)).gzip), `${(perQuery * 1000).toFixed(1)} µs`]);
  }
  table(['exact lookup', 'data (gzip)', 'time per query'], lookupRows);
}

async function printLighthouse(outDir) {
  const server = await serve(outDir);
  try {
    const scores = await lighthouseScores(['en/', 'zh/', 'en/codes/437/', 'zh/codes/437/'].map((p) => `${origin}/${p}`));
    console.log('Lighthouse (mobile, simulated throttling):\n');
    table(
      ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP'],
      scores.map((s) => [s.url.replace(origin, ''), s.performance, s.accessibility, s['best-practices'], s.seo, `${(s.fcpMs / 1000).toFixed(2)} s`, `${(s.lcpMs / 1000).toFixed(2)} s`]),
    );
  } finally {
    server.kill();
  }
}

/** `explain` as a user runs it: a new Node process per answer, against Node's own start-up. */
async function printCli(outDir) {
  await timed('node', ['cli/build.mjs'], { OUT_DIR: outDir });
  const cases = [
    ['pasted error (lookup)', ['cli/dist/cli.js', 'explain', '{"errorCode":-1,"errorMessage":"Invoking task timed out after 3 seconds","statusCode":433}']],
    ['openYuanrong message (upstream shards)', ['cli/dist/cli.js', 'explain', 'YRInvokeError: failed to invoke, code: 4008']],
    ['a few words (Pagefind)', ['cli/dist/cli.js', 'explain', 'etcd']],
    ['--version (no search)', ['cli/dist/cli.js', '--version']],
    ['node -e 0 (Node alone)', ['-e', '0']],
  ];
  const rows = [];
  for (const node of cliNodes()) {
    const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
    for (const [name, args] of cases) {
      const t = coldStarts(node, args);
      rows.push([`Node ${version}`, name, `${t.median.toFixed(0)} ms`, `${t.min.toFixed(0)} ms`, `${t.p90.toFixed(0)} ms`, `${t.cpu.median.toFixed(0)} ms`, t.runs]);
    }
  }
  console.log(`Command line: cold start of explain, a new process per run (target: under 200 ms for a pasted error); load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores:\n`);
  table(['node', 'what', 'wall median', 'wall min', 'wall p90', 'CPU median', 'runs'], rows);
}

console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`);
let real;
if (sections.has('build') || !existsSync('dist/index.html')) {
  real = await coldBuild();
  printBuild('real site', real);
} else {
  real = { outDir: 'dist' };
}
if (sections.has('weights')) printWeights(real.outDir);
if (sections.has('search')) await printSearch(real.outDir);
if (sections.has('lighthouse')) await printLighthouse(real.outDir);
if (sections.has('cli')) await printCli(real.outDir);
if (sections.has('scale')) {
  const rows = [];
  const phaseRows = [];
  for (const count of scaleSizes) {
    const contentDir = writeSyntheticContent(join('.bench', `content-${count}`), count);
    const result = await coldBuild({ CONTENT_DIR: contentDir, OUT_DIR: join('.bench', `dist-${count}`) });
    rows.push([count, result.pages, `${((result.astroMs + result.pagefindMs) / 1000).toFixed(1)} s`, ((result.astroMs + result.pagefindMs) / result.pages).toFixed(2), `${result.peakMiB.toFixed(0)} MiB`, kb(pagefindBytes(result.outDir, 'en')), kb(pagefindBytes(result.outDir, 'zh-cn'))]);
    console.error(`scale ${count}: ${rows.at(-1).join(' | ')}; ${result.phases.map((phase) => `${phase.name} ${(phase.ms / 1000).toFixed(1)} s, ${phase.peakMiB.toFixed(0)} MiB`).join('; ')}`);
    for (const phase of result.phases) phaseRows.push([count, phase.name, `${(phase.ms / 1000).toFixed(1)} s`, `${phase.peakMiB.toFixed(0)} MiB`]);
    rmSync(join('.bench', `dist-${count}`), { recursive: true, force: true });
  }
  console.log('Scale: synthetic catalogs in both languages (cold builds):\n');
  table(['codes', 'pages', 'build (Astro + Pagefind)', 'ms per page', 'peak RSS', 'Pagefind en', 'Pagefind zh-CN'], rows);
  console.log('Where the time and memory go, phase by phase:\n');
  table(['codes', 'phase', 'time', 'peak RSS'], phaseRows);
}
