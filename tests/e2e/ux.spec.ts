/**
 * The answer first, on every screen (issue 20): what a support engineer meets between a pasted error
 * and the first fix step, and the small things that got in the way. Layout checks at every width are
 * in layout.spec.ts; these are the behaviours: the paste notice and the fix near the top, facts that
 * fold on phones, "On this page" with permalinks and the section being read, copy texts that agree,
 * the copy fallback, the search page's catalog and help, Chinese excerpts, the 404 page, punctuation,
 * the JSON API link.
 */
import { expect, test, type Page } from '@playwright/test';
import { DIAGNOSIS_KEY } from '../../src/lib/search/diagnosis-key.ts';

/** Opens a code page as the search does after a pasted error matched one of its messages. */
async function openFromPaste(page: Page, path: string, diagnosis: Record<string, unknown>): Promise<void> {
  await page.goto(path);
  await page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [DIAGNOSIS_KEY, JSON.stringify(diagnosis)] as const);
  await page.reload();
}

const TIMEOUT_PASTE = { code: '433', template: 'Invoking task timed out after {seconds} seconds', values: { seconds: '3' }, paste: 'Invoking task timed out after 3 seconds' };

test.describe('from a paste to the fix', () => {
  for (const { width, height } of [
    { width: 360, height: 740 },
    { width: 390, height: 844 },
  ]) {
    test(`on a ${width} px phone the fix starts within two screens, with and without a paste`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      for (const path of ['en/codes/433/', 'en/codes/434/', 'zh/codes/437/', 'en/codes/4103/', 'en/codes/ResourceNotFound.Function/']) {
        await page.goto(path);
        const top = await page.locator('#fix').evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
        expect(top, `${path}: #fix at ${top} px`).toBeLessThan(2 * height);
      }
      await openFromPaste(page, 'en/codes/433/', TIMEOUT_PASTE);
      await expect(page.locator('main [data-diagnosis]')).toBeVisible();
      const top = await page.locator('#fix').evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
      expect(top, `433 after a paste: #fix at ${top} px`).toBeLessThan(2 * height);
    });
  }

  test('the paste notice is at the top: what matched with the reader\'s values, what they mean, and a link to the fix', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await openFromPaste(page, 'en/codes/433/', TIMEOUT_PASTE);
    const notice = page.locator('main [data-diagnosis]');
    await expect(notice).toBeInViewport();
    await expect(notice).toContainText('Your paste matched this code');
    await expect(notice.locator('[data-diagnosis-message]')).toHaveText('Invoking task timed out after 3 seconds');
    await expect(notice.locator('[data-diagnosis-message] strong')).toHaveText('3');
    // The seen-as note says what the value is: the configured execution timeout.
    await expect(notice).toContainText('configured execution timeout');
    const facts = await page.locator('#facts').boundingBox();
    expect((await notice.boundingBox())!.y).toBeLessThan(facts!.y);
    await notice.getByRole('link', { name: /Jump to the fix/ }).click();
    await expect(page).toHaveURL(/#fix$/);
    await expect(page.locator('#fix-heading')).toBeInViewport();
  });

  test('"Jump to the fix" is under the summary of every code page, paste or not', async ({ page }) => {
    for (const path of ['en/codes/200/', 'zh/codes/4103/', 'en/codes/DryRunOperation/']) {
      await page.goto(path);
      await expect(page.locator('header [data-jump-to-fix]')).toHaveAttribute('href', '#fix');
    }
  });

  test('"At a glance" folds on phones and opens with a tap (no script needed); on wide screens it is simply there', async ({ browser }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await page.goto('en/codes/433/');
      const facts = page.locator('#facts');
      await expect(facts.getByRole('heading', { name: 'At a glance' })).toBeVisible();
      await expect(facts.locator('dl')).toBeHidden();
      await facts.locator('summary').click();
      await expect(facts.locator('[data-retry]')).toHaveText('No, fix the cause first.');
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.reload();
      await expect(facts.locator('summary')).toBeHidden();
      await expect(facts.locator('[data-retry]')).toBeVisible();
      await context.close();
    }
  });
});

