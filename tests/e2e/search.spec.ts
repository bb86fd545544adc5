/**
 * Search quality and behaviour on the built site: the query table (tests/search-queries.ts) on
 * the search page, the header combobox with its keyboard contract, catalog filters, safety.
 */
import { expect, test } from '@playwright/test';
import { CATALOG_IDS } from '../../src/lib/model/vocabulary.ts';
import { SEARCH_QUERIES } from '../search-queries.ts';
import { base } from '../built-site.ts';
import { builtPaths, indexedText } from './built-pages.ts';
import { axeViolations } from './axe.ts';

for (const lang of ['en', 'zh'] as const) {
  const queries = SEARCH_QUERIES.filter((entry) => entry.lang === lang);
  // One page for the whole table (the first query through `?q=`, the rest typed into the page's
  // box), so Pagefind loads once as for a reader; each query still reports on its own.
  test(`${lang} search table: each of ${queries.length} queries puts its code first`, async ({ page }) => {
    const [first, ...rest] = queries;
    await page.goto(`${lang}/search/?q=${encodeURIComponent(first!.query)}`);
    const status = page.locator('[data-search-page-status]');
    const top = page.locator('main [data-search-page-results] a').first();
    for (const [index, { query, top: code }] of [first!, ...rest].entries()) {
      if (index > 0) {
        await page.locator('#search-page-q').fill(query);
        await page.locator('#search-page-q').press('Enter');
      }
      await expect(status).toHaveText(/\d|No code|没有/, { timeout: 30_000 });
      await expect.soft(top, `"${query}" puts ${code} first`).toHaveAttribute('href', new RegExp(`/${lang}/codes/${code}/$`), { timeout: 1_000 });
    }
  });
}

test('the header box: / focuses it, a guess is not pre-selected, arrows move, Esc closes then clears, Enter opens an exact match', async ({ page }) => {
  await page.goto('en/');
  await expect(page.locator('[data-search-form] kbd')).toHaveText('/');
  await page.keyboard.press('/');
  const input = page.locator('#site-search');
  await expect(input).toBeFocused();
  await input.pressSequentially('timeout');
  const options = page.locator('#site-search-results [role="option"]');
  await expect(options.first()).toBeVisible();
  await expect(options.first()).toHaveAttribute('data-url', /\/en\/codes\/433\/$/);
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('[data-search-status]')).toHaveText(/\d+ results?/);
  await expect(page.locator('#site-search-results [aria-selected="true"]')).toHaveCount(0);
  await input.press('ArrowDown');
  await input.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(1)).toHaveClass(/outline-2/);
  await expect(input).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id')) ?? '');
  await input.press('Escape');
  await expect(page.locator('#site-search-results')).toBeHidden();
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await expect(input).toHaveValue('timeout');
  await input.press('Escape');
  await expect(input).toHaveValue('');
  await input.fill('HandlerNotFound');
  await expect(options.first()).toContainText('437');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await input.press('Enter');
  await expect(page).toHaveURL(/\/en\/codes\/437\/$/);
});

test('Enter on a guess opens the search page, which keeps the query', async ({ page }) => {
  await page.goto('en/codes/437/');
  const input = page.locator('#site-search');
  await input.focus();
  await input.fill('memory');
  await expect(page.locator('#site-search-results [role="option"]').first()).toBeVisible();
  await input.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=memory$/);
  await expect(page.locator('#search-page-q')).toHaveValue('memory');
  await expect(page.locator('main [data-search-page-results] a').first()).toBeVisible();
});

test('the list stops at 8 results and offers a row to see all of them on the search page', async ({ page }) => {
  await page.goto('en/');
  const input = page.locator('#site-search');
  await input.focus();
  await input.fill('function');
  const seeAll = page.locator('#site-search-results [data-see-all]');
  await expect(seeAll).toHaveText(/^See all \d+ results$/);
  const total = Number(/\d+/.exec((await seeAll.textContent()) ?? '')?.[0]);
  expect(total).toBeGreaterThan(8);
  await expect(page.locator('#site-search-results [role="option"]:not([data-see-all])')).toHaveCount(8);
  await input.press('ArrowUp');
  await expect(seeAll).toHaveAttribute('aria-selected', 'true');
  await input.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=function$/);
  // The page renders its results in one go, once the search (Pagefind loaded on demand) has answered.
  await expect.poll(() => page.locator('main [data-search-page-results] li').count(), { timeout: 30_000 }).toBeGreaterThan(8);
});

