/**
 * The search UI's words: the header box on every page gets them with `/{lang}/lookup.json` on first
 * use (not in each page's HTML), the search page carries its own; both in the page's language.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LookupData } from '../../src/lib/search/lookup.ts';
import { LANGS } from '../../src/lib/model/langs.ts';
import { searchStrings } from '../../src/i18n/index.ts';
import { pages, readBuilt } from './site.ts';

for (const lang of LANGS) {
  test(`${lang}: lookup.json carries the header search strings of its language`, () => {
    const data = JSON.parse(readBuilt(`${lang}/lookup.json`)) as LookupData;
    assert.deepEqual(data.strings, searchStrings(lang));
    assert.match(data.strings!.many, /\{n\}/, 'the result count needs its {n} placeholder');
  });

  test(`${lang}: the search page form carries its strings; header forms carry none`, () => {
    const searchPage = pages.find((page) => page.path === `/${lang}/search/`);
    assert.ok(searchPage, `no /${lang}/search/ page`);
    const form = searchPage.root.querySelector('[data-search-page]');
    assert.deepEqual(JSON.parse(form?.getAttribute('data-strings') ?? 'null'), searchStrings(lang));
    const carrying = pages.filter((page) => page.root.querySelector('[data-search-form][data-strings]')).map((page) => page.file);
    assert.deepEqual(carrying, []);
  });
}
