/** Mistyped links: a 404 in the reader's language that names the code and suggests real ones. */
import { expect, test } from '@playwright/test';
import { siteScriptRan } from './site-script.ts';

test('/zh/codes/9999/ answers 404 in Chinese, names the code and suggests the nearest codes', { tag: '@subpath' }, async ({ page }) => {
  const response = await page.goto('zh/codes/9999/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('h1')).toHaveText('页面不存在');
  await expect(page.locator('[data-not-found-message]')).toContainText('9999');
  const suggestions = page.locator('[data-not-found-suggestions] a');
  await expect(suggestions.first()).toHaveAttribute('href', /\/zh\/codes\/9000\/$/);
  await expect(page.locator('main a[href$="/zh/search/?q=9999"]')).toBeVisible();
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

test('a short link to an unknown code follows the reader\'s chosen language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('zh/');
  await page.locator('a[data-lang-switch]').click();
  await expect(page).toHaveURL(/\/en\/$/);
  await siteScriptRan(page);
  await page.locator('a[data-lang-switch]').click(); // chose Chinese
  await expect(page).toHaveURL(/\/zh\/$/);
  await page.goto('codes/99999/');
  await expect(page).toHaveURL(/\/zh\/codes\/99999\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('h1')).toHaveText('页面不存在');
  await expect(page.locator('[data-not-found-message]')).toContainText('99999');
  await context.close();
});

test('a Chinese browser without a saved choice gets the Chinese 404 for an unknown path', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('codes/99999/');
  await expect(page.locator('h1')).toHaveText('页面不存在');
  await context.close();
});
