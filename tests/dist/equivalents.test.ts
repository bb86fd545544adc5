/**
 * Other platforms' errors in the build (issue 22), read from the built HTML: the matrix page in
 * both languages with at least 8 platforms and 10 failures, every filled cell with its error, a
 * strength in words and a source link, every empty cell saying there is no documented equivalent;
 * every code a row names has `#other-platforms` in both languages (and nothing else has); the
 * Markdown twins, llms.txt and the sitemap carry the matrix; the lookup data ships the templates.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { codeOfPage, codePages, outDir, pages, readBuilt } from './site.ts';

const en = { strengths: ['Same', 'Similar', 'Look-alike'], none: 'No documented equivalent' };
const zh = { strengths: ['相同', '相似', '形似而实异'], none: '没有文档记载的对应错误' };
const text = (element: { textContent: string } | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

for (const [lang, words] of [['en', en], ['zh', zh]] as const) {
  const matrix = pages.find((page) => page.path === `/${lang}/equivalents/`);

  test(`/${lang}/equivalents/: at least 8 platforms and 10 failures, every cell filled with a source or saying there is none`, () => {
    assert.ok(matrix, `no /${lang}/equivalents/ page`);
    const region = matrix.root.querySelector('[data-equivalents-matrix]');
    assert.ok(region, 'no matrix region');
    // The table scrolls inside a labelled, focusable region, never the page.
    assert.equal(region.tagName, 'SECTION', 'a region landmark');
    assert.equal(region.getAttribute('tabindex'), '0');
    assert.ok(matrix.root.querySelector(`#${region.getAttribute('aria-labelledby')}`), 'the region is labelled');
    const platforms = region.querySelectorAll('thead th[data-platform]');
    const rows = region.querySelectorAll('tbody tr[data-row]');
    assert.ok(platforms.length >= 8, `${platforms.length} platforms`);
    assert.ok(rows.length >= 10, `${rows.length} failures`);
    let filled = 0;
    for (const row of rows) {
      const id = row.getAttribute('id');
      assert.ok(id, 'each row is an anchor');
      assert.ok(row.querySelector('th[scope="row"] a[href*="/codes/"]'), `${id}: links its SCF codes`);
      const cells = row.querySelectorAll('td');
      assert.equal(cells.length, platforms.length, `${id}: a cell per platform`);
      for (const cell of cells) {
        const where: string = `${id} › ${cell.getAttribute('data-cell')}`;
        if (cell.hasAttribute('data-none')) {
          assert.equal(text(cell.querySelector('[data-strength="none"]')), words.none, where);
          continue;
        }
        filled += 1;
        assert.ok(text(cell.querySelector('code')), `${where}: the error, as code`);
        assert.ok(words.strengths.includes(text(cell.querySelector('.badge[data-strength]'))), `${where}: the strength in words`);
        assert.match(cell.querySelector('a[rel="nofollow"]')?.getAttribute('href') ?? '', /^https:\/\//, `${where}: a source link`);
      }
    }
    assert.ok(filled >= 60, `${filled} filled cells`);
  });

  test(`every ${lang} code page a failure row names has #other-platforms, and no other has`, () => {
    assert.ok(matrix);
    const named = new Set(matrix.root.querySelectorAll('tbody th[scope="row"] a[href*="/codes/"]').map((link) => decodeURIComponent(/\/codes\/([^/]+)\/$/.exec(link.getAttribute('href') ?? '')?.[1] ?? '')));
    assert.ok(named.size >= 20, `${named.size} codes named`);
    const withSection = new Set<string>();
    for (const page of codePages.filter((candidate) => candidate.path.startsWith(`/${lang}/`))) {
      const section = page.root.querySelector('article #other-platforms');
      if (!section) continue;
      withSection.add(codeOfPage(page)!);
      assert.ok(section.querySelector(`a[href$="/${lang}/equivalents/#${section.querySelector('[data-row]')?.getAttribute('data-row')}"]`), `${page.path}: links its row in the matrix`);
      for (const item of section.querySelectorAll('li[data-equivalent]')) {
        assert.match(item.querySelector('a[rel="nofollow"]')?.getAttribute('href') ?? '', /^https:\/\//, `${page.path} › ${item.getAttribute('data-equivalent')}: a source link`);
      }
      assert.ok(page.root.querySelector('a[href="#other-platforms"]'), `${page.path}: "On this page" lists it`);
    }
    assert.deepEqual([...withSection].sort(), [...named].sort());
  });

  test(`/${lang}/equivalents.md and llms.txt carry the matrix`, () => {
    assert.ok(existsSync(join(outDir, `${lang}/equivalents.md`)));
    const twin = readBuilt(`${lang}/equivalents.md`);
    assert.ok((twin.match(/^## /gm) ?? []).length >= 10);
    assert.ok(readBuilt(`${lang}/llms.txt`).includes(`/${lang}/equivalents.md`));
    assert.ok(readBuilt(`${lang}/codes/433.md`).includes(`/${lang}/equivalents/#execution-timeout`), 'the code twin has the section');
    assert.ok(matrix?.root.querySelector(`link[rel="alternate"][type="text/markdown"][href$="/${lang}/equivalents.md"]`));
    assert.ok(pages.find((page) => page.path === `/${lang}/`)?.root.querySelector(`a[href$="/${lang}/equivalents/"]`), 'the home links the matrix');
  });

  test(`/${lang}/other-platforms.json ships other platforms' templates and names; the lookup only their anchors`, () => {
    const others = JSON.parse(readBuilt(`${lang}/other-platforms.json`)) as { platforms: Record<string, string>; cells: Array<{ t: string[] }> };
    assert.ok(Object.keys(others.platforms).length >= 8);
    assert.ok(others.cells.length >= 50);
    const lookup = JSON.parse(readBuilt(`${lang}/lookup.json`)) as { others?: unknown; otherAnchors?: string[] };
    assert.equal(lookup.others, undefined);
    assert.ok(lookup.otherAnchors?.includes('tasktimedoutaf'), 'the anchor of Lambda\'s timeout');
  });
}

test('the sitemap lists the matrix in both languages', () => {
  const sitemap = readBuilt('sitemap-0.xml');
  assert.match(sitemap, /\/en\/equivalents\/<\/loc>/);
  assert.match(sitemap, /\/zh\/equivalents\/<\/loc>/);
});
