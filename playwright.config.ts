/**
 * End-to-end tests against the built site (run `npm run build` first; `npm test` does).
 * - `strict`: dist/ served by tests/server.mjs with the headers of public/_headers (strict CSP).
 * - `preview`: the same build under `astro preview`, for the URL contract of the README command.
 * Chromium comes from CHROMIUM_PATH or Debian's /usr/bin/chromium (Playwright cannot download here).
 */
import { defineConfig } from '@playwright/test';
import { base } from './tests/built-site.ts';
// Overridable so that two checkouts on one machine can run their browser tests side by side.
const strictPort = Number(process.env.E2E_STRICT_PORT ?? 4322);
const previewPort = Number(process.env.E2E_PREVIEW_PORT ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${strictPort}${base}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'strict', testIgnore: /preview\.spec\.ts/ },
    { name: 'preview', testMatch: /preview\.spec\.ts/, use: { baseURL: `http://localhost:${previewPort}${base}` } },
  ],
  webServer: [
    {
      command: `node tests/server.mjs --port ${strictPort} --base ${base}`,
      url: `http://localhost:${strictPort}${base}en/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `astro preview --port ${previewPort} --host 127.0.0.1`,
      url: `http://localhost:${previewPort}${base}en/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
