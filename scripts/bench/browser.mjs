/**
 * Browser measurements for the benchmark, in Debian's Chromium driven by Playwright: requests on a
 * first visit, and bytes and time for the first and later searches in a fresh context.
 */
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Launches the same Chromium the tests use. */
export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Counts requests and bytes (as transferred) on a page, via the DevTools protocol. */
async function meter(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const state = { requests: 0, bytes: 0 };
  cdp.on('Network.requestWillBeSent', () => (state.requests += 1));
  cdp.on('Network.loadingFinished', (event) => (state.bytes += event.encodedDataLength));
  return state;
}

/** Types a query into the header box and resolves with ms from the input event to the results rendered. */
async function timeQuery(page, query) {
  return page.evaluate(
    (q) =>
      new Promise((resolve, reject) => {
        const input = document.querySelector('#site-search');
        const status = document.querySelector('[data-search-status]');
        const timeout = setTimeout(() => reject(new Error(`no answer for ${q}`)), 10_000);
        input.value = '';
        status.textContent = '';
        const started = performance.now();
        // The live region is written once the results are in the list.
        const observer = new MutationObserver(() => {
          if (status.textContent) {
            observer.disconnect();
            clearTimeout(timeout);
            resolve(performance.now() - started);
          }
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

/** First-visit requests and search cost for one language. */
export async function searchMetrics(browser, origin, lang, queries) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const traffic = await meter(page);
  await page.goto(`${origin}/${lang}/codes/437/`, { waitUntil: 'networkidle' });
  const firstVisit = { ...traffic };
  await page.focus('#site-search');
  const firstMs = await timeQuery(page, queries[0]);
  await page.waitForLoadState('networkidle');
  const firstSearchBytes = traffic.bytes - firstVisit.bytes;
  const later = [];
  for (const query of queries.slice(1)) later.push(await timeQuery(page, query));
  await context.close();
  later.sort((a, b) => a - b);
  return {
    firstVisitRequests: firstVisit.requests,
    firstVisitBytes: firstVisit.bytes,
    firstSearchBytes,
    firstSearchMs: firstMs,
    laterMedianMs: later[Math.floor(later.length / 2)] ?? 0,
    laterMaxMs: later.at(-1) ?? 0,
  };
}

/** The first-search words of the search benchmark, as a reader types them into a code page's header box. */
export const FIRST_SEARCH_WORDS = { en: 'timeout', zh: '超时' };

/**
 * Bytes a first search transfers when typed key by key (100 ms apart) into the header box of a
 * fresh code page: every request after the page loaded, Web Workers included, counted as a
 * compressing host sends it (text gzip-compressed; Pagefind's own files are compressed already).
 * Sizes come from `outDir`, since the local test server does not compress.
 */
export async function typedSearchTransfer(browser, origin, outDir, lang, query = FIRST_SEARCH_WORDS[lang]) {
  const { gzipSync } = await import('node:zlib');
  const { existsSync, readFileSync } = await import('node:fs');
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/${lang}/codes/437/`, { waitUntil: 'networkidle' });
  const paths = [];
  context.on('request', (request) => paths.push(new URL(request.url()).pathname));
  await page.locator('#site-search').focus();
  await page.locator('#site-search').pressSequentially(query, { delay: 100 });
  await page.locator('[data-search-status]').filter({ hasText: /\d/ }).waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  let bytes = 0;
  for (const path of paths) {
    const file = `${outDir}${path.endsWith('/') ? `${path}index.html` : path}`;
    if (!existsSync(file)) continue;
    const body = readFileSync(file);
    bytes += /\.(pf_\w+|pagefind)$/.test(file) ? body.length : gzipSync(body, { level: 6 }).length;
  }
  return { query, requests: paths.length, bytes };
}
