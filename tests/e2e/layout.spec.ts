/**
 * The reader's layout, looked at in a browser: every page type at 320, 360, 390 and 1440 px (in dark too
 * where the theme swaps a drawing) has no horizontal scrolling, the navigation column and "on this page" sit where they
 * should (beside the page on wide screens, a folded list in it on phones), identifiers in titles,
 * tables, samples and search results never wrap inside a word, anchors land clear of the sticky
 * header, and targets are at least 24 px (44 px for catalog rows and cards); plus the catalog filter,
 * the theme switch, code blocks and the dark diagram.
 */
import { expect, test, type Page } from '@playwright/test';
import { codes } from './content.ts';

const WIDTHS = [320, 360, 390, 1440] as const;
const PAGES = [
  { type: 'home', path: 'en/' },
  { type: 'catalog', path: 'zh/catalogs/yr-rest/' },
  { type: 'catalog', path: 'en/catalogs/scf/' },
  { type: 'catalog', path: 'zh/catalogs/scf-api/' },
  { type: 'code', path: 'en/codes/4103/' },
  { type: 'code', path: 'zh/codes/438/' },
  // Long link texts (sources of seen-as strings) and long fix steps.
  { type: 'code', path: 'en/codes/433/' },
  { type: 'code', path: 'zh/codes/434/' },
  { type: 'code', path: 'en/codes/UnsupportedOperation.UpdateFunctionEventInvokeConfig/' },
  // A long unknown code, quoted back by the 404 page.
  { type: '404', path: 'en/codes/UnsupportedOperation.UpdateFunctionEventInvokeConfiguration/' },
  { type: 'concept', path: 'en/concepts/handler/' },
  // The equivalents matrix: a table that scrolls in its own region, cards on phones.
  { type: 'equivalents', path: 'en/equivalents/' },
  { type: 'equivalents', path: 'zh/equivalents/' },
  // Tables with identifiers and numbers in their cells.
  { type: 'concept', path: 'en/concepts/concurrency/' },
  { type: 'concept', path: 'zh/concepts/timeouts/' },
  { type: 'sources', path: 'en/sources/' },
  { type: 'search', path: 'en/search/?q=timeout' },
  { type: 'search', path: 'zh/search/?q=超时' },
  { type: '404', path: 'zh/codes/99999/' },
] as const;

/**
 * Text inside `selector` that wraps between two non-space characters of one text node. Allowed
 * breaks in identifiers are <wbr> elements, which split the text into separate nodes, so any such
 * wrap is a word cut in two — unless the word alone is wider than the line it is in (a long URL or
 * token in a sample), where breaking it is the only way to keep the page from scrolling sideways.
 */
function midWordBreaks(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    for (const root of document.querySelectorAll(selector)) {
      if (!(root as HTMLElement).offsetParent && getComputedStyle(root).position !== 'fixed') continue;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const range = document.createRange();
        // Most text sits on one line: its whole range has one line's boxes, and the character walk,
        // which is what makes this check slow on long pages, is needed only where it wraps.
        range.selectNodeContents(node);
        const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
        if (lines.every((rect) => Math.abs(rect.top - lines[0]!.top) <= 2)) continue;
        let previousTop: number | undefined;
        for (let i = 0; i < text.length; i += 1) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect || rect.width === 0) continue;
          // Chinese breaks between any two characters, and any text after a hyphen or a dash.
          const allowed = /[\u2e80-\u9fff\uf900-\uffef\u3000-\u303f]/.test(text[i - 1]! + text[i]!) || /[-–—]/.test(text[i - 1]!);
          if (previousTop !== undefined && rect.top > previousTop + 2 && !allowed && /\S/.test(text[i - 1]!) && /\S/.test(text[i]!)) {
            let start = i;
            while (start > 0 && /\S/.test(text[start - 1]!)) start -= 1;
            let end = i;
            while (end < text.length && /\S/.test(text[end]!)) end += 1;
            const block = node.parentElement!.closest('li, p, td, th, dd, div, span.block, code.block, pre') ?? node.parentElement!;
            const word = document.createElement('span');
            word.textContent = text.slice(start, end);
            word.style.whiteSpace = 'nowrap';
            word.style.position = 'absolute';
            word.style.font = getComputedStyle(node.parentElement!).font;
            document.body.append(word);
            const style = getComputedStyle(block);
            const wider = word.getBoundingClientRect().width > block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            word.remove();
            if (!wider) found.push(`${text.slice(0, i)}|${text.slice(i)}`);
          }
          previousTop = rect.top;
        }
      }
    }
    return found;
  }, selector);
}

