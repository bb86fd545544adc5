/** Mistyped links: a 404 in the reader's language that names the code and suggests real ones. */
import { expect, test } from '@playwright/test';

test('/zh/codes/9999/ answers 404 in Chinese, names the code and suggests the nearest codes', { tag: '@subpath' }, async ({ page }) => {
  const response = await page.goto('zh/codes/9999/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('h1')).toHaveText('页面不存在');
  await expect(page.locator('[data-not-found-message]')).toContainText('9999');
  const suggestions = page.locator('[data-not-found-suggestions] a');
  await expect(suggestions.first()).toHaveAttribute('href', /\/zh\/codes\/9000\/$/);
  await expect(page.locator('main a[href$="/zh/search/"]')).toBeVisible();
  await suggestions.first().click();
  await expect(page.locator('h1')).toContainText('9000');
});

test('a mistyped name in a code URL suggests the code by name', async ({ page }) => {
  const response = await page.goto('en/codes/HandlerNotFund/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('[data-not-found-suggestions] a').first()).toHaveAttribute('href', /\/en\/codes\/437\/$/);
});

test('an unknown path outside the languages gets the English 404', async ({ page }) => {
  const response = await page.goto('no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});
