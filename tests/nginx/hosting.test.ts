/**
 * A real nginx serves the build (OUT_DIR, built for BASE_PATH) with the server block that
 * scripts/nginx-conf.mjs prints, and every hosting rule holds over HTTP: the security headers on
 * each kind of response, immutable caching of `/_astro/*` and none on pages, slash redirects that
 * keep the query, and the not-found page of the right language with status 404.
 * Run after the build: `node scripts/ensure-nginx.mjs && node --test tests/nginx/`.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { HEADER_ONLY_DIRECTIVES, headersForPath, parsePolicy, SLASH_REDIRECT_STATUS } from '../../src/lib/site/hosting.ts';
import { en } from '../../src/i18n/en.ts';
import { zh } from '../../src/i18n/zh.ts';
import { base, outDir } from '../built-site.ts';
import { startNginx } from './nginx.mjs';

let server: Awaited<ReturnType<typeof startNginx>>;
before(async () => {
  server = await startNginx({ root: outDir, base });
});
after(() => server?.stop());

/** Requests a site path (without base) from nginx; redirects are returned, not followed. */
function get(sitePath: string): Promise<Response> {
  return fetch(`${server.origin}${base}${sitePath.replace(/^\//, '')}`, { redirect: 'manual' });
}

/** The headers of a response that the hosting rules set, by their names. */
function ruleHeaders(response: Response, sitePath: string): Record<string, string | null> {
  return Object.fromEntries(Object.keys(headersForPath(sitePath)).map((name) => [name, response.headers.get(name)]));
}

const pageTypes = ['/', '/en/', '/zh/', '/en/codes/437/', '/zh/codes/437/', '/en/concepts/handler/', '/zh/search/', '/codes/437/', '/en/404.html'];

for (const sitePath of pageTypes) {
  test(`${sitePath}: 200 with every security header and no long-lived caching`, async () => {
    const response = await get(sitePath);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html; charset=utf-8$/);
    assert.deepEqual(ruleHeaders(response, sitePath), headersForPath(sitePath));
    assert.equal(response.headers.get('cache-control'), 'no-cache');
    // The page's own meta policy says the same as the header, minus what a meta policy ignores.
    const html = await response.text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    const header = parsePolicy(response.headers.get('content-security-policy') ?? '');
    assert.deepEqual(parsePolicy(meta ?? ''), header.filter(([name]) => !HEADER_ONLY_DIRECTIVES.includes(name)));
  });
}

test('/_astro/ files: immutable for a year, with the security headers and their types', async () => {
  const assets = readdirSync(join(outDir, '_astro'));
  for (const [extension, type] of [['.css', /^text\/css/], ['.js', /^application\/javascript/]] as const) {
    const name = assets.find((file) => file.endsWith(extension));
    assert.ok(name, `no ${extension} file in _astro/`);
    const response = await get(`/_astro/${name}`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', type);
    assert.deepEqual(ruleHeaders(response, `/_astro/${name}`), headersForPath(`/_astro/${name}`));
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  }
});

test('Pagefind files, the JSON API, the Markdown twins and llms.txt come with types the reader accepts, revalidated', async () => {
  const entry = await get('/pagefind/pagefind-entry.json');
  assert.equal(entry.status, 200);
  assert.match(entry.headers.get('content-type') ?? '', /^application\/json/);
  const { languages } = (await entry.json()) as { languages: Record<string, { hash: string }> };
  const metaFiles = Object.values(languages).map(({ hash }) => [`/pagefind/pagefind.${hash}.pf_meta`, /^application\/octet-stream/] as const);
  assert.equal(metaFiles.length, 2, 'one Pagefind index per language');
  for (const [path, type] of [
    ['/pagefind/pagefind.js', /^application\/javascript/],
    ...metaFiles,
    ['/api/v1/codes/437.json', /^application\/json/],
    ['/en/codes/437.md', /^text\/markdown; charset=utf-8$/],
    ['/zh/concepts/handler.md', /^text\/markdown; charset=utf-8$/],
    ['/en/llms.txt', /^text\/plain/],
  ] as const) {
    const response = await get(path);
    assert.equal(response.status, 200, path);
    assert.match(response.headers.get('content-type') ?? '', type, path);
    assert.equal(response.headers.get('cache-control'), 'no-cache', path);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
  }
});

for (const [from, to] of [
  ['/zh/codes/437', '/zh/codes/437/'],
  ['/codes/437', '/codes/437/'],
  ['/en/concepts/handler?from=ticket', '/en/concepts/handler/?from=ticket'],
]) {
  test(`${from} redirects to ${to} on the same host and port`, async () => {
    const response = await get(from!);
    assert.equal(response.status, SLASH_REDIRECT_STATUS);
    assert.equal(response.headers.get('location'), `${base}${to!.slice(1)}`);
    assert.equal(response.headers.get('content-security-policy'), headersForPath('/')['Content-Security-Policy']);
  });
}

for (const [sitePath, lang, title] of [
  ['/zh/codes/9999/', 'zh-CN', zh.notFoundTitle],
  ['/zh/codes/9999', 'zh-CN', zh.notFoundTitle],
  ['/en/codes/9999/', 'en', en.notFoundTitle],
  ['/zh/codes/', 'zh-CN', zh.notFoundTitle],
  ['/codes/', 'en', en.notFoundTitle],
  ['/no-such-page/', 'en', en.notFoundTitle],
]) {
  test(`${sitePath}: status 404 with the ${lang} not-found page and the security headers`, async () => {
    const response = await get(sitePath!);
    assert.equal(response.status, 404);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    assert.deepEqual(ruleHeaders(response, sitePath!), headersForPath(sitePath!));
    const html = await response.text();
    assert.match(html, new RegExp(`<html lang="${lang}"`));
    assert.match(html, new RegExp(`<h1[^>]*>${title}</h1>`));
  });
}

if (base !== '/') {
  test(`under a sub-path, ${base.slice(0, -1)} redirects to ${base} and nothing is served outside it`, async () => {
    const bare = await fetch(`${server.origin}${base.slice(0, -1)}`, { redirect: 'manual' });
    assert.equal(bare.status, SLASH_REDIRECT_STATUS);
    assert.equal(bare.headers.get('location'), base);
    const outside = await fetch(`${server.origin}/en/codes/437/`, { redirect: 'manual' });
    assert.equal(outside.status, 404);
    assert.match(await outside.text(), new RegExp(`<h1[^>]*>${en.notFoundTitle}</h1>`));
  });
}
