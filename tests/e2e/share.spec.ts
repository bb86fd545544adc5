/** Sharing a code: copy link and summary for tickets, language-neutral short links, print. */
import { expect, test } from '@playwright/test';
import { siteScriptRan } from './site-script.ts';

test.describe('copy for tickets', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the copy buttons sit under the title', async ({ page }) => {
    await page.goto('en/codes/437/');
    // The buttons are shown only once the site script has marked the page as scripted.
    await expect(page.locator('[data-copy-tools]')).toBeVisible();
    const title = (await page.locator('[data-summary]').boundingBox())!;
    const tools = (await page.locator('[data-copy-tools]').boundingBox())!;
    const facts = (await page.locator('#facts').boundingBox())!;
    expect(tools.y).toBeGreaterThan(title.y);
    expect(tools.y).toBeLessThan(facts.y);
  });

  test('Copy link copies the short link on the origin the reader is on when SITE_URL is not set; summaries are text or Markdown and end with the same link', async ({ page }) => {
    await page.goto('en/codes/437/');
    const status = page.locator('[data-copy-status]');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(status).toHaveText('Copied to the clipboard.');
    const origin = new URL(page.url()).origin;
    const shortLink = new URL('../../../codes/437/', page.url()).href;
    expect(shortLink.startsWith(origin)).toBe(true);
    expect(shortLink).not.toContain('example.org');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shortLink);

    await page.getByRole('button', { name: 'Copy summary' }).focus();
    await page.keyboard.press('Enter');
    await expect(status).toHaveText('Copied to the clipboard.');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    // The page's own title (the h1's second line), whatever the content says today.
    const title = (await page.locator('[data-copy-tools]').getAttribute('data-title')) ?? '';
    expect(title.length).toBeGreaterThan(3);
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual([`Tencent Cloud SCF 437 HandlerNotFound · ${title}`, await page.locator('[data-summary]').innerText(), 'Retry: No, fix the cause first.']);
    expect(lines[3]).toMatch(/^First step: \S/);
    expect(lines.at(-1)).toBe(shortLink);
    expect(lines).toHaveLength(5);

    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(status).toHaveText('Copied to the clipboard.');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown.startsWith(`**437 HandlerNotFound** · ${title} (Tencent Cloud SCF)\n\n`)).toBe(true);
    expect(markdown).toContain('- **Retry:** No, fix the cause first.');
    expect(markdown.trim().endsWith(`- <${shortLink}>`)).toBe(true);
  });

  test('the Chinese page copies Chinese text, and both buttons the language-neutral short link', async ({ page }) => {
    await page.goto('zh/codes/433/');
    await page.getByRole('button', { name: '复制摘要' }).click();
    await expect(page.locator('[data-copy-status]')).toHaveText('已复制到剪贴板。');
    const summary = await page.evaluate(() => navigator.clipboard.readText());
    expect(summary).toMatch(/^腾讯云云函数 433 TimeLimitReached · /);
    expect(summary).toContain('\n重试建议：');
    expect(summary).toMatch(/\/codes\/433\/$/);
    await page.getByRole('button', { name: '复制链接' }).click();
    await expect(page.locator('[data-copy-status]')).toHaveText('已复制到剪贴板。');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/codes\/433\/$/);
    expect(link).not.toContain('/zh/');
    expect(summary.split('\n').at(-1)).toBe(link);
  });
});

test('a short link opens the saved language, then the browser language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('codes/437/');
  await expect(page).toHaveURL(/\/zh\/codes\/437\/$/);
  await siteScriptRan(page);
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
  await expect(page.locator('.permalink').first()).toBeHidden();
  const after = await page.locator('#related li a').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('/codes/');
});
