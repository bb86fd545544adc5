import { launch, searchMetrics } from '/work/wt/search/scripts/bench/browser.mjs';
const browser = await launch();
for (const [lang, q] of [['en', 'timeout'], ['zh', '超时']]) {
  const m = await searchMetrics(browser, 'http://localhost:4413', lang, [q, 'memory', '437']);
  console.log(lang, q, (m.firstSearchBytes / 1024).toFixed(1), 'KB', m.firstSearchMs.toFixed(0), 'ms', 'first visit', m.firstVisitRequests, (m.firstVisitBytes/1024).toFixed(1));
}
await browser.close();
