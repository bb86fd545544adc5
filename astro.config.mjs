// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';

/** Deploy under a sub-path with BASE_PATH=/errors/; the public origin comes from SITE_URL. */
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://serverless-error-codes.example.org';

/** Sitemap: language pages only; not the choosers (`/`, short links), search or 404 pages. */
/** @param {string} page */
function listed(page) {
  const path = new URL(page).pathname.slice(base.length - 1);
  return /^\/(en|zh)\//.test(path) && !/^\/(en|zh)\/(search|404)\/$/.test(path);
}

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? 'dist',
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // A strict CSP (style-src 'self') forbids inline <style>: always ship CSS as files.
    inlineStylesheets: 'never',
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en', zh: 'zh-CN' } },
      filter: listed,
    }),
  ],
  // Shiki writes style="" on every <pre>, which the strict CSP blocks; code blocks use our own styles.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: {
    plugins: [tailwindcss()],
    // Scripts and assets must be files too, never data: URLs or inline blocks.
    build: { assetsInlineLimit: 0 },
  },
});
