/** URLs: the contract paths, the deploy base, the language switch, the language choice, report links, sitemap alternates. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pickLanguage } from '../../src/lib/site/language-choice.ts';
import { catalogPath, codePath, conceptPath, searchPath, shortCodePath, switchLanguagePath, withBase, withoutBase } from '../../src/lib/site/paths.ts';
import { pageTitle, TITLE_MAX } from '../../src/lib/render/page-title.ts';
import { sitemapAlternates } from '../../src/lib/site/sitemap-alternates.ts';

test('contract paths', () => {
  assert.equal(codePath('zh', 437), '/zh/codes/437/');
  assert.equal(conceptPath('en', 'handler'), '/en/concepts/handler/');
  assert.equal(catalogPath('zh', 'yr-rest'), '/zh/catalogs/yr-rest/');
  assert.equal(shortCodePath(437), '/codes/437/');
  assert.equal(searchPath('zh', '超时 437'), '/zh/search/?q=%E8%B6%85%E6%97%B6%20437');
});

test('the deploy base is added and removed', () => {
  assert.equal(withBase('/', '/en/'), '/en/');
  assert.equal(withBase('/errors/', '/en/codes/437/'), '/errors/en/codes/437/');
  assert.equal(withBase('/errors', '/en/'), '/errors/en/');
  assert.equal(withoutBase('/errors/', '/errors/zh/'), '/zh/');
});

test('the language switch swaps only the language segment', () => {
  assert.equal(switchLanguagePath('/en/codes/437/'), '/zh/codes/437/');
  assert.equal(switchLanguagePath('/zh/concepts/handler/'), '/en/concepts/handler/');
  assert.equal(switchLanguagePath('/zh'), '/en/');
  assert.equal(switchLanguagePath('/'), '/en/');
});

test('language choice: saved choice, then browser languages, then English', () => {
  assert.equal(pickLanguage('zh', ['en-US']), 'zh');
  assert.equal(pickLanguage(null, ['fr-FR', 'zh-CN', 'en']), 'zh');
  assert.equal(pickLanguage('xx', ['de']), 'en');
});

test('the report link is prefilled with code and language, and absent without a repository', async () => {
  const { newIssueUrl } = await import('../../src/lib/site/report-issue.ts');
  const subject = { code: '437', lang: 'zh', heading: '437 HandlerNotFound', pageUrl: 'https://x/zh/codes/437/' };
  assert.equal(newIssueUrl(undefined, subject), undefined);
  const url = new URL(newIssueUrl('https://github.com/acme/codes/', subject)!);
  assert.equal(url.pathname, '/acme/codes/issues/new');
  assert.equal(url.searchParams.get('title'), '[zh] 437 HandlerNotFound: ');
  assert.match(url.searchParams.get('body')!, /https:\/\/x\/zh\/codes\/437\//);
  // The address stays readable in the link: a query needs no escape for `/` or `:`.
  assert.ok(newIssueUrl('https://github.com/acme/codes', subject)!.includes('body=https://x/zh/codes/437/'));
});

test('page titles keep the code and name and drop what does not fit', () => {
  assert.equal(pageTitle('437 HandlerNotFound', 'Handler not found', 'Serverless Error Codes'), '437 HandlerNotFound · Handler not found · Serverless Error Codes');
  const long = '407 The size of response exceeds the upper limit (6MB)';
  assert.equal(pageTitle(long, 'The function returned a response that is too large', 'Site'), `${long} · Site`);
  assert.equal(pageTitle('x'.repeat(90), 'a', 'b'), 'x'.repeat(90));
  assert.ok(pageTitle('4103 TotalRoutingWeightNotOneHundred', 'Routing weights do not total 100', 'Serverless Error Codes').length <= TITLE_MAX);
});

test('sitemap alternates: the page and its twin in every language, under the base; none outside the language folders', () => {
  assert.deepEqual(sitemapAlternates('https://x.org/errors/zh/codes/437/', 'https://x.org/errors/'), [
    { url: 'https://x.org/errors/en/codes/437/', lang: 'en' },
    { url: 'https://x.org/errors/zh/codes/437/', lang: 'zh-CN' },
  ]);
  assert.deepEqual(sitemapAlternates('https://x.org/en/', 'https://x.org/')?.map((link) => link.url), ['https://x.org/en/', 'https://x.org/zh/']);
  assert.equal(sitemapAlternates('https://x.org/codes/437/', 'https://x.org/'), undefined);
  assert.equal(sitemapAlternates('https://y.org/en/', 'https://x.org/'), undefined);
});