/** Identifiers and code numbers: titles, tables (catalog and prose), samples, search results. */
const IDENTIFIERS = 'h1 .ident, .code-table .ident, .code-table td:first-child a, .doc td, .doc th, [data-seen-as] code, [data-search-page-results] .ident';

/** Small controls that must still be 24 × 24 px targets (WCAG 2.5.8). */
const SMALL_TARGETS = 'nav[aria-label="Breadcrumbs"] a, nav[aria-label="面包屑导航"] a, .site-nav h2 a, a.badge, .code-block button, .permalink, footer a';

// One load per page and scheme, then each width by resizing: the widths share the page's scripts and
// data, and loading the page once per width made this file a third of the browser tests' time.
// Scripts do not read the width (the layout switches in CSS), so a resized page is what a reader
// who opened it at that width sees.
//
// The dark theme changes colors only (every `dark:` utility in src/ sets a text, border, background
// or outline color) except where it swaps a drawing (the handler diagram's two pictures), so the dark
// pass covers the pages holding such a drawing; running every page twice cost a minute of the browser
// tests for the same boxes.
const THEMED_PAGES = PAGES.filter(({ path }) => path.includes('concepts/handler'));
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(colorScheme, () => {
    test.use({ viewport: { width: WIDTHS[0], height: 800 }, colorScheme });

    for (const { type, path } of colorScheme === 'light' ? PAGES : THEMED_PAGES) {
      test(`${type} /${path} at ${WIDTHS.join(', ')} px: no horizontal scrolling, identifiers whole, targets big enough`, async ({ page }) => {
        const load = async () => {
          await page.goto(path);
          if (type === 'search') await expect(page.locator('[data-search-page-results] li').first()).toBeVisible({ timeout: 30_000 });
          // Measured as the reader sees them once the on-demand scripts have run (they can run after
          // the load event on a busy machine): the filter above the table, the 404's quoted code and its
          // suggestions.
          if (type === 'catalog') await expect(page.locator('[data-catalog-filter]')).toBeVisible();
          if (type === '404') await expect(page.locator('[data-not-found-suggestions]')).toBeVisible();
        };
        await load();
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, 'page wider than the viewport').toBeLessThanOrEqual(0);
          expect(await midWordBreaks(page, IDENTIFIERS)).toEqual([]);
          const small = await page.locator(SMALL_TARGETS).evaluateAll((elements) =>
            elements
              .map((element) => ({ element, box: element.getBoundingClientRect() }))
              .filter(({ box }) => box.width > 0 && box.height > 0)
              .filter(({ box }) => box.width < 23.5 || box.height < 23.5)
              .map(({ element, box }) => `${element.textContent?.trim()} ${Math.round(box.width)}×${Math.round(box.height)}`),
          );
          expect(small, 'targets under 24 px').toEqual([]);
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
          if (type === 'code') await expect(page.locator('#site-nav [aria-current="page"]')).toHaveCount(1);
          if (type === 'code' || type === 'concept' || type === 'sources') {
            // One "On this page" at a time: beside the page on wide screens (a navigation landmark),
            // folded inside it on phones (a disclosure near the top).
            const column = page.getByRole('navigation', { name: /On this page|本页内容/ });
            const folded = page.locator('details.toc-folded');
            if (width >= 1024) {
              await expect(column).toBeVisible();
              await expect(folded).toBeHidden();
              expect(await column.locator('a').count()).toBeGreaterThan(2);
            } else {
              await expect(column).toHaveCount(0);
              await expect(folded).toBeVisible();
              await expect(folded).not.toHaveAttribute('open');
              expect((await folded.boundingBox())!.y, 'contents near the top on phones').toBeLessThan(1200);
              expect(await folded.locator('a').count()).toBeGreaterThan(2);
            }
          }
          if (type === 'catalog') {
            // The whole row (a card on phones) is the link, and at least 44 px tall.
            const row = page.locator('.code-table tbody tr').first();
            const box = (await row.boundingBox())!;
            expect(box.height).toBeGreaterThanOrEqual(44);
            if (width < 640) expect(box.width).toBeGreaterThan(width - 64);
            const href = await row.locator('a').getAttribute('href');
            // Clicked through the locator, which finds the row again and waits for it to stand still:
            // the filter script can move the table after the box was read on a busy machine.
            await row.click({ position: { x: box.width - 8, y: box.height - 6 } });
            await expect(page).toHaveURL(new RegExp(`${href?.replace(/\./g, '\\.')}$`));
            // Back to the catalog for the next width.
            if (width !== WIDTHS.at(-1)) await load();
          }
        }
      });
    }
  });
}

