/**
 * Byte budgets (src/lib/site/budgets.ts) for every code page: HTML + CSS + JS it loads, gzip. Bytes are
 * deterministic, so they are asserted here; timings only go to the benchmark.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { BUDGETS, SEARCH_BUDGETS } from '../../src/lib/site/budgets.ts';
import { pageAssets } from '../../src/lib/site/page-assets.ts';
import { base, codePages, outDir, readBuilt } from './site.ts';

const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

/**
 * A page's HTML, and the scripts and styles it loads, as if deployed at the root: the budget weighs what
 * the page says and loads, not the deploy path every link and every script's data address repeats
 * (`/errors/` adds about 200 B gzip to the longest page's HTML, and some to its scripts).
 */
const atRoot = (html: string) => (base === '/' ? html : html.split(base).join('/'));

/** A built asset referenced by absolute URL path, read from the output folder. */
function asset(urlPath: string): string {
  const file = join(outDir, urlPath.slice(base.length));
  assert.ok(existsSync(file), `missing asset ${urlPath}`);
  return readBuilt(urlPath.slice(base.length));
}


test(`every code page fits the byte budgets (${codePages.length} pages)`, () => {
  assert.ok(codePages.length > 0, 'no code pages built');
  const over: string[] = [];
  let largest = { path: '', total: 0, js: 0 };
  const margins: Array<{ path: string; left: number }> = [];
  for (const page of codePages) {
    for (const script of page.root.querySelectorAll('script[src]')) {
      // The theme file must block (it sets the theme before paint), so it must stay tiny.
      if (script.getAttribute('src')!.endsWith('/theme.js')) {
        assert.ok(gzip(asset(script.getAttribute('src')!)) < 512, `${page.file}: theme.js must stay under 512 B gzip`);
        continue;
      }
      assert.equal(script.getAttribute('type'), 'module', `${page.file}: scripts must be deferred modules`);
    }
    const loaded = pageAssets(page.html, asset);
    const css = loaded.css.map(asset).map(atRoot);
    const js = loaded.js.map(asset).map(atRoot);
    const jsBytes = js.reduce((sum, text) => sum + gzip(text), 0);
    const total = gzip(atRoot(page.html)) + css.reduce((sum, text) => sum + gzip(text), 0) + jsBytes;
    // Pages with other platforms' errors for their failure carry that section on top.
    const extra = page.root.querySelector('#other-platforms') ? BUDGETS.otherPlatformsGzip : 0;
    if (total > BUDGETS.codePageTotalGzip + extra) over.push(`${page.file}: ${total} B gzip > ${BUDGETS.codePageTotalGzip + extra}`);
    const html = gzip(atRoot(page.html));
    if (html > BUDGETS.codePageHtmlGzip + extra) over.push(`${page.file}: HTML ${html} B gzip > ${BUDGETS.codePageHtmlGzip + extra}`);
    if (jsBytes > BUDGETS.codePageJsGzip) over.push(`${page.file}: JS ${jsBytes} B gzip > ${BUDGETS.codePageJsGzip}`);
    if (total > largest.total) largest = { path: page.path, total, js: jsBytes };
    margins.push({ path: page.path, left: BUDGETS.codePageTotalGzip + extra - total });
  }
  console.log(`budgets: largest code page ${largest.path}: ${largest.total} B gzip in all, ${largest.js} B of JS`);
  // The pages closest to their budget, so a change that eats the margin is seen before it fails.
  const closest = margins.sort((a, b) => a.left - b.left).slice(0, 3);
  console.log(`budgets: closest to the total budget: ${closest.map(({ path, left }) => `${path} ${left} B left`).join(', ')}`);
  assert.deepEqual(over, []);
});

test('the search data fits its budgets: the lookup, each script of the API messages and of the vendors\' wording, other platforms\' errors, the phrases shipped apart, each openYuanrong shard', () => {
  for (const lang of ['en', 'zh']) {
    const size = gzip(readBuilt(`${lang}/lookup.json`));
    assert.ok(size <= SEARCH_BUDGETS.lookupGzip, `${lang}/lookup.json is ${size} B gzip, over ${SEARCH_BUDGETS.lookupGzip}`);
    const messages = gzip(readBuilt(`api-messages/${lang}.json`));
    assert.ok(messages <= SEARCH_BUDGETS.apiMessagesGzip, `api-messages/${lang}.json is ${messages} B gzip, over ${SEARCH_BUDGETS.apiMessagesGzip}`);
    assert.ok(size + messages <= 30 * 1024, `${lang}: the lookup and one script's API messages are ${size + messages} B gzip, over 30 KB`);
    // One platform's table sentences of one script, read only when neither of those answered.
    const wording = (platform: string) => {
      const bytes = gzip(readBuilt(`vendor-wording/${platform}/${lang}.json`));
      assert.ok(bytes > 0 && bytes <= SEARCH_BUDGETS.vendorWordingGzip, `vendor-wording/${platform}/${lang}.json is ${bytes} B gzip, over ${SEARCH_BUDGETS.vendorWordingGzip}`);
      return bytes;
    };
    // A sentence in the page's language that neither answered firmly fetches SCF's wording after both;
    // one that names openYuanrong reads no API messages, only openYuanrong's wording.
    const scf = wording('tencent-scf');
    assert.ok(size + messages + scf <= 30 * 1024, `${lang}: the lookup, the API messages and SCF's wording of one script are ${size + messages + scf} B gzip, over 30 KB`);
    const yr = wording('openyuanrong');
    assert.ok(size + yr <= 30 * 1024, `${lang}: the lookup and openYuanrong's wording of one script are ${size + yr} B gzip, over 30 KB`);
    // Other platforms' errors, fetched only for a query that holds one of their anchors.
    const others = gzip(readBuilt(`${lang}/other-platforms.json`));
    assert.ok(others > 0 && others <= SEARCH_BUDGETS.otherPlatformsGzip, `${lang}/other-platforms.json is ${others} B gzip, over ${SEARCH_BUDGETS.otherPlatformsGzip}`);
  }
  // The English lookup's phrases written in Chinese characters, fetched for a query that holds them: with
  // them, that lookup is no heavier than the lookup's budget.
  const han = gzip(readBuilt('phrases/han.json'));
  assert.ok(han > 0 && han <= SEARCH_BUDGETS.hanPhrasesGzip, `phrases/han.json is ${han} B gzip, over ${SEARCH_BUDGETS.hanPhrasesGzip}`);
  const english = gzip(readBuilt('en/lookup.json'));
  assert.ok(english + han <= SEARCH_BUDGETS.lookupGzip, `en/lookup.json with phrases/han.json is ${english + han} B gzip, over ${SEARCH_BUDGETS.lookupGzip}`);
  // The shards and the status table (`statuses.json`), each fetched only for a query that needs it.
  const shards = readdirSync(join(outDir, 'upstream')).filter((name) => /^(?:\d+|statuses)\.json$/.test(name));
  assert.ok(shards.length > 1 && shards.includes('statuses.json'), 'no upstream shards or no status table');
  for (const name of shards) {
    const size = gzip(readBuilt(`upstream/${name}`));
    const budget = name === 'statuses.json' ? SEARCH_BUDGETS.upstreamStatusesGzip : SEARCH_BUDGETS.upstreamShardGzip;
    assert.ok(size <= budget, `upstream/${name} is ${size} B gzip, over ${budget}`);
  }
});
