/**
 * End-to-end tests against the built site (run `npm run build` first; `npm test` does).
 * - `strict`: dist/ served by tests/server.mjs with the `_headers` the build wrote (strict CSP).
 * - `preview`: the same build under `astro preview`, for the URL contract of the README command.
 * - `nginx`: the CSP checks again, with a real nginx serving the build with the generated server
 *   block (tests/nginx/nginx.mjs); run `node scripts/ensure-nginx.mjs` first (`npm test` does).
 * Chromium comes from CHROMIUM_PATH or Debian's /usr/bin/chromium (Playwright cannot download here).
 */
import { defineConfig } from '@playwright/test';
import { base } from './tests/built-site.ts';
// Overridable so that two checkouts on one machine can run their browser tests side by side.
const strictPort = Number(process.env.E2E_STRICT_PORT ?? 4322);
const previewPort = Number(process.env.E2E_PREVIEW_PORT ?? 4321);
const nginxPort = Number(process.env.E2E_NGINX_PORT ?? 4323);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  // Waits for what scripts reveal (search results, the catalog filter) are upper bounds: on a busy
  // machine the on-demand scripts can take several seconds, which is no failure of the page.
  expect: { timeout: 15_000 },
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
    // nginx listens on loopback IPv4 only.
    { name: 'nginx', testMatch: /csp\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${nginxPort}${base}` } },
  ],
  // Both our servers read the TypeScript hosting rules, which the project's Node 24 runs even when
  // Playwright itself was started by an older system Node.
  webServer: [
    {
      command: `node_modules/.bin/node tests/server.mjs --port ${strictPort} --base ${base}`,
      url: `http://localhost:${strictPort}${base}en/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `astro preview --port ${previewPort} --host 127.0.0.1`,
      url: `http://localhost:${previewPort}${base}en/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node_modules/.bin/node tests/nginx/nginx.mjs --port ${nginxPort} --base ${base}`,
      url: `http://127.0.0.1:${nginxPort}${base}en/`,
      reuseExistingServer: !process.env.CI,
      // Lets the script stop nginx and remove its temporary prefix.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
});
