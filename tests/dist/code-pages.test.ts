/**
 * Every code page, in both languages, as built: the page a reader lands on from a ticket link.
 * These are facts of the HTML (heading, language, name, sections, links), so they are read from
 * the files; the browser tests keep to behaviour.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes, LANGS, SCF_CODES, YR_REST_CODES, YR_SDK_CODES } from '../e2e/content.ts';
import { pages, type BuiltPage } from './site.ts';

const byPath = new Map(pages.map((page) => [page.path, page]));
const text = (page: BuiltPage, selector: string) => page.root.querySelector(selector)?.text.replace(/\s+/g, ' ').trim() ?? '';

for (const [catalog, fixed] of [['scf', SCF_CODES], ['yr-sdk', YR_SDK_CODES], ['yr-rest', YR_REST_CODES]] as const) {
  test(`no ${catalog} code of the source documents is missing from the content`, () => {
    const present = new Set(codes.filter((c) => c.catalog === catalog).map((c) => c.code));
    assert.deepEqual(fixed.filter((code) => !present.has(code)), []);
    assert.equal(present.size, fixed.length);
  });
}

for (const { lang, htmlLang } of LANGS) {
  test(`every ${lang} code page renders its code, name, language, sections and related links (${codes.length} pages)`, () => {
    assert.ok(codes.length > 0);
    for (const entry of codes) {
      const where = `/${lang}/codes/${entry.code}/`;
      const page = byPath.get(where);
      assert.ok(page, `${where} was not built`);
      assert.equal(page.root.querySelector('html')?.getAttribute('lang'), htmlLang, where);
      const h1 = text(page, 'h1');
      assert.ok(h1.includes(entry.code), `${where}: h1 "${h1}" lacks the code`);
      if (entry.name) assert.ok(h1.includes(entry.name), `${where}: h1 "${h1}" lacks the name ${entry.name}`);
      assert.match(text(page, 'title'), new RegExp(`^${entry.code}\\b`), where);
      assert.ok(text(page, '#meaning h2'), `${where}: no Meaning heading`);
      assert.ok(page.root.querySelectorAll('#fix ol > li').length > 0, `${where}: the fix has no steps`);
      if (entry.catalog === 'yr-rest') assert.equal(text(page, '#facts [data-exact-name]'), entry.name, `${where}: exact REST message`);
      for (const older of entry.olderNames) assert.ok(text(page, '#facts').includes(older), `${where}: older name ${older}`);
      for (const related of entry.related) {
        const links = page.root.querySelectorAll(`#related a[href$="/${lang}/codes/${related}/"]`);
        assert.equal(links.length, 1, `${where}: one link to related code ${related}`);
      }
      if (['403', '440', '532'].includes(entry.code)) assert.ok(page.root.querySelector('[role="note"]'), `${where}: legacy note`);
    }
  });
}
