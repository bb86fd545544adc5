/**
 * The reader's layout, looked at in a browser: every page type at 360, 390 and 1440 px in light and
 * dark has no horizontal scrolling, the navigation column and "on this page" sit where they should,
 * identifiers in titles and tables never wrap inside a word; plus the catalog filter, the theme
 * switch, code blocks and the dark diagram.
 */
import { expect, test, type Page } from '@playwright/test';
import { codes } from './content.ts';

const WIDTHS = [360, 390, 1440] as const;
const PAGES = [
  { type: 'home', path: 'en/' },
  { type: 'catalog', path: 'zh/catalogs/yr-rest/' },
  { type: 'catalog', path: 'en/catalogs/scf/' },
  { type: 'code', path: 'en/codes/4103/' },
  { type: 'code', path: 'zh/codes/438/' },
  { type: 'concept', path: 'en/concepts/handler/' },
  // The equivalents matrix: a table that scrolls in its own region, cards on phones.
  { type: 'equivalents', path: 'en/equivalents/' },
  { type: 'equivalents', path: 'zh/equivalents/' },
  { type: 'search', path: 'en/search/?q=timeout' },
  { type: '404', path: 'zh/codes/99999/' },
] as const;

/**
 * Text inside `selector` that wraps between two non-space characters of one text node. Allowed
 * breaks in identifiers are <wbr> elements, which split the text into separate nodes, so any such
 * wrap is a word cut in two.
 */
function midWordBreaks(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const range = document.createRange();
        let previousTop: number | undefined;
        for (let i = 0; i < text.length; i += 1) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect || rect.width === 0) continue;
          if (previousTop !== undefined && rect.top > previousTop + 2 && /\S/.test(text[i - 1]!) && /\S/.test(text[i]!)) {
            found.push(`${text.slice(0, i)}|${text.slice(i)}`);
          }
          previousTop = rect.top;
        }
      }
    }
    return found;
  }, selector);
}

const IDENTIFIERS = 'h1 .ident, .code-table .ident, .code-table td:first-child a';

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of WIDTHS) {
    test.describe(`${width} px, ${colorScheme}`, () => {
      test.use({ viewport: { width, height: 800 }, colorScheme });

      for (const { type, path } of PAGES) {
        test(`${type} /${path}: no horizontal scrolling, identifiers whole`, async ({ page }) => {
          await page.goto(path);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, 'page wider than the viewport').toBeLessThanOrEqual(0);
          expect(await midWordBreaks(page, IDENTIFIERS)).toEqual([]);
          if (type === 'code' || type === 'concept' || type === 'catalog') {
            const nav = page.locator('#site-nav');
            await expect(nav).toBeAttached();
            // Both boxes in one go: a script that reveals something (the catalog filter) between
            // two separate reads would move one box and not the other.
            const { navBox, mainBox } = await page.evaluate(() => {
              const box = (selector: string) => {
                const { x, y, width, height } = document.querySelector(selector)!.getBoundingClientRect();
                return { x, y: y + window.scrollY, width, height };
              };
              return { navBox: box('#site-nav'), mainBox: box('main') };
            });
            if (width >= 1024) {
              await expect(nav).toBeInViewport();
              expect(navBox.x + navBox.width, 'navigation column left of the page').toBeLessThanOrEqual(mainBox.x);
              await expect(page.locator('main a[href="#site-nav"]')).toBeHidden();
            } else {
              expect(navBox.y, 'navigation follows the page on phones').toBeGreaterThanOrEqual(mainBox.y + mainBox.height);
              await expect(page.locator('main a[href="#site-nav"]')).toBeVisible();
            }
          }
          if (type === 'code') {
            await expect(page.locator('#site-nav [aria-current="page"]')).toHaveCount(1);
            const toc = page.getByRole('navigation', { name: /On this page|本页内容/ });
            if (width >= 1024) await expect(toc).toBeVisible();
            else await expect(toc).toBeHidden();
          }
          if (type === 'catalog' && width < 640) {
            // Phones: every code is a card, and the whole card is the link (at least 44 px tall).
            const card = page.locator('.code-table tbody tr').first();
            const box = (await card.boundingBox())!;
            expect(box.height).toBeGreaterThanOrEqual(44);
            expect(box.width).toBeGreaterThan(width - 64);
            const href = await card.locator('a').getAttribute('href');
            await page.mouse.click(box.x + box.width - 8, box.y + box.height - 6);
            await expect(page).toHaveURL(new RegExp(`${href}$`));
          }
        });
      }
    });
  }
}

