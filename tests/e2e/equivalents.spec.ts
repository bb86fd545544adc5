/**
 * Other platforms' errors in the browser (issue 22): the matrix page on a 320 px phone (cards, no
 * sideways scrolling) and on a desktop (a table that scrolls inside its own focusable region, by
 * keyboard too), both languages; axe on the matrix and on code pages' sections, which are also in
 * the structural cover the whole-site axe run checks; the
 * header box answers another platform's error with the SCF code and a label that names the platform.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { builtPaths, structuralCover } from './built-pages.ts';

const pageOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const lang of ['en', 'zh'] as const) {
  test(`/${lang}/equivalents/ at 320 px: a card per failure with every platform named, no sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${lang}/equivalents/`);
    expect(await pageOverflow(page), 'page wider than the viewport').toBeLessThanOrEqual(0);
    const region = page.locator('[data-equivalents-matrix]');
    expect(await region.evaluate((element) => element.scrollWidth - element.clientWidth), 'the cards do not scroll sideways').toBeLessThanOrEqual(0);
    const firstRow = page.locator('[data-equivalents-matrix] tbody tr').first();
    // Each cell says whose error it is, since the column headers are not shown.
    await expect(firstRow.locator('td').first().locator('.eq-platform')).toBeVisible();
    await expect(firstRow.locator('td').first().locator('.eq-platform')).toHaveText(/AWS Lambda/);
    const card = (await firstRow.boundingBox())!;
    expect(card.x + card.width).toBeLessThanOrEqual(320);
  });

  test(`/${lang}/equivalents/ at 1440 px: only the table scrolls, inside a labelled region that the keyboard can scroll`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${lang}/equivalents/`);
    expect(await pageOverflow(page), 'page wider than the viewport').toBeLessThanOrEqual(0);
    const region = page.getByRole('region', { name: lang === 'en' ? 'Errors by failure and platform' : '按故障和平台列出的错误' });
    await expect(region).toBeVisible();
    expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await expect(page.locator('thead th[data-platform]')).toHaveCount(9);
    // The platform's name in a cell is for the cards only.
    await expect(page.locator('[data-equivalents-matrix] td .eq-platform').first()).toBeHidden();
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    // The failure column stays in view while the platforms scroll past.
    await region.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    const failure = (await page.locator('tbody th.eq-failure').first().boundingBox())!;
    const box = (await region.boundingBox())!;
    expect(failure.x).toBeGreaterThanOrEqual(box.x - 1);
  });
}

test('the matrix and a code page\'s section pass axe in light and dark, as cards and as a table', async ({ page }) => {
  test.setTimeout(120_000);
  const found: string[] = [];
  for (const width of [320, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['en/equivalents/', 'zh/equivalents/', 'en/codes/443/', 'zh/codes/1005/']) {
      await page.goto(path);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        for (const violation of await axeViolations(page)) found.push(`/${path} ${width} px ${colorScheme}: ${violation}`);
      }
    }
  }
  expect(found).toEqual([]);
});

test('the matrix pages are in the structural cover that axe checks, in both languages', () => {
  const cover = structuralCover(builtPaths);
  expect(cover).toContain('en/equivalents/');
  expect(cover).toContain('zh/equivalents/');
});

test('the header box answers Lambda\'s timeout with 433, labelled as Lambda\'s error, and a look-alike as one', async ({ page }) => {
  await page.goto('en/codes/437/');
  const input = page.locator('#site-search');
  await input.focus();
  await input.fill('{"errorMessage": "2020-11-10T05:46:57.874Z 160788cd-45ff-4583-809f-c7e31127cb95 Task timed out after 3.07 seconds"}');
  const first = page.locator('#site-search-results [role="option"]').first();
  await expect(first).toHaveAttribute('data-url', /\/en\/codes\/433\/$/);
  await expect(first.locator('[data-other-platform="aws-lambda"]')).toHaveText(/^Error from AWS Lambda; on SCF the same failure is 433: Task timed out after/);
  await input.fill('Worker exceeded CPU time limit');
  await expect(first.locator('[data-other-platform="cloudflare-workers"]')).toHaveText(/a look-alike: 433 on SCF is not the same failure/);
});

test('the Chinese header box says whose error it is in Chinese', async ({ page }) => {
  await page.goto('zh/codes/437/');
  const input = page.locator('#site-search');
  await input.focus();
  await input.fill('504: GATEWAY_TIMEOUT Code: FUNCTION_INVOCATION_TIMEOUT');
  const first = page.locator('#site-search-results [role="option"]').first();
  await expect(first).toHaveAttribute('data-url', /\/zh\/codes\/433\/$/);
  await expect(first.locator('[data-other-platform="vercel-functions"]')).toHaveText(/^Vercel Functions 的错误；同一故障对应云函数的 433：FUNCTION_INVOCATION_TIMEOUT/);
});
