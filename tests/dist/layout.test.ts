/**
 * The reader's layout in the built HTML: a page per catalog in both languages listing every code of
 * it; on every code page the navigation column lists its own catalog only with the page marked, the
 * "on this page" list points at sections that exist, the catalog badge appears once, and the title's
 * identifier offers word-boundary breaks.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes } from '../e2e/content.ts';
import { codeOfHref, codePages, pages } from './site.ts';
import { NAV_TOTAL_LIMIT } from '../../src/lib/render/nav-window.ts';

const byPath = new Map(pages.map((page) => [page.path, page]));
const catalogs = [...new Set(codes.map((entry) => entry.catalog))];

test('every catalog has a page in both languages that lists all its codes with their retry verdict', () => {
  for (const lang of ['en', 'zh']) {
    for (const catalog of catalogs) {
      const page = byPath.get(`/${lang}/catalogs/${catalog}/`);
      assert.ok(page, `no page /${lang}/catalogs/${catalog}/`);
      const rows = page.root.querySelectorAll('.code-table tbody tr');
      const listed = rows.map((row) => codeOfHref(row.querySelector('a')!.getAttribute('href')!));
      const expected = codes.filter((entry) => entry.catalog === catalog).map((entry) => entry.code);
      assert.deepEqual([...listed].sort(), [...expected].sort(), `/${lang}/catalogs/${catalog}/ lists the wrong codes`);
      for (const row of rows) assert.match(row.getAttribute('data-retry') ?? '', /^(yes|maybe|no|n\/a)$/);
    }
  }
});

test(`every code page: its catalog's navigation, the page marked, contents that resolve, one badge (${codePages.length} pages)`, () => {
  assert.ok(codePages.length > 0, 'no code pages built');
  const problems: string[] = [];
  const catalogOf = new Map(codes.map((entry) => [entry.code, entry.catalog]));
  for (const page of codePages) {
    const code = decodeURIComponent(page.path.split('/')[3]!);
    const catalog = catalogOf.get(code)!;
    const nav = page.root.querySelector('#site-nav');
    if (!nav) {
      problems.push(`${page.file}: no navigation column`);
      continue;
    }
    const listed = nav.querySelectorAll('details a').flatMap((a) => codeOfHref(a.getAttribute('href')!) ?? []);
    const stray = listed.filter((other) => catalogOf.get(other) !== catalog);
    if (stray.length > 0) problems.push(`${page.file}: navigation lists codes of other catalogs: ${stray.join(', ')}`);
    const size = codes.filter((entry) => entry.catalog === catalog).length;
    // A catalog that fits the column is listed whole; a larger one up to the column's total, and
    // every group it does not list in full links to its place on the catalog page.
    if (size <= NAV_TOTAL_LIMIT ? listed.length !== size : listed.length > NAV_TOTAL_LIMIT) problems.push(`${page.file}: navigation lists ${listed.length} of ${size} codes`);
    for (const group of nav.querySelectorAll('details')) {
      const wholeGroup = group.querySelectorAll('a').some((a) => /\/catalogs\/[^/]+\/#/.test(a.getAttribute('href') ?? ''));
      if (size > NAV_TOTAL_LIMIT && !wholeGroup && group.querySelectorAll('a').length === 0) problems.push(`${page.file}: a group with neither codes nor a link to them`);
    }
    const current = nav.querySelectorAll('[aria-current="page"]');
    if (current.length !== 1 || !current[0]!.getAttribute('href')!.endsWith(`/codes/${code}/`)) problems.push(`${page.file}: current page not marked once`);
    if (nav.querySelectorAll('details[open]').length !== 1) problems.push(`${page.file}: the current group is not the one open group`);
    const toc = page.root.querySelectorAll('.toc a').map((a) => a.getAttribute('href')!.slice(1));
    for (const id of toc) if (!page.root.querySelector(`[id="${id}"]`)) problems.push(`${page.file}: contents link #${id} has no section`);
    for (const id of ['facts', 'meaning', 'fix']) if (!toc.includes(id)) problems.push(`${page.file}: contents miss #${id}`);
    const badges = page.root.querySelectorAll(`main .badge-${catalog}`);
    if (badges.length !== 1) problems.push(`${page.file}: catalog badge ${badges.length} times`);
    for (const name of page.root.querySelectorAll('h1 .ident')) {
      if (/[a-z][A-Z]/.test(name.textContent) && name.querySelectorAll('wbr').length === 0) problems.push(`${page.file}: title name has no word breaks`);
    }
  }
  assert.deepEqual(problems, []);
});

test('the homes link each catalog page instead of repeating every table', () => {
  for (const lang of ['en', 'zh']) {
    const home = byPath.get(`/${lang}/`)!;
    assert.equal(home.root.querySelectorAll('table').length, 0, `/${lang}/ still has code tables`);
    for (const catalog of catalogs) {
      assert.ok(home.root.querySelector(`#catalogs a[href$="/${lang}/catalogs/${catalog}/"]`), `/${lang}/ does not link ${catalog}`);
    }
  }
});
