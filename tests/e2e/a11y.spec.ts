/**
 * axe (WCAG 2.2 A/AA) over every built page, in light and in dark: zero violations.
 * Pages are walked in batches, one browser page per batch: a fresh context per page cost more
 * than the analysis itself. Each batch still reports every page and theme that fails.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { builtFile, builtPaths } from './built-pages.ts';

/** Pages per test: small enough that a failure names a handful, large enough to share a page. */
const BATCH = 24;

/**
 * Short links and the root choose a language with a script that leaves at once, so a reader only
 * ever sees them as they are without it: they are checked with scripts blocked (otherwise axe
 * would check the code page they lead to, which has its own turn).
 */
const chooserSet = new Set(builtPaths.filter((path) => readFileSync(builtFile(path), 'utf8').includes('data-language-chooser')));
const choosers = builtPaths.filter((path) => chooserSet.has(path));
const readerPages = builtPaths.filter((path) => !chooserSet.has(path));

test('there are pages to check', () => {
  expect(readerPages.length).toBeGreaterThan(10);
  expect(choosers.length).toBeGreaterThan(10);
});

for (const [paths, chooser] of [[readerPages, false], [choosers, true]] as const) {
  for (let start = 0; start < paths.length; start += BATCH) {
    const batch = paths.slice(start, start + BATCH);
    test(`axe: ${batch.length} pages from /${batch[0]} to /${batch.at(-1)} have no violations in light and dark`, async ({ page }) => {
      test.setTimeout(batch.length * 10_000);
      if (chooser) await page.route('**/*.js', (route) => route.abort());
      const found: string[] = [];
      for (const path of batch) {
        await page.goto(path);
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
