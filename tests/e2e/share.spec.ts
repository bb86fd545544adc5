/** Sharing a code: copy link and summary for tickets, language-neutral short links, print. */
import { expect, test } from '@playwright/test';

test.describe('copy for tickets', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Copy link and Copy summary put the canonical URL and a Markdown summary on the clipboard', async ({ page }) => {
    await page.goto('en/codes/437/');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const status = page.locator('[data-copy-status]');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(status).toHaveText('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);

    await page.getByRole('button', { name: 'Copy summary' }).focus();
    await page.keyboard.press('Enter');
    const summary = await page.evaluate(() => navigator.clipboard.readText());
    expect(summary).toMatch(/^\*\*437 HandlerNotFound\*\* · /);
    expect(summary).toContain(await page.locator('[data-summary]').innerText());
    expect(summary).toMatch(/\n1\. .+\n2\. /);
    expect(summary.trim().endsWith(canonical!)).toBe(true);
  });

  test('the Chinese page copies its own URL and Chinese text', async ({ page }) => {
    await page.goto('zh/codes/433/');
    await page.getByRole('button', { name: '复制摘要' }).click();
    await expect(page.locator('[data-copy-status]')).toHaveText('已复制到剪贴板。');
    const summary = await page.evaluate(() => navigator.clipboard.readText());
    expect(summary).toMatch(/^\*\*433 TimeLimitReached\*\*/);
    expect(summary).toMatch(/\/zh\/codes\/433\/$/);
  });
});

test('a short link opens the saved language, then the browser language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('codes/437/');
  await expect(page).toHaveURL(/\/zh\/codes\/437\/$/);
  await page.locator('a[data-lang-switch]').click();
  await page.goto('codes/4008/');
  await expect(page).toHaveURL(/\/en\/codes\/4008\/$/);
  await context.close();
});

test('a short link without JavaScript shows plain links to both languages', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('codes/437/');
  await expect(page.locator('h1')).toContainText('437 HandlerNotFound');
  await page.locator('main a[hreflang="zh-CN"]').click();
  await expect(page).toHaveURL(/\/zh\/codes\/437\/$/);
  await context.close();
});

test('a code page prints without header, search or buttons, and shows link targets', async ({ page }) => {
  await page.goto('en/codes/437/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('body > header')).toBeHidden();
  await expect(page.locator('[data-copy-tools]')).toBeHidden();
  await expect(page.locator('nav[aria-label="Breadcrumbs"]')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  const after = await page.locator('#related a').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('/codes/');
});