// The header's stickiness and the folded contents switch at 64rem, and color plays no part in where
// an anchor lands: a phone and a desktop width cover every case.
for (const width of [WIDTHS[0], WIDTHS.at(-1)!]) {
  test.describe(`${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('anchors land below the sticky header: a section link, "On this page", a heading permalink', async ({ page }) => {
      const headerBottom = async () => page.evaluate(() => {
        const header = document.querySelector('body > header')!;
        // The header counts only while it stays on screen (sticky on wide screens).
        return getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
      });
      const clear = async (selector: string) => {
        const top = await page.locator(selector).evaluate((element) => element.getBoundingClientRect().top);
        expect(top, `${selector} under the header`).toBeGreaterThanOrEqual(await headerBottom());
        expect(top, `${selector} not where the link points`).toBeLessThan(200);
      };
      await page.goto('en/codes/433/#fix');
      await clear('#fix-heading');
      await page.goto('zh/sources/#differences');
      await clear('#differences-heading');
      await page.goto('en/concepts/timeouts/');
      const toc = width >= 1024 ? page.locator('nav.toc') : page.locator('details.toc-folded');
      if (width < 1024) await toc.locator('summary').click();
      await toc.getByRole('link').nth(1).click();
      await expect(page).toHaveURL(/#./);
      const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
      await clear(`[id="${id}"]`);
      await page.goto('en/codes/4103/');
      await page.locator('#sources-heading + .permalink').focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#sources$/);
      await clear('#sources-heading');
    });
  });
}

test('on a 320 px phone the header takes two rows in both languages: title, theme and language, then search', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const lang of ['en', 'zh'] as const) {
    await page.goto(`${lang}/codes/433/`);
    // The theme switch is revealed by the site script; measure once it takes its room.
    await expect(page.locator('.site-tools select')).toBeVisible();
    const title = (await page.locator('.site-title').boundingBox())!;
    const tools = (await page.locator('.site-tools').boundingBox())!;
    const search = (await page.locator('.site-search').boundingBox())!;
    expect(tools.y, `${lang}: the tools share the title's row`).toBeLessThan(title.y + title.height);
    expect(search.y, `${lang}: the search box is the second row`).toBeGreaterThanOrEqual(Math.max(title.y + title.height, tools.y + tools.height));
  }
});

test('the mid-word check finds a word cut in two (it is not blind)', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('en/codes/4103/');
  // CSSOM changes are allowed under the CSP (only style attributes in markup are not). With
  // break-all, names that would fit a line of their own are cut where the line ends.
  await page.locator('h1 .ident').last().evaluate((el) => {
    const span = el as HTMLElement;
    span.replaceChildren(document.createTextNode(`${span.textContent} `.repeat(4)));
    span.style.wordBreak = 'break-all';
    span.style.fontSize = '1rem';
  });
  expect((await midWordBreaks(page, IDENTIFIERS)).length).toBeGreaterThan(0);
});

