import { launch } from '/work/wt/search/scripts/bench/browser.mjs';
const b = await launch(); const page = await b.newPage();
for (const [lang, q] of [['zh', '镜像 香蕉苹果'], ['en', 'image zzqxv'], ['en', 'image pull banana'], ['zh', '镜像 zzqxv']]) {
  await page.goto(`http://localhost:4413/${lang}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForTimeout(1500);
  console.log(q, await page.locator('[data-search-page-closest]').isVisible(), await page.locator('main [data-search-page-results] li').count());
}
await b.close();
