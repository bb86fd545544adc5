/**
 * Provenance as a reader sees it: every code page says which source documents list the code and
 * links `/{lang}/sources/`; the sources page lists every document with its date and, for each,
 * as many codes as the code pages say it lists; every change on a code page is on the sources
 * page too, linked back; facts render per language (recycling never an invented "no", units in
 * the page's language). Expectations come from the API (the facts) and the built pages themselves.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ApiIndex } from '../../src/lib/api/records.ts';
import { SOURCE_IDS } from '../../src/lib/model/vocabulary.ts';
import { pages, readBuilt } from './site.ts';

const index: ApiIndex = JSON.parse(readBuilt('api/v1/codes.json'));
const byPath = new Map(pages.map((page) => [page.path, page]));
const text = (node: { text: string } | null | undefined) => (node?.text ?? '').replace(/\s+/g, ' ').trim();

for (const lang of ['en', 'zh'] as const) {
  const sourcesPage = byPath.get(`/${lang}/sources/`);

  test(`/${lang}/sources/ lists every source document with its date and its code count`, () => {
    assert.ok(sourcesPage, `no /${lang}/sources/ page`);
    for (const id of SOURCE_IDS) {
      const section = sourcesPage.root.querySelector(`section#${id}`);
      assert.ok(section, `no section #${id}`);
      const listing = index.codes.filter((record) => record.editions.includes(id)).length;
      assert.equal(text(section.querySelector('[data-source-count]')), String(listing), `${id}: count`);
      const pagesListing = index.codes.filter((record) =>
        byPath.get(`/${lang}/codes/${record.code}/`)!.root.querySelector(`#sources [data-listed-in] a[data-source="${id}"]`),
      ).length;
      assert.equal(pagesListing, listing, `${id}: the code pages disagree with the sources page`);
    }
    // The one source that shows a date shows it; the others say they show none, never a blank.
    assert.equal(text(sourcesPage.root.querySelector('#scf-zh-current [data-source-date]')), '2024-04-22');
    const undated = text(sourcesPage.root.querySelector('#scf-en-current [data-source-date]'));
    assert.ok(undated.length > 2 && !/\d{4}/.test(undated), `undated source shows "${undated}"`);
  });

  test(`every ${lang} code page has a sources section linking the sources page, and its changes are on that page`, () => {
    let changes = 0;
    for (const record of index.codes) {
      const page = byPath.get(`/${lang}/codes/${record.code}/`)!;
      const section = page.root.querySelector('article #sources');
      assert.ok(section, `${page.path}: no #sources in the article`);
      assert.ok(section.querySelector(`a[data-sources-link][href$="/${lang}/sources/"]`), `${page.path}: no link to the sources page`);
      assert.equal(section.querySelectorAll('[data-listed-in] li').length, record.editions.length, `${page.path}: listed-in`);
      const shown = section.querySelectorAll('[data-change]');
      assert.equal(shown.length, record.changes.length, `${page.path}: changes`);
      record.changes.forEach((change, i) => {
        assert.ok(text(shown[i]).includes(change.text[lang]), `${page.path}: change ${i}`);
        const onSourcesPage = sourcesPage!.root
          .querySelectorAll(`#differences [data-code="${record.code}"]`)
          .some(
            (item) =>
              text(item).includes(change.text[lang]) &&
              item.querySelectorAll('a').some((a) => a.getAttribute('href')?.endsWith(`/${lang}/codes/${record.code}/#sources`)),
          );
        assert.ok(onSourcesPage, `${record.code}: change ${i} missing from /${lang}/sources/`);
        changes += 1;
      });
      for (const ref of record.refs) {
        assert.ok(section.querySelector(`a[href="${ref.url}"]`), `${page.path}: public source ${ref.url} not linked`);
      }
    }
    assert.ok(changes > 0, 'no changes recorded at all');
  });

  test(`${lang} facts: recycling is documented or not stated, limits carry units in the page's language`, () => {
    const hour = lang === 'zh' ? '小时' : 'hours';
    const second = lang === 'zh' ? '秒' : 'seconds';
    for (const record of index.codes.filter((r) => r.catalog === 'scf')) {
      const page = byPath.get(`/${lang}/codes/${record.code}/`)!;
      assert.equal(page.root.querySelector('#facts [data-recycling]')?.getAttribute('data-recycling'), record.recycling, page.path);
      for (const limit of record.limits) {
        const shown = text(page.root.querySelector(`#facts [data-limit="${limit.kind}"]`));
        assert.ok(shown.startsWith(String(limit.value)), `${page.path}: ${limit.kind} shows "${shown}"`);
        if (limit.unit === 'hour') assert.ok(shown.endsWith(hour), `${page.path}: ${shown}`);
        if (limit.unit === 'second') assert.ok(shown.endsWith(second), `${page.path}: ${shown}`);
      }
    }
  });
}