test.describe('On this page, permalinks and the section being read', () => {
  test('every section heading of a code page has a named permalink, shown on focus', async ({ page }) => {
    await page.goto('en/codes/433/');
    const headings = page.locator('article .heading-row > h2');
    const count = await headings.count();
    expect(count).toBeGreaterThanOrEqual(6);
    for (let i = 0; i < count; i += 1) {
      const row = page.locator('article .heading-row').nth(i);
      const text = (await row.locator('h2').textContent())!.trim();
      const link = row.getByRole('link', { name: `Link to the section ${text}` });
      await expect(link).toHaveAttribute('href', /^#/);
    }
    const fix = page.getByRole('link', { name: 'Link to the section How to fix it' });
    await fix.focus();
    await expect(fix).toHaveCSS('opacity', '1');
    await expect(fix).toHaveAttribute('href', '#fix');
    // The heading itself keeps its own text: the outline a screen reader lists is unchanged.
    await expect(page.getByRole('heading', { name: 'How to fix it', exact: true })).toBeVisible();
  });

  test('concept and sources pages have "On this page" and permalinks too, in both languages', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    for (const path of ['en/concepts/timeouts/', 'zh/concepts/api-errors/', 'en/sources/', 'zh/sources/']) {
      await page.goto(path);
      await expect(page.locator('details.toc-folded')).toHaveCount(1);
      const toc = page.getByRole('navigation', { name: /On this page|本页内容/ });
      await expect(toc).toBeVisible();
      const targets = await toc.locator('a').evaluateAll((links) => links.map((a) => decodeURIComponent((a as HTMLAnchorElement).hash.slice(1))));
      expect(targets.length).toBeGreaterThan(2);
      for (const id of targets) await expect(page.locator(`[id="${id}"]`), `${path}#${id}`).toHaveCount(1);
      expect(await page.locator('main .permalink').count()).toBeGreaterThanOrEqual(targets.length);
    }
  });

  test('on a phone "On this page" is folded near the top and works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto('zh/codes/437/');
    const toc = page.locator('details.toc-folded');
    await expect(toc.getByRole('link', { name: '解决方法' })).toBeHidden();
    await toc.getByText('本页内容').click();
    await toc.getByRole('link', { name: '解决方法' }).click();
    await expect(page).toHaveURL(/#fix$/);
    await expect(page.locator('#fix-heading')).toBeInViewport();
    await context.close();
  });

  test('the link of the section being read is marked as the reader scrolls', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('en/codes/433/');
    const toc = page.locator('nav.toc');
    await page.locator('#fix').evaluate((element) => element.scrollIntoView());
    await expect(toc.locator('a[aria-current="true"]')).toHaveAttribute('href', '#fix');
    await page.locator('#sources').evaluate((element) => element.scrollIntoView());
    await expect(toc.locator('a[aria-current="true"]')).toHaveAttribute('href', '#sources');
    await expect(toc.locator('a[aria-current]')).toHaveCount(1);
  });
});

test.describe('copy for tickets', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the link and the summary carry the same link; the summary has the first fix step and, after a paste, the reader\'s message', async ({ page }) => {
    await openFromPaste(page, 'en/codes/433/', TIMEOUT_PASTE);
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('[data-copy-status]')).toHaveText('Copied to the clipboard.');
    const link = await clipboard();
    expect(link).toMatch(/^http:\/\/[^/]+\/codes\/433\/$/);
    await page.getByRole('button', { name: 'Copy summary' }).click();
    await expect(page.locator('[data-copy-status]')).toHaveText('Copied to the clipboard.');
    const summary = (await clipboard()).split('\n');
    expect(summary.at(-1)).toBe(link);
    expect(summary).toContain('Retry: No, fix the cause first.');
    const step = summary.find((line) => line.startsWith('First step: '));
    expect(step).toBeDefined();
    expect((await page.locator('#fix li').first().innerText()).startsWith(step!.slice('First step: '.length, 'First step: '.length + 30))).toBe(true);
    expect(summary).toContain('From your paste: Invoking task timed out after 3 seconds');
    expect(summary.join('\n')).not.toMatch(/: [^\n]*: /);
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(page.locator('[data-copy-status]')).toHaveText('Copied to the clipboard.');
    const markdown = await clipboard();
    expect(markdown).toContain('- **From your paste:** `Invoking task timed out after 3 seconds`');
    expect(markdown.trim().endsWith(`- <${link}>`)).toBe(true);
  });

  test('Chinese summaries use full-width colons and no doubled label', async ({ page }) => {
    await page.goto('zh/codes/430/');
    await page.getByRole('button', { name: '复制摘要' }).click();
    await expect(page.locator('[data-copy-status]')).toHaveText('已复制到剪贴板。');
    const summary = await page.evaluate(() => navigator.clipboard.readText());
    expect(summary).toMatch(/\n重试建议：[^：\n]+\n/);
    expect(summary).toMatch(/\n第一步：/);
    expect(summary).not.toMatch(/[\u3400-\u9fff]: /);
  });
});

