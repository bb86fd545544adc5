import { launch } from '/work/wt/search/scripts/bench/browser.mjs';
const browser = await launch();
for (const q of ['超时', '超', '时', '执行超时', '超时 ']) {
  const page = await browser.newPage();
  await page.goto('http://localhost:4413/zh/', { waitUntil: 'networkidle' });
  const reqs = [];
  page.on('requestfinished', (r) => { if (r.url().includes('pf_index')) reqs.push(r.url().slice(-22)); });
  const n = await page.evaluate(async (q) => { const pf = await import('/pagefind/pagefind.js'); await pf.options({ noWorker: true }); await pf.init(); const r = await pf.search(q); return r.results.length; }, q);
  await page.waitForTimeout(300);
  console.log(JSON.stringify(q), n, reqs);
  await page.close();
}
await browser.close();
