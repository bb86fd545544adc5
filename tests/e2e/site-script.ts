/** Waiting for the site script on a page the test did not open with `page.goto`. */
import { expect, type Page } from '@playwright/test';

/**
 * Resolves once the site script has run on the current page. After a click or a script redirect,
 * `toHaveURL` passes when the new page commits, before its deferred module runs; a language switch
 * clicked then is a plain link that neither remembers the choice nor keeps `#fragment` and `?q=`.
 * The script shows the theme switch in the same synchronous run that wires the language switch and
 * the search shortcuts, so once it is visible they are wired.
 */
export async function siteScriptRan(page: Page): Promise<void> {
  await expect(page.locator('[data-theme-switch]')).toBeVisible();
}