test('no page holds every word: the box says so and shows the closest results instead of nothing', async ({ page }) => {
  await page.goto('en/');
  const input = page.locator('#site-search');
  await input.focus();
  await input.fill('registry banana');
  await expect(page.locator('[data-search-note]')).toHaveText('No exact match — closest:');
  await expect(page.locator('#site-search-results [role="option"]').first()).toBeVisible();
  await page.goto(`en/search/?q=${encodeURIComponent('registry banana')}`);
  await expect(page.locator('[data-search-page-closest]')).toBeVisible();
  await expect(page.locator('main [data-search-page-results] a').first()).toBeVisible();
  await expect(page.locator('[data-search-help] a[href$="/en/catalogs/scf/"]')).toBeVisible();
});

test('nonsense still gets suggestions and the catalog links, never a blank page', async ({ page }) => {
  await page.goto(`en/search/?q=${encodeURIComponent('qqqzzzxxx')}`);
  await expect(page.locator('[data-search-page-closest]')).toBeVisible();
  await expect(page.locator('main [data-search-page-results] a').first()).toBeVisible();
  await expect(page.locator('[data-search-help]')).toContainText('Try a code');
  await expect(page.locator('[data-search-help] a')).toHaveCount(CATALOG_IDS.length);
});

test('/ on the search page focuses that page\'s own box', async ({ page }) => {
  await page.goto('en/search/?q=433');
  await expect(page.locator('main [data-search-page-results] a').first()).toBeVisible();
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.locator('#search-page-q')).toBeFocused();
});

test('on a 360 px phone the search page form stacks and its box stays wide', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('zh/search/?q=超时');
  // The form ships hidden and the page's script reveals it, so measure only once it is on screen
  // (on a busy machine the script can run after the load event).
  await expect(page.locator('#search-page-q')).toBeVisible();
  const box = await page.locator('#search-page-q').boundingBox();
  const label = await page.locator('label[for="search-page-q"]').boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(200);
  expect(label?.height).toBeLessThan(40);
  const button = await page.locator('[data-search-page] button[type="submit"]').boundingBox();
  expect(button!.y).toBeGreaterThan(box!.y + box!.height - 1);
});

test('paste to diagnosis: the matched message and its values are shown on the code page, never in the URL', async ({ page }) => {
  await page.goto('en/codes/437/');
  const input = page.locator('#site-search');
  await input.focus();
  await input.fill('{"errorCode":-1,"errorMessage":"Invoking task timed out after 7 seconds","statusCode":433}');
  const first = page.locator('#site-search-results [role="option"]').first();
  await expect(first).toHaveAttribute('data-url', /\/en\/codes\/433\/$/);
  await expect(first).toContainText('Invoking task timed out after {seconds} seconds');
  await input.press('Enter');
  await expect(page).toHaveURL(/\/en\/codes\/433\/$/);
  const box = page.locator('main [data-diagnosis]');
  await expect(box).toBeVisible();
  await expect(box.locator('dt')).toHaveText(['Seconds']);
  await expect(box.locator('dd')).toHaveText(['7']);
  await expect(page.locator('#seen-as li.outline-2')).toHaveCount(1);
  await expect(page.locator('#seen-as li.outline-2 code')).toContainText('Invoking task timed out after {seconds} seconds');
  expect(page.url()).not.toContain('7');
  await box.getByRole('button').click();
  await expect(box).toBeHidden();
  await page.reload();
  await expect(box).toBeHidden();
});

// What deploy tools, tccli and the SDKs print when a management call fails: the code, its lowercase
// form, or the API's Chinese message with the action, in either language, reaches the API code's page.
const API_ERRORS: ReadonlyArray<{ query: string; top: string }> = [
  { query: 'FailedOperation.UpdateFunctionCode', top: 'FailedOperation.UpdateFunctionCode' },
  { query: 'resourcenotfound.function', top: 'ResourceNotFound.Function' },
  { query: 'UpdateFunctionConfiguration 当前函数状态无法进行此操作', top: 'FailedOperation.UpdateFunctionConfiguration' },
  { query: 'InvalidParameterValue.Handler', top: 'InvalidParameterValue.Handler' },
  { query: 'LimitExceeded.TotalConcurrencyMemory', top: 'LimitExceeded.TotalConcurrencyMemory' },
];
for (const lang of ['en', 'zh'] as const) {
  test(`${lang}: the header box answers the SCF API's errors with their own pages`, async ({ page }) => {
    await page.goto(`${lang}/codes/437/`);
    const input = page.locator('#site-search');
    await input.focus();
    for (const { query, top } of API_ERRORS) {
      await input.fill(query);
      await expect(page.locator('#site-search-results [role="option"]').first(), query).toHaveAttribute('data-url', new RegExp(`/${lang}/codes/${top.replace('.', '\\.')}/$`));
    }
  });
}

