/**
 * axe (WCAG 2.2 A/AA) over every built page, in light and in dark: zero violations.
 * Pages are walked in batches, one browser page per batch: a fresh context per page cost more
 * than the analysis itself. Each batch still reports every page and theme that fails.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPaths } from './built-pages.ts';

/** Pages per test: small enough that a failure names a handful, large enough to share a page. */
const BATCH = 24;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('there are pages to check', () => {
  expect(builtPaths.length).toBeGreaterThan(10);
});

for (let start = 0; start < builtPaths.length; start += BATCH) {
  const batch = builtPaths.slice(start, start + BATCH);
  test(`axe: ${batch.length} pages from /${batch[0]} to /${batch.at(-1)} have no violations in light and dark`, async ({ page }) => {
    test.setTimeout(batch.length * 15_000);
    const found: string[] = [];
    for (const path of batch) {
      await page.goto(path);
      // The themes follow prefers-color-scheme, so switching the emulated scheme restyles the same page.
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        // Only violations are read; asking for passes and incompletes too doubles axe's reporting work.
        const results = await new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] }).analyze();
        for (const violation of results.violations) {
          found.push(`/${path} ${colorScheme}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')} — ${violation.help}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
}
