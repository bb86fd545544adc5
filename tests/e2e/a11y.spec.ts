/**
 * axe (WCAG 2.2 A/AA) in light and in dark: zero violations, on
 * - every kind of element in every context it appears in: the structural cover of the build
 *   (built-pages.ts), about 35 pages that together hold every element feature of all ~4,300;
 * - and a fixed stride through the rest (every STRIDE-th page), so that content a feature cannot
 *   describe (a long code name, an unusual table) is sampled across the whole site.
 * What depends on each page's text rather than its kind of elements (ids, link text, headings,
 * alt text, landmarks) html-validate checks on every page in the dist stage.
 * Pages are walked in batches, one browser page per batch: a fresh context per page cost more
 * than the analysis itself. Each batch still reports every page and theme that fails.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { builtFile, builtPaths, structuralCover } from './built-pages.ts';

/** Pages per test: small enough that a failure names a handful, large enough to share a page. */
const BATCH = 24;
/** One page in this many, beyond the cover. */
const STRIDE = 80;

const cover = structuralCover(builtPaths);
const covered = new Set(cover);
const stride = builtPaths.filter((path, index) => index % STRIDE === 0 && !covered.has(path));
const checked = [...cover, ...stride];

/**
 * Short links, aliases and the root send the reader on at once (a script that picks the language,
 * or a meta refresh to the code's page), so a reader only ever glimpses them as they are: they are
 * checked that way, with scripts blocked and the refresh removed (otherwise axe would check the page
 * they lead to, which has its own turn, or lose its page mid-run).
 */
const leavesAtOnce = (path: string) => /data-language-chooser|http-equiv="refresh"/.test(readFileSync(builtFile(path), 'utf8'));
const choosers = checked.filter(leavesAtOnce);
const readerPages = checked.filter((path) => !leavesAtOnce(path));

test('the checked pages span the site', () => {
  // Every kind of page in both languages: codes of all four catalogs, concepts, catalogs, search, home, 404, sources, a chooser.
  for (const lang of ['en', 'zh']) {
    for (const prefix of ['codes/', 'concepts/', 'catalogs/', 'search/', 'sources/']) expect(readerPages.some((path) => path.startsWith(`${lang}/${prefix}`)), `${lang}/${prefix}`).toBe(true);
    expect(readerPages, lang).toContain(`${lang}/`);
  }
  expect(choosers.length).toBeGreaterThan(0);
  expect(checked.length).toBeGreaterThan(builtPaths.length / STRIDE);
});

for (const [paths, chooser] of [[readerPages, false], [choosers, true]] as const) {
  for (let start = 0; start < paths.length; start += BATCH) {
    const batch = paths.slice(start, start + BATCH);
    test(`axe: ${batch.length} pages from /${batch[0]} to /${batch.at(-1)} have no violations in light and dark`, async ({ page }) => {
      test.setTimeout(batch.length * 10_000);
      if (chooser) {
        await page.route('**/*.js', (route) => route.abort());
        await page.route(
          (url) => !url.pathname.endsWith('.js'),
          async (route) => {
            const response = await route.fetch();
            const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '');
            await route.fulfill({ response, body });
          },
        );
      }
      const found: string[] = [];
      for (const path of batch) {
        await page.goto(path);
        // The search page's form and a catalog's filter ship hidden and are shown by a script loaded on
        // demand, which can run after the load event on a busy machine; axe checks them as shown.
        const revealed = page.locator('[data-search-page], [data-catalog-filter]');
        if (!chooser && (await revealed.count()) > 0) await expect(revealed).toBeVisible();
        // The themes follow prefers-color-scheme, so switching the emulated scheme restyles the same page.
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          for (const violation of await axeViolations(page)) found.push(`/${path} ${colorScheme}: ${violation}`);
        }
      }
      expect(found).toEqual([]);
    });
  }
}
