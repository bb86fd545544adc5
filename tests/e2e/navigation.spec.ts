/** Moving around: homes, the language switch, breadcrumbs, neighbours, the concept page, `/`. */
import { expect, test } from '@playwright/test';
import { codes, LANGS } from './content.ts';
import { CATALOG_IDS } from '../../src/lib/model/vocabulary.ts';
import { siteScriptRan } from './site-script.ts';

for (const { lang, htmlLang } of LANGS) {
  test(`the ${lang} home links every catalog page, and together they link every code`, async ({ page }) => {
    await page.goto(`${lang}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', htmlLang);
    const hrefs = new Set<string>();
    for (const catalog of CATALOG_IDS) {
      await page.goto(`${lang}/`);
      await page.locator(`#catalogs h3 a[href$="/${lang}/catalogs/${catalog}/"]`).click();
      // Read the table only once the catalog page has loaded: the URL changes at commit, while the
      // long table is still streaming in (and the home has the same lang, so that proves nothing).
      await page.waitForURL(new RegExp(`/${lang}/catalogs/${catalog}/$`), { waitUntil: 'load' });
      await expect(page.locator('html')).toHaveAttribute('lang', htmlLang);
      for (const href of await page.locator('main table a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) hrefs.add(href ?? '');
    }
    const missing = codes.filter((entry) => ![...hrefs].some((href) => href.endsWith(`/${lang}/codes/${entry.code}/`)));
    expect(missing.map((entry) => entry.code)).toEqual([]);
  });

  test(`the ${lang} handler concept page renders and links to 437`, async ({ page }) => {
    await page.goto(`${lang}/concepts/handler/`);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('main img[src$=".svg"]').first()).toBeVisible();
    for (const format of ['main', 'index.main_handler', 'example.Hello::mainHandler']) {
      await expect(page.locator('main')).toContainText(format);
    }
    await page.locator(`main a[href$="/${lang}/codes/437/"]`).first().click();
    await expect(page.locator('h1')).toContainText('437');
    await expect(page.locator(`main a[href$="/${lang}/concepts/handler/"]`).first()).toBeVisible();
  });
}

test('the language switch goes to the same code and back, keeping the section', { tag: '@subpath' }, async ({ page }) => {
  await page.goto('en/codes/437/#fix');
  await page.locator('a[data-lang-switch]').click();
  await expect(page).toHaveURL(/\/zh\/codes\/437\/#fix$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('h1')).toContainText('437 HandlerNotFound');
  await siteScriptRan(page);
  await page.locator('a[data-lang-switch]').click();
  await expect(page).toHaveURL(/\/en\/codes\/437\/#fix$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the language switch keeps the search query and the section', async ({ page }) => {
  await page.goto('en/search/?q=timeout');
  await page.locator('a[data-lang-switch]').click();
  await expect(page).toHaveURL(/\/zh\/search\/\?q=timeout$/);
  await page.goto('zh/concepts/handler/#related');
  await page.locator('a[data-lang-switch]').click();
  await expect(page).toHaveURL(/\/en\/concepts\/handler\/#related$/);
});

test('the navigation column lists the current catalog only, marks the page, and leads to other catalogs and concepts', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('en/codes/4008/');
  const nav = page.getByRole('navigation', { name: 'Codes and concepts' });
  const listed = await nav.locator('details a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.match(/codes\/(\d+)\//)![1]));
  expect(listed.sort()).toEqual(codes.filter((entry) => entry.catalog === 'yr-sdk').map((entry) => entry.code).sort());
  await expect(nav.locator('[aria-current="page"]')).toHaveText(/^4008 /);
  await expect(nav.locator('details[open]')).toHaveCount(1);
  // Groups fold without JavaScript: <details>.
  const index = await nav.locator('details').evaluateAll((all) => all.findIndex((details) => !(details as HTMLDetailsElement).open));
  const closed = nav.locator('details').nth(index);
  await expect(closed.locator('a').first()).toBeHidden();
  await closed.locator('summary').click();
  await expect(closed.locator('a').first()).toBeVisible();
  await nav.getByRole('link', { name: 'openYuanrong REST API' }).click();
  await expect(page).toHaveURL(/\/en\/catalogs\/yr-rest\/$/);
  await page.getByRole('navigation', { name: 'Codes and concepts' }).getByRole('link', { name: 'The handler (execution method)' }).click();
  await expect(page).toHaveURL(/\/en\/concepts\/handler\/$/);
});

test('the header stays on screen while reading on a desktop', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('en/codes/437/');
  await page.mouse.wheel(0, 3000);
  await expect(page.locator('body > header')).toBeInViewport();
  await expect(page.locator('#site-search')).toBeInViewport();
});

test('breadcrumbs and previous/next links lead to the right pages', async ({ page }) => {
  await page.goto('en/codes/437/');
  await expect(page.locator('nav[aria-label="Breadcrumbs"] a').first()).toHaveAttribute('href', /\/en\/$/);
  await page.locator('a[rel="next"]').click();
  await expect(page.locator('h1')).toContainText('438');
  await page.locator('a[rel="prev"]').click();
  await expect(page.locator('h1')).toContainText('437');
});

test('/ opens the browser language, and the saved choice wins over it', async ({ browser }) => {
  const zh = await browser.newContext({ locale: 'zh-CN' });
  const page = await zh.newPage();
  await page.goto('./');
  await expect(page).toHaveURL(/\/zh\/$/);
  await siteScriptRan(page);
  await page.locator('a[data-lang-switch]').click();
  await expect(page).toHaveURL(/\/en\/$/);
  await page.goto('./');
  await expect(page).toHaveURL(/\/en\/$/);
  await zh.close();
});

test('/ without JavaScript offers both languages as plain links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.locator('main a[href$="/en/"]')).toBeVisible();
  await expect(page.locator('main a[href$="/zh/"]')).toBeVisible();
  await context.close();
});