test('where the browser refuses the clipboard, the text is shown selected with how to copy it by hand', async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')), readText: () => Promise.reject(new Error('denied')) } });
  });
  const page = await context.newPage();
  await page.goto('en/codes/437/');
  await page.getByRole('button', { name: 'Copy summary' }).click();
  const box = page.getByRole('textbox', { name: 'Text to copy' });
  await expect(box).toBeVisible();
  await expect(box).toBeFocused();
  await expect(page.locator('[data-copy-status]')).toContainText('Ctrl+C');
  const { value, selected } = await box.evaluate((area: HTMLTextAreaElement) => ({ value: area.value, selected: area.value.slice(area.selectionStart, area.selectionEnd) }));
  expect(value).toMatch(/^Tencent Cloud SCF 437 HandlerNotFound · /);
  expect(selected).toBe(value);
  // A code block's Copy selects the code and says so.
  await page.goto('en/concepts/handler/');
  const block = page.locator('.code-block').first();
  await block.getByRole('button', { name: 'Copy this code' }).click();
  await expect(block.getByRole('status')).toBeVisible();
  await expect(block.getByRole('status')).toContainText('Ctrl+C');
  expect(await page.evaluate(() => window.getSelection()?.toString().trim())).toBe((await block.locator('pre').innerText()).trim());
  await context.close();
});

test.describe('search', () => {
  test('the header box offers a concept page for a question about a situation', async ({ page }) => {
    await page.goto('en/');
    await page.locator('#site-search').fill('which timeout should I raise');
    await expect(page.locator('#site-search-results [role="option"]').first()).toHaveAttribute('data-url', /\/en\/concepts\/timeouts\/$/);
  });

  test('the search page keeps the catalog id in the URL, across the language switch', async ({ page }) => {
    await page.goto('en/search/?q=FunctionNotFound');
    await page.locator('select[name="catalog"]').selectOption({ label: 'openYuanrong REST API' });
    await expect(page).toHaveURL(/[?&]catalog=yr-rest(&|$)/);
    await expect(page.locator('main [data-search-page-results] a').first()).toHaveAttribute('href', /\/codes\/4115\/$/);
    await page.locator('a[data-lang-switch]').click();
    await expect(page).toHaveURL(/\/zh\/search\/\?q=FunctionNotFound&catalog=yr-rest$/);
    await expect(page.locator('select[name="catalog"]')).toHaveValue('yr-rest');
    await expect(page.locator('main [data-search-page-results] a').first()).toHaveAttribute('href', /\/zh\/codes\/4115\/$/);
    // A link from before, which named the catalog by its label, still selects it.
    await page.goto(`en/search/?q=FunctionNotFound&catalog=${encodeURIComponent('openYuanrong REST API')}`);
    await expect(page.locator('select[name="catalog"]')).toHaveValue('yr-rest');
  });

  test('"Searching…" and the help box are never on screen together', async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { both: string[] }).both = seen;
      new MutationObserver(() => {
        const status = document.querySelector('[data-search-page-status]');
        const help = document.querySelector<HTMLElement>('[data-search-help]');
        if (status && help && /…/.test(status.textContent ?? '') && !help.hidden) seen.push(status.textContent ?? '');
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    for (const query of ['timeout', '超时', 'FunctionNotFound']) {
      await page.goto(`en/search/?q=${encodeURIComponent(query)}`);
      await expect(page.locator('[data-search-page-status]')).toHaveText(/result/);
    }
    expect(await page.evaluate(() => (window as unknown as { both: string[] }).both)).toEqual([]);
  });

  test('Chinese excerpts mark whole words, not lone characters, and read as Chinese', async ({ page }) => {
    await page.goto(`zh/search/?q=${encodeURIComponent('函数 运行 超时')}`);
    const excerpts = page.locator('[data-search-page-results] li span.block.text-xs:has(mark)');
    // The page's full-text results come after Pagefind loads, which a busy machine slows: the same
    // allowance as the other tests of the search page.
    await expect(excerpts.first()).toBeVisible({ timeout: 30_000 });
    for (const html of await excerpts.evaluateAll((spans) => spans.map((span) => span.innerHTML))) {
      expect(html).not.toMatch(/<\/mark><mark>/);
      expect(html).not.toMatch(/<mark>[\u3400-\u9fff]<\/mark>/);
      expect(html).not.toMatch(/[\u3400-\u9fff](<\/mark>)?\. /);
      expect(html).not.toMatch(/^\s*\./);
    }
  });
});

