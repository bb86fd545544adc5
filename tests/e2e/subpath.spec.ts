/**
 * Every request a page makes stays under the deploy base and succeeds, search results stay under it,
 * and the language switch keeps it. Runs at `/` and again under BASE_PATH=/errors/ (npm run test:subpath).
 */
import { expect, test } from '@playwright/test';
import { watchRequests } from './network.ts';

for (const path of ['', 'en/', 'zh/codes/437/', 'en/concepts/handler/', 'codes/437/']) {
  test(`/${path}: every request stays under the base and succeeds`, { tag: '@subpath' }, async ({ page, baseURL }) => {
    const failures: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(baseURL!)) failures.push(`outside base: ${request.url()}`);
    });
    const requests = watchRequests(page);
    await page.goto(path);
    await requests.settled();
    // Links to other origins (the report link, public sources) are the dist checks' allow list's business.
    const { origin } = new URL(baseURL!);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    const internal = hrefs.filter((href) => new URL(href).origin === origin);
    expect(internal.length).toBeGreaterThan(0);
    for (const href of internal) expect(href.startsWith(baseURL!), href).toBe(true);
    expect(failures).toEqual([]);
  });
}

test('search results and the language switch stay under the base', { tag: '@subpath' }, async ({ page, baseURL }) => {
  await page.goto('en/codes/437/');
  await page.locator('#site-search').fill('etcd');
  const option = page.locator('#site-search-results [role="option"]').first();
  await expect(option).toBeVisible();
  expect(await option.getAttribute('data-url')).toMatch(new RegExp(`^${new URL(baseURL!).pathname}en/`));
  await option.click();
  await expect(page).toHaveURL(new RegExp(`^${baseURL}en/codes/\\d+/$`));
  await page.locator('a[data-lang-switch]').click();
  await expect(page).toHaveURL(new RegExp(`^${baseURL}zh/codes/\\d+/$`));
});
