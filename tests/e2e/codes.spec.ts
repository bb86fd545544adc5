/** Every code page, in both languages: the page a reader lands on from a ticket link. */
import { expect, test } from '@playwright/test';
import { codes, LANGS, SCF_CODES, YR_REST_CODES, YR_SDK_CODES } from './content.ts';

for (const [catalog, fixed] of [['scf', SCF_CODES], ['yr-sdk', YR_SDK_CODES], ['yr-rest', YR_REST_CODES]] as const) {
  test(`no ${catalog} code of the source documents is missing from the content`, () => {
    const present = new Set(codes.filter((c) => c.catalog === catalog).map((c) => c.code));
    expect(fixed.filter((code) => !present.has(code))).toEqual([]);
    expect(present.size).toBe(fixed.length);
  });
}

test('every REST page shows its exact platform message in both languages', async ({ page }) => {
  const rest = codes.filter((c) => c.catalog === 'yr-rest');
  expect(rest.length).toBe(YR_REST_CODES.length);
  for (const { lang } of LANGS) {
    for (const entry of rest) {
      await page.goto(`${lang}/codes/${entry.code}/`);
      await expect(page.locator('#facts [data-exact-name]'), `${lang} ${entry.code}`).toHaveText(entry.name!);
    }
  }
});

for (const { lang, htmlLang } of LANGS) {
  for (const entry of codes) {
    test(`${lang}/codes/${entry.code} renders with its code, name and language`, async ({ page }) => {
      const response = await page.goto(`${lang}/codes/${entry.code}/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', htmlLang);
      const h1 = page.locator('h1');
      await expect(h1).toContainText(entry.code);
      if (entry.name) await expect(h1).toContainText(entry.name);
      await expect(page).toHaveTitle(new RegExp(`^${entry.code}\\b`));
      await expect(page.locator('#meaning h2')).toBeVisible();
      expect(await page.locator('#fix ol > li').count()).toBeGreaterThan(0);
      for (const older of entry.olderNames) await expect(page.locator('#facts')).toContainText(older);
      for (const related of entry.related) {
        await expect(page.locator(`#related a[href$="/${lang}/codes/${related}/"]`)).toHaveCount(1);
      }
      if (entry.catalog === 'scf' && ['403', '440', '532'].includes(entry.code)) {
        await expect(page.locator('[role="note"]')).toBeVisible();
      }
    });
  }
}