test.describe('404 pages', () => {
  test('a mistyped concept suggests the concept pages; the search link and the language switch keep the path', async ({ page }) => {
    const response = await page.goto('en/concepts/timeout/');
    expect(response?.status()).toBe(404);
    const suggestions = page.locator('[data-not-found-suggestions]');
    await expect(suggestions.getByRole('heading')).toHaveText('Pages with a similar name');
    await expect(suggestions.getByRole('link').first()).toHaveAttribute('href', /\/en\/concepts\/timeouts\/$/);
    await expect(page.getByRole('link', { name: 'Search the reference for “timeout”' })).toHaveAttribute('href', /\/en\/search\/\?q=timeout$/);
    await expect(page.locator('a[data-lang-switch]')).toHaveAttribute('href', /\/zh\/concepts\/timeout\/$/);
    await page.locator('a[data-lang-switch]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('[data-not-found-suggestions] a').first()).toHaveAttribute('href', /\/zh\/concepts\/timeouts\/$/);
  });

  test('a mistyped catalog and a mistyped name get pages and codes by name, headed as such', async ({ page }) => {
    await page.goto('en/catalogs/scf-apl/');
    await expect(page.locator('[data-not-found-suggestions] a').first()).toHaveAttribute('href', /\/en\/catalogs\/scf-api\/$/);
    await page.goto('zh/codes/TimeLimit/');
    await expect(page.locator('[data-not-found-suggestions] h2')).toHaveText('名称相近的错误码');
    await page.goto('zh/codes/4330/');
    // The page ships this heading as its default: it proves the script's choice only once the script
    // has filled in and shown the suggestions.
    await expect(page.locator('[data-not-found-suggestions]')).toBeVisible();
    await expect(page.locator('[data-not-found-suggestions] h2')).toHaveText('编号相近的错误码');
    await expect(page.locator('a[data-lang-switch]')).toHaveAttribute('href', /\/en\/codes\/4330\/$/);
  });
});

test('related codes on another platform say so with the page language\'s punctuation', async ({ page }) => {
  await page.goto('zh/codes/435/');
  const note = page.locator('#related li', { has: page.locator('a[href$="/zh/codes/4115/"]') });
  await expect(note).toContainText('（其他平台：openYuanrong）');
  await page.goto('en/codes/435/');
  await expect(page.locator('#related li', { has: page.locator('a[href$="/en/codes/4115/"]') })).toContainText('(another platform: openYuanrong)');
});

test('every page type links the JSON API from its footer, and the link answers', async ({ page, request }) => {
  for (const path of ['en/', 'zh/codes/437/', 'en/catalogs/scf/', 'zh/concepts/handler/', 'en/sources/', 'en/search/', 'zh/codes/99999/']) {
    await page.goto(path);
    const link = page.locator('footer a[data-api-link]');
    await expect(link, path).toBeVisible();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/\/api\/v1\/codes\.json$/);
    const response = await request.get(new URL(href, page.url()).href);
    expect(response.status()).toBe(200);
    expect(((await response.json()) as { codes?: unknown[] }).codes?.length ?? 0).toBeGreaterThan(500);
  }
});
