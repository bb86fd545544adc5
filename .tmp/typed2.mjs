import { launch } from '/work/wt/search/scripts/bench/browser.mjs';
const browser = await launch();
for (const [lang, q] of [['en', 'timeout'], ['zh', '超时']]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let counting = false; const sizes = []; const names = [];
  context.on('requestfinished', async (r) => { if (!counting) return; const s = await r.sizes(); sizes.push(s.responseBodySize + s.responseHeadersSize); names.push(r.url().replace(/^.*\/\/[^/]+/, '')); });
  await page.goto(`http://localhost:4413/${lang}/codes/437/`, { waitUntil: 'networkidle' });
  counting = true;
  await page.locator('#site-search').focus();
  await page.locator('#site-search').pressSequentially(q, { delay: Number(process.env.DELAY ?? 80) });
  await page.waitForTimeout(2500);
  const frag = names.filter((n) => n.includes('fragment')).length;
  const { gzipSync } = await import('node:zlib'); const { readFileSync, existsSync } = await import('node:fs');
  const root = process.env.ROOT; let gz = 0;
  for (const n of names) { let f = root + n.split('?')[0]; if (f.endsWith('/')) f += 'index.html'; if (existsSync(f)) { const sz = /\.(pf_|wasm)/.test(f) ? readFileSync(f).length : gzipSync(readFileSync(f), { level: 6 }).length; if (process.env.V) console.log('    ', n.slice(0, 70), sz); } if (existsSync(f)) gz += /\.(pf_|wasm)/.test(f) ? readFileSync(f).length : gzipSync(readFileSync(f), { level: 6 }).length; }
  console.log('  compressed (gzip; Pagefind files are already compressed):', (gz / 1024).toFixed(1), 'KB');
  console.log(lang, q, (sizes.reduce((a, b) => a + b, 0) / 1024).toFixed(1), 'KB', sizes.length, 'requests', frag, 'fragments');
  await context.close();
}
await browser.close();
