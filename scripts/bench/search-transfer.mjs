/**
 * What the header box fetches for its first answer to each string of the search corpora
 * (tests/corpus/*.yaml, each in the languages it runs in), Pagefind aside: the lookup, and the API
 * messages, vendors' wording and openYuanrong shards a string needs, gzip -6 as a compressing host
 * sends them. The browser's engine (src/scripts/search/engine.ts) runs in Node over the build, one
 * fresh engine per string so nothing is cached between them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { createSearchEngine } from '../../src/scripts/search/engine.ts';

const BASE = '/__bench__/';

/** The corpora's strings with the language each runs in (its `lang`, or both for `any`). Other platforms' errors are left out. */
function corpusRuns() {
  const dir = 'tests/corpus';
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && name !== 'other-platforms.yaml')
    .flatMap((name) => (parse(readFileSync(join(dir, name), 'utf8')) ?? []).flatMap((entry) => (entry.lang === 'any' ? [['en', entry.query], ['zh', entry.query]] : [[entry.lang, entry.query]])));
}

/**
 * Median, 90th percentile and largest transfer over the corpora's strings, and how many pass 30 KB;
 * `leaveOut` names files left out of the sum (to weigh what one kind of file adds).
 */
export async function searchTransfer(outDir, leaveOut = () => false) {
  const sizes = new Map();
  const gzipOf = (path) => {
    if (!sizes.has(path)) sizes.set(path, gzipSync(readFileSync(join(outDir, path)), { level: 6 }).length);
    return sizes.get(path);
  };
  let fetched = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input) => {
    const url = String(input instanceof Request ? input.url : input);
    const path = url.slice(url.indexOf(BASE) + BASE.length);
    fetched.push(path);
    try {
      return new Response(readFileSync(join(outDir, path)), { status: 200 });
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
  const totals = [];
  try {
    for (const [lang, query] of corpusRuns()) {
      fetched = [];
      await createSearchEngine(lang, BASE).search(query, { limit: 8, fullText: 'never' });
      const files = [...new Set(fetched)].filter((path) => !path.startsWith('pagefind/') && !leaveOut(path));
      totals.push(files.reduce((sum, path) => sum + gzipOf(path), 0));
    }
  } finally {
    globalThis.fetch = realFetch;
  }
  totals.sort((a, b) => a - b);
  const at = (share) => totals[Math.min(totals.length - 1, Math.floor(share * totals.length))];
  return { strings: totals.length, median: at(0.5), p90: at(0.9), max: totals.at(-1), over30: totals.filter((total) => total > 30 * 1024).length };
}