test('the mid-word check finds a word cut in two (it is not blind)', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('en/codes/4103/');
  // CSSOM changes are allowed under the CSP (only style attributes in markup are not).
  await page.locator('h1 .ident').evaluate((el) => {
    const span = el as HTMLElement;
    span.replaceChildren(document.createTextNode(span.textContent ?? ''));
    span.style.wordBreak = 'break-all';
  });
  expect((await midWordBreaks(page, IDENTIFIERS)).length).toBeGreaterThan(0);
});

test.describe('catalog page', () => {
  test('lists every code of its catalog; the filter narrows by words and by retry, and says so', async ({ page }) => {
    await page.goto('en/catalogs/scf/');
    const rows = page.locator('.code-table tbody tr');
    await expect(rows).toHaveCount(codes.filter((entry) => entry.catalog === 'scf').length);
    const filter = page.getByRole('searchbox', { name: 'Filter this list' });
    await filter.fill('handler');
    await expect(page.locator('.code-table tbody tr:visible a', { hasText: '437' })).toBeVisible();
    await expect(page.locator('.code-table tbody tr a', { hasText: /^433$/ })).toBeHidden();
    await expect(page.locator('[data-filter-status]')).toHaveText(/^\d+ of 33 codes$/);
    await filter.fill('no such thing at all');
    await expect(rows.locator('visible=true')).toHaveCount(0);
    await expect(page.locator('[data-filter-status]')).toHaveText('No code in this catalog matches “no such thing at all”. Clear the filter to see all 33.');
    await filter.fill('');
    await page.getByLabel('Retry').selectOption('yes');
    const retries = await page.locator('.code-table tbody tr:visible').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.retry));
    expect(retries.length).toBeGreaterThan(0);
    expect(new Set(retries)).toEqual(new Set(['yes']));
  });

  test('without JavaScript the full list shows and the filter is absent', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('zh/catalogs/yr-sdk/');
    await expect(page.locator('[data-catalog-filter]')).toBeHidden();
    await expect(page.locator('.code-table tbody tr:visible')).toHaveCount(codes.filter((entry) => entry.catalog === 'yr-sdk').length);
    await context.close();
  });

  test('the breadcrumb and the badge of a code page lead to its catalog page', async ({ page }) => {
    await page.goto('zh/codes/4103/');
    await expect(page.locator('nav[aria-label="面包屑导航"] a').nth(1)).toHaveAttribute('href', /\/zh\/catalogs\/yr-rest\/$/);
    await expect(page.locator('article .badge-yr-rest')).toHaveCount(1);
    await page.locator('article a.badge-yr-rest').click();
    await expect(page.locator('h1')).toHaveText('openYuanrong REST API 错误码');
  });
});

test.describe('theme', () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  test('the switch sets light or dark over the system setting, survives a reload, and "Auto" returns to the system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('en/codes/437/');
    const light = await background(page);
    const select = page.getByLabel('Theme');
    await select.selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const dark = await background(page);
    expect(dark).not.toBe(light);
    await page.reload();
    // Set by the blocking theme file before the first paint, not by the deferred module.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background(page)).toBe(dark);
    await expect(select).toHaveValue('dark');
    await select.selectOption('system');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    expect(await background(page)).toBe(light);
  });

  test('without JavaScript the system setting applies and the switch is absent', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('zh/codes/437/');
    await expect(page.locator('[data-theme-switch]')).toBeHidden();
    const dark = await background(page);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await background(page);
    expect(dark).not.toBe(light);
    // slate-950 in the dark, white in the light.
    expect(dark).toMatch(/^oklch\(0\.1/);
    expect(light).toMatch(/^(oklch\(1 0 0\)|rgb\(255, 255, 255\))$/);
    await expect(page.locator('#site-nav')).toBeAttached();
    await context.close();
  });

  test('the handler diagram has a dark drawing for the dark theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('en/concepts/handler/');
    await expect(page.locator('img[data-diagram="dark"]')).toBeVisible();
    await expect(page.locator('img[data-diagram="light"]')).toBeHidden();
  });
});

test.describe('code blocks', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('are highlighted by class and have a copy button that copies the code', async ({ page }) => {
    await page.goto('en/concepts/handler/');
    const block = page.locator('.code-block').filter({ has: page.locator('pre[data-language="python"]') });
    await expect(block.locator('.tok-keyword').first()).toHaveText('def');
    await block.getByRole('button', { name: 'Copy this code' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await block.locator('pre').innerText());
  });
});