test('Ctrl+K focuses the search from a code page, and results stay in the page language', async ({ page }) => {
  await page.goto('zh/codes/433/');
  await page.keyboard.press('Control+k');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.locator('#site-search').fill('超时');
  const options = page.locator('#site-search-results [role="option"]');
  await expect(options.first()).toBeVisible();
  const urls = await options.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.url));
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url).toMatch(/\/zh\//);
});

test('results show code, name, catalog badge and a highlighted excerpt', async ({ page }) => {
  await page.goto('en/search/?q=checkpoint');
  const first = page.locator('main [data-search-page-results] a').first();
  await expect(first.locator('.font-mono')).toHaveText(/^\d+/);
  await expect(first.locator('.badge')).toHaveText(/openYuanrong/);
  await expect(page.locator('main [data-search-page-results] mark').first()).toBeVisible();
});

test('the catalog filter limits results to one catalog', async ({ page }) => {
  await page.goto('en/search/?q=FunctionNotFound');
  const links = page.locator('main [data-search-page-results] a');
  await expect(links.first()).toBeVisible();
  const all = await links.evaluateAll((items) => items.map((a) => a.getAttribute('href')));
  expect(all.some((href) => href?.endsWith('/codes/435/'))).toBe(true);
  expect(all.some((href) => href?.endsWith('/codes/4115/'))).toBe(true);
  await page.locator('select[name="catalog"]').selectOption({ label: 'openYuanrong REST API' });
  await expect(page).toHaveURL(/catalog=yr-rest/);
  await expect(links.first()).toHaveAttribute('href', /\/codes\/4115\/$/);
  // Polled: the filtered list replaces the first one when its search answers, not when the URL changes.
  await expect.poll(async () => new Set(await links.evaluateAll((items) => items.map((a) => a.querySelector('.badge')?.textContent)))).toEqual(new Set(['openYuanrong REST API']));
});

test('a query full of markup is shown as text, never as HTML', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await page.goto(`en/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)> 437')}`);
  await expect(page.locator('main [data-search-page-results] a').first()).toBeVisible();
  expect(await page.locator('main [data-search-page-results] img').count()).toBe(0);
  expect(dialogs).toBe(0);
});

/**
 * Chinese recall, the risk of Pagefind issue #1237 (query-time splitting differs from index-time
 * segmentation): for each term, every Chinese page whose indexed text contains it must be found.
 */
const ZH_TERMS = [
  '超时', '镜像', '内存', '端口', '权限', '代码包', '并发', '配额', '别名', '版本',
  '触发器', '实例', '日志', '网络', '磁盘', '元数据', '执行方法', '重试', '欠费', '入口函数',
];

test('Chinese ground truth: every zh page containing a term is among Pagefind results for it', async ({ page }) => {
  await page.goto('zh/');
  const found = await page.evaluate(
    async ({ base, terms }) => {
      const pagefind = await import(`${base}pagefind/pagefind.js`);
      await pagefind.options({ baseUrl: base });
      const urls: Record<string, string[]> = {};
      for (const term of terms) {
        const search = await pagefind.search(term);
        urls[term] = await Promise.all(search.results.map(async (result: { data(): Promise<{ url: string }> }) => (await result.data()).url));
      }
      return urls;
    },
    { base, terms: ZH_TERMS },
  );
  const pages = builtPaths.filter((path) => path.startsWith('zh/')).map((path) => ({ url: base + path, text: indexedText(path) }));
  for (const term of ZH_TERMS) {
    const expected = pages.filter((p) => p.text.includes(term)).map((p) => p.url);
    expect(expected.length, `"${term}" occurs on some Chinese page`).toBeGreaterThan(0);
    const missing = expected.filter((url) => !found[term]!.includes(url));
    expect.soft(missing, `pages containing "${term}" that search misses`).toEqual([]);
  }
});

test('axe: the open list with an active option, the closest note and the paste diagnosis, light and dark', async ({ page }) => {
  const found: string[] = [];
  const check = async (where: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const violation of await axeViolations(page)) found.push(`${where} ${colorScheme}: ${violation}`);
    }
  };
  await page.goto('en/codes/437/');
  const input = page.locator('#site-search');
  await input.focus();
  await input.fill('timeout');
  await expect(page.locator('#site-search-results [role="option"]').first()).toBeVisible();
  await input.press('ArrowDown');
  await check('list');
  await input.fill('registry banana');
  await expect(page.locator('[data-search-note]')).toBeVisible();
  await check('closest');
  await input.fill('Function [ demo ] concurrency exceeded reserved quota 128 MB');
  await expect(page.locator('#site-search-results [role="option"]').first()).toHaveAttribute('data-url', /\/codes\/432\/$/);
  await input.press('Enter');
  await expect(page.locator('main [data-diagnosis]')).toBeVisible();
  await check('diagnosis');
  expect(found).toEqual([]);
});
