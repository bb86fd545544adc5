/** A first visit to a code page makes at most BUDGETS.firstVisitRequests requests before any search, and no font requests. */
import { expect, test } from '@playwright/test';
import { BUDGETS } from '../../src/lib/site/budgets.ts';
import { watchRequests } from './network.ts';

for (const path of ['en/codes/437/', 'zh/codes/4008/']) {
  test(`first visit to /${path}: few requests, no fonts, nothing remote`, async ({ page, baseURL }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const open = watchRequests(page);
    await page.goto(path);
    await open.settled();
    const origin = new URL(baseURL!).origin;
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    expect(requests.filter((url) => /\.(woff2?|ttf|otf)(\?|$)/.test(url))).toEqual([]);
    const counted = requests.filter((url) => !url.startsWith('data:'));
    expect(counted.length, counted.join('\n')).toBeLessThanOrEqual(BUDGETS.firstVisitRequests);
  });
}
