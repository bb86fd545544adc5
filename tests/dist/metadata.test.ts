/**
 * Every code page carries its search-engine and sharing metadata: title, description, canonical,
 * hreflang alternates, Open Graph and Twitter cards, JSON-LD in its language; the sitemap lists both
 * languages with alternates; the report link follows REPO_URL.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { base, codeOfHref, codeOfPage, codePages, pages, readBuilt, siteOrigin } from './site.ts';

const absolute = (path: string) => `${siteOrigin}${base}${path.slice(1)}`;

test(`metadata on every code page (${codePages.length} pages)`, () => {
  assert.ok(codePages.length > 0);
  for (const page of codePages) {
    const lang = page.path.slice(1, 3);
    const code = codeOfPage(page)!;
    const meta = (selector: string) => page.root.querySelector(selector)?.getAttribute('content') ?? page.root.querySelector(selector)?.getAttribute('href');
    const h1 = page.root.querySelector('h1')!.text.replace(/\s+/g, ' ').trim();
    const summary = page.root.querySelector('[data-summary]')!.text.trim();
    const where = page.file;
    assert.match(page.root.querySelector('title')!.text, new RegExp(`^${h1.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( · |$)`), where);
    assert.equal(meta('meta[name="description"]'), summary, where);
    assert.equal(meta('link[rel="canonical"]'), absolute(page.path), where);
    assert.equal(meta('link[hreflang="en"]'), absolute(`/en/codes/${code}/`), where);
    assert.equal(meta('link[hreflang="zh-CN"]'), absolute(`/zh/codes/${code}/`), where);
    assert.equal(meta('link[hreflang="x-default"]'), absolute(`/en/codes/${code}/`), where);
    assert.equal(meta('meta[property="og:url"]'), absolute(page.path), where);
    assert.equal(meta('meta[property="og:description"]'), summary, where);
    assert.ok(meta('meta[property="og:title"]')?.startsWith(h1), where);
    assert.equal(meta('meta[name="twitter:card"]'), 'summary', where);
    const jsonLd = JSON.parse(page.root.querySelector('script[type="application/ld+json"]')!.text);
    assert.equal(jsonLd['@type'], 'TechArticle', where);
    assert.equal(jsonLd.inLanguage, lang === 'en' ? 'en' : 'zh-CN', where);
    assert.equal(jsonLd.about.termCode, code, where);
    const report = page.root.querySelector('a[data-report-problem]');
    if (process.env.REPO_URL) {
      const url = new URL(report!.getAttribute('href')!);
      assert.ok(url.href.startsWith(process.env.REPO_URL), where);
      assert.match(url.searchParams.get('title')!, new RegExp(`^\\[${lang}\\] ${code}\\b`), where);
    } else {
      assert.equal(report, null, `${where}: a report link without REPO_URL`);
    }
  }
});

test('short links point their canonical at the English page and are not indexed', () => {
  const codes = new Set(codePages.map(codeOfPage));
  const short = pages.filter((page) => /^\/codes\/[^/]+\/$/.test(page.path));
  // One short link per code, plus the other forms of dotted API codes (lower case, suffix).
  assert.equal(short.filter((page) => codes.has(codeOfHref(page.path))).length, codes.size);
  for (const page of short) {
    const code = codeOfHref(page.root.querySelector('[data-target-path]')!.getAttribute('data-target-path')!)!;
    assert.ok(codes.has(code), `${page.file} leads to ${code}, which has no page`);
    assert.equal(page.root.querySelector('link[rel="canonical"]')?.getAttribute('href'), absolute(`/en/codes/${code}/`));
    assert.equal(page.root.querySelector('meta[name="robots"]')?.getAttribute('content'), 'noindex');
    assert.equal(page.root.querySelector('[data-pagefind-body]'), null);
  }
});

test('the sitemap lists every code page with its hreflang alternates, robots.txt points at it', () => {
  const sitemap = readBuilt('sitemap-0.xml');
  for (const page of codePages) assert.ok(sitemap.includes(`<loc>${absolute(page.path)}</loc>`), `${page.path} missing from the sitemap`);
  assert.ok(sitemap.includes('hreflang="zh-CN"'));
  // Each entry names itself and its twin in the other language, and the twin is a built page.
  const built = new Set(pages.map((page) => absolute(page.path)));
  for (const [, entry] of sitemap.matchAll(/<url>(.*?)<\/url>/g)) {
    const loc = /<loc>(.*?)<\/loc>/.exec(entry!)![1]!;
    const alternates = [...entry!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => `${lang} ${href}`);
    assert.equal(alternates.length, 2, `${loc}: hreflang alternates`);
    assert.ok(alternates.some((line) => line.endsWith(` ${loc}`)), `${loc}: not among its own alternates`);
    for (const line of alternates) assert.ok(built.has(line.split(' ')[1]!), `${loc}: alternate ${line} is not a built page`);
  }
  assert.doesNotMatch(sitemap, /\/(en|zh)\/(search|404)\/</, 'search and 404 pages must not be in the sitemap');
  assert.ok(!sitemap.includes(`<loc>${absolute('/codes/')}`), 'short links must not be in the sitemap');
  assert.match(readBuilt('robots.txt'), new RegExp(`Sitemap: ${absolute('/sitemap-index.xml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
});
