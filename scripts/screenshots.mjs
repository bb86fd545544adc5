#!/usr/bin/env node
/**
 * README screenshots: a code page on a 1440 px desktop and a 390 px phone, light and dark, written
 * to tests/screenshots/. Run after `npm run build`: `node scripts/screenshots.mjs [--port 4433]
 * [--path en/codes/437/] [--out tests/screenshots]`. It serves dist/ with tests/server.mjs (the strict
 * headers), so the pictures show what a host serves.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const args = new Map();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i], process.argv[i + 1]);
const port = Number(args.get('--port') ?? 4433);
const path = args.get('--path') ?? 'en/codes/437/';
const out = args.get('--out') ?? 'tests/screenshots';
const name = args.get('--name') ?? 'code-page';

const server = spawn(process.execPath, ['tests/server.mjs', '--port', String(port)], { stdio: 'ignore' });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  mkdirSync(out, { recursive: true });
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (await fetch(`http://localhost:${port}/en/`).then((r) => r.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const shots = [
    { file: 'desktop', viewport: { width: 1440, height: 900 } },
    { file: 'phone', viewport: { width: 390, height: 844 } },
  ];
  for (const { file, viewport } of shots) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport, colorScheme, deviceScaleFactor: 1 });
      await page.goto(`http://localhost:${port}/${path}`);
      await page.waitForLoadState('load');
      const target = join(out, `${name}-${file}-${colorScheme}.png`);
      await page.screenshot({ path: target, fullPage: args.has('--full') });
      console.log(target);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
