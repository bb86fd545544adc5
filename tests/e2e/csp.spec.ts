/**
 * Under the shipped headers (public/_headers, applied by tests/server.mjs) no page type triggers a
 * CSP violation, search still works and the language switch still works.
 */
import { expect, test, type Page } from '@playwright/test';

/** Collects CSP violations and script errors reported by the browser. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

const pageTypes = ['', 'en/', 'zh/', 'en/catalogs/yr-rest/', 'en/codes/437/', 'zh/codes/437/', 'en/concepts/handler/', 'zh/search/?q=437', 'en/search/?q=timeout', 'codes/437/', 'zh/codes/9999/'];

for (const path of pageTypes) {
  test(`no CSP violation on /${path}`, async ({ page }) => {
    const problems = watch(page);
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });
}

test('under the CSP, search returns results and the language switch works', { tag: '@subpath' }, async ({ page }) => {
  const problems = watch(page);
  await page.goto('en/codes/437/');
  await page.locator('#site-search').fill('timeout');
  await expect(page.locator('#site-search-results [role="option"]').first()).toBeVisible();
  await page.locator('a[data-lang-switch]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(problems).toEqual([]);
});
