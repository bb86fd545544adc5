/** With JavaScript off, every kind of page works; search and copy are absent, not broken. */
import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

for (const lang of ['en', 'zh'] as const) {
  test(`${lang}: a code page reads fully and its language switch is a plain link`, async ({ page }) => {
    await page.goto(`${lang}/codes/437/`);
    await expect(page.locator('h1')).toContainText('437 HandlerNotFound');
    await expect(page.locator('#meaning')).toBeVisible();
    expect(await page.locator('#fix ol > li').count()).toBeGreaterThan(1);
    await expect(page.locator('#site-search')).toBeHidden();
    await expect(page.locator('header [data-search-fallback]')).toBeVisible();
    await expect(page.locator('[data-copy-tools]')).toBeHidden();
    await page.locator('a[data-lang-switch]').click();
    await expect(page.locator('h1')).toContainText('437 HandlerNotFound');
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'en' ? 'zh-CN' : 'en');
  });

  test(`${lang}: the home leads to the catalog pages, which list the codes, and the concept page renders`, async ({ page }) => {
    await page.goto(`${lang}/`);
    await page.locator(`#catalogs a[href$="/${lang}/catalogs/scf/"]`).first().click();
    // Count on the fully loaded catalog page, not on the home the click is leaving or a half-parsed table.
    await page.waitForURL(new RegExp(`/${lang}/catalogs/scf/$`), { waitUntil: 'load' });
    expect(await page.locator('main table a').count()).toBeGreaterThan(30);
    await page.goto(`${lang}/`);
    await page.locator('header [data-search-fallback]').click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/#catalogs$`));
    await page.goto(`${lang}/concepts/handler/`);
    await expect(page.locator('main img').first()).toBeVisible();
    await expect(page.locator('#site-nav details').first()).toBeAttached();
  });
}

test('the search page without JavaScript offers the code list instead of a dead form', async ({ page }) => {
  await page.goto('en/search/?q=437');
  await expect(page.locator('form[data-search-page]')).toBeHidden();
  await expect(page.locator('main [data-search-fallback] a')).toBeVisible();
});
