/**
 * axe-core run inside the page under test (WCAG 2.2 A/AA, violations only), for the accessibility
 * checks. `@axe-core/playwright` opened a blank page for every analysis to merge frame results; our
 * pages have no frames, so running axe in the page itself gives the same verdict about 3× faster.
 */
import type { Page } from '@playwright/test';
import axe from 'axe-core';

/** The WCAG levels every page must pass. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type AxeWindow = { axe?: typeof axe };

/**
 * The page's axe violations in its current state (theme, open widgets), one readable line each:
 * rule, how many elements, the first element and the rule's help. axe is injected once per document.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const results = await (window as AxeWindow).axe!.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((violation) => `${violation.id} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(' ')} — ${violation.help}`);
  }, WCAG_TAGS);
  return violations;
}