test.describe('catalog page', () => {
  const shownCodes = (page: Page) => page.locator('.code-table tbody tr:visible').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.code));

  test('lists every code; the filter matches as the search does (names, messages, phrases, page text) and by retry, and says so', async ({ page }) => {
    await page.goto('en/catalogs/scf/');
    const rows = page.locator('.code-table tbody tr');
    await expect(rows).toHaveCount(codes.filter((entry) => entry.catalog === 'scf').length);
    const filter = page.getByRole('searchbox', { name: 'Filter this list' });
    const status = page.locator('[data-filter-status]');
    // A word none of these rows has: the search finds it in names, phrases and the pages' text.
    await filter.fill('timeout');
    await expect.poll(() => shownCodes(page)).toEqual(expect.arrayContaining(['433', '446', '447', '450', '499']));
    await expect(status).toHaveText(/^\d+ of 33 codes$/);
    expect(await shownCodes(page)).not.toContain('437');
    // A name in any case and spacing, and a message with its values.
    await filter.fill('handler not found');
    await expect.poll(() => shownCodes(page)).toContain('437');
    await filter.fill('Invoking task timed out after 3 seconds');
    await expect.poll(() => shownCodes(page)).toContain('433');
    // Words no page holds: common words ("no such thing at all") are all on some page (446's), which the
    // full text then finds, once Pagefind answers.
    await filter.fill('xylophone quasar zebu');
    await expect(rows.locator('visible=true')).toHaveCount(0);
    await expect(status).toHaveText('No code in this catalog matches “xylophone quasar zebu”. Clear the filter to see all 33.');
    await filter.fill('');
    await page.getByLabel('Retry').selectOption('yes');
    const retries = await page.locator('.code-table tbody tr:visible').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.retry));
    expect(retries.length).toBeGreaterThan(0);
    expect(new Set(retries)).toEqual(new Set(['yes']));
  });

  test('keeps its query and retry choice in the URL: restored on load, after Back, and across the language switch', async ({ page }) => {
    await page.goto('en/catalogs/scf/');
    await page.getByRole('searchbox', { name: 'Filter this list' }).fill('timeout');
    await page.getByLabel('Retry').selectOption('no');
    await expect(page).toHaveURL(/\?q=timeout&retry=no$/);
    await expect.poll(() => shownCodes(page)).toContain('433');
    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'Filter this list' })).toHaveValue('timeout');
    await expect(page.getByLabel('Retry')).toHaveValue('no');
    await expect.poll(() => shownCodes(page)).toContain('433');
    await page.locator('.code-table tbody tr[data-code="433"] a').click();
    await expect(page).toHaveURL(/\/codes\/433\/$/);
    await page.goBack();
    await expect(page.getByRole('searchbox', { name: 'Filter this list' })).toHaveValue('timeout');
    await expect.poll(() => shownCodes(page)).toContain('433');
    expect(await shownCodes(page)).not.toContain('437');
    await page.locator('a[data-lang-switch]').click();
    await expect(page).toHaveURL(/\/zh\/catalogs\/scf\/\?q=timeout&retry=no$/);
    await expect(page.getByRole('searchbox', { name: '筛选列表' })).toHaveValue('timeout');
    await expect.poll(() => shownCodes(page)).toContain('433');
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

  test('the handler diagram\'s smallest label is at least 11 px on a phone and on a desktop, light and dark', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const width of [320, 360, 390, 1440]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto('zh/concepts/handler/');
        const image = page.locator(`img[data-diagram="${colorScheme}"]`);
        await expect(image).toBeVisible();
        // The drawing's own smallest font size, scaled by how wide it is drawn against its viewBox.
        const { smallest, scale } = await image.evaluate(async (img: HTMLImageElement) => {
          const svg = await (await fetch(img.currentSrc)).text();
          const viewBoxWidth = Number(/viewBox="[\d.]+ [\d.]+ ([\d.]+)/.exec(svg)![1]);
          const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((match) => Number(match[1]));
          const style = getComputedStyle(img);
          const drawn = img.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return { smallest: Math.min(...sizes), scale: drawn / viewBoxWidth };
        });
        expect(smallest * scale, `${colorScheme} at ${width} px`).toBeGreaterThanOrEqual(11);
      }
    }
  });
});

test.describe('code blocks', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('are highlighted by class and have a copy button that copies the code', async ({ page }) => {
    await page.goto('en/concepts/handler/');
    const block = page.locator('.code-block').filter({ has: page.locator('pre[data-language="python"]') });
    await expect(block.locator('.tok-keyword').first()).toHaveText('def');
    await block.getByRole('button', { name: 'Copy this code' }).click();
    // The write is asynchronous; the clipboard holds the code once the status says so.
    await expect(block.getByRole('status')).toHaveText('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await block.locator('pre').innerText());
  });
});
