import { launch } from '/work/wt/search/scripts/bench/browser.mjs';
const browser = await launch();
for (const [lang, q] of [['en', 'timeout'], ['zh', '超时']]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0, requests = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  const urls = new Map(); cdp.on('Network.requestWillBeSent', (e) => { requests += 1; urls.set(e.requestId, e.request.url); }); cdp.on('Network.loadingFinished', (e) => console.log('   ', urls.get(e.requestId)?.slice(21, 90), e.encodedDataLength));
  await page.goto(`http://localhost:4413/${lang}/codes/437/`, { waitUntil: 'networkidle' });
  const before = bytes, r0 = requests;
  await page.locator('#site-search').focus();
  await page.locator('#site-search').pressSequentially(q, { delay: 80 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  console.log(lang, q, ((bytes - before) / 1024).toFixed(1), 'KB', requests - r0, 'requests');
  await context.close();
}
await browser.close();
