/**
 * Under the shipped policy no page type triggers a CSP violation, and search, the copy buttons and
 * the language switch still work. The `strict` project serves `_headers` (tests/server.mjs), the
 * `nginx` project a real nginx with the generated server block; both pages also carry the policy
 * as `<meta>`, and one test strips the header to stand for hosts that cannot send it. Framing is
 * refused, which only the header can do.
 */
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/site/hosting.ts';
import { watchRequests } from './network.ts';

/** Collects CSP violations and script errors reported by the browser. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

/**
 * Waits for what a page's on-demand scripts show once they have run, so that their requests (Pagefind
 * and its WebAssembly, the lookup data) fall inside the check: on a busy machine, half a second
 * without network can pass between a download and the code that uses it, and waiting for the network
 * alone would end the check early.
 */
async function scriptsDone(page: Page, path: string): Promise<void> {
  if (path === '' || path === 'codes/437/') await expect(page).toHaveURL(/\/(en|zh)\/(codes\/437\/)?$/);
  else if (path.includes('search/?q=')) await expect(page.locator('[data-search-page-status]')).toHaveText(/\d/);
  else if (path.includes('/catalogs/')) await expect(page.locator('[data-catalog-filter]')).toBeVisible();
  else if (path.endsWith('/9999/')) await expect(page.locator('[data-not-found-suggestions]')).toBeVisible();
}

const pageTypes = ['', 'en/', 'zh/', 'en/catalogs/yr-rest/', 'en/codes/437/', 'zh/codes/437/', 'zh/codes/437', 'en/concepts/handler/', 'zh/search/?q=437', 'en/search/?q=timeout', 'codes/437/', 'zh/codes/9999/'];

for (const path of pageTypes) {
  test(`no CSP violation on /${path}`, async ({ page }) => {
    const problems = watch(page);
    const requests = watchRequests(page);
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    await scriptsDone(page, path);
    await requests.settled();
    expect(problems).toEqual([]);
  });
}

test('under the CSP, search returns results and the language switch works', { tag: '@subpath' }, async ({ page }) => {
  const problems = watch(page);
  await page.goto('en/codes/437/');
  await page.locator('#site-search').fill('timeout');
  await expect(page.locator('#site-search-results [role="option"]').first()).toBeVisible();
  await page.locator('a[data-lang-switch]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(problems).toEqual([]);
});

test.describe('with the policy only in <meta> (GitHub Pages, plain object storage)', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the meta policy is enforced; search, copy and the language switch work', { tag: '@subpath' }, async ({ page }) => {
    // Every response loses its Content-Security-Policy header, as on a host that cannot set one.
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => name.toLowerCase() !== 'content-security-policy'));
      await route.fulfill({ response, headers });
    });
    const problems = watch(page);
    const response = await page.goto('en/codes/437/');
    expect(response?.headers()['content-security-policy']).toBeUndefined();

    await page.locator('#site-search').fill('timeout');
    await expect(page.locator('#site-search-results [role="option"]').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('[data-copy-status]')).toHaveText('Copied to the clipboard.');
    await page.locator('a[data-lang-switch]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    expect(problems).toEqual([]);

    // The proof that the meta tag is a policy and not decoration: it refuses an injected inline script.
    const refused = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true });
          const script = document.createElement('script');
          script.textContent = 'document.documentElement.dataset.injected = "yes"';
          document.head.append(script);
        }),
    );
    expect(refused).toBe('script-src-elem');
    await expect(page.locator('html')).not.toHaveAttribute('data-injected', 'yes');
    // Requests still in flight when the test ends would otherwise fail their route handler.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });
});

test('no other page can frame the reference: frame-ancestors, which only the header carries', { tag: '@subpath' }, async ({ page, baseURL }) => {
  const refused = new Promise<string>((resolve) => {
    page.on('console', (message) => {
      if (/frame-ancestors/.test(message.text())) resolve(message.text());
    });
  });
  await page.setContent(`<iframe title="framed" src="${new URL('en/codes/437/', baseURL).href}"></iframe>`);
  expect(await refused).toContain("frame-ancestors 'none'");
  // The browser shows its own error page in the frame instead of ours.
  await expect(page.frameLocator('iframe').getByText('HandlerNotFound')).toHaveCount(0);
});
