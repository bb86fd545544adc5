/** axe (WCAG 2.2 A/AA) over every built page, in light and in dark: zero violations. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPaths } from './built-pages.ts';

test('there are pages to check', () => {
  expect(builtPaths.length).toBeGreaterThan(10);
});

for (const path of builtPaths) {
  test(`axe: /${path} has no violations in light and dark`, async ({ page }) => {
    const found: string[] = [];
    await page.goto(path);
    // The themes follow prefers-color-scheme, so switching the emulated scheme restyles the same page.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      for (const violation of results.violations) {
        found.push(`${colorScheme}: ${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')} — ${violation.help}`);
      }
    }
    expect(found).toEqual([]);
  });
}
