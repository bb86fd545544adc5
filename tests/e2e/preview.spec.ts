/** The README's serve command (`astro preview`) honours the URL contract, slash or no slash. */
import { expect, test } from '@playwright/test';

for (const path of ['zh/codes/437', 'zh/codes/437/', 'en/codes/437']) {
  test(`astro preview opens /${path}`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toContainText('437 HandlerNotFound');
  });
}
