// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { classTheme, classTransformer } from './src/lib/render/code-highlight.ts';
import { sitemapAlternates } from './src/lib/site/sitemap-alternates.ts';
import { codeAliases } from './src/lib/site/code-aliases.ts';
import { parseCatalogFiles } from './src/lib/content/catalog-files.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Deploy under a sub-path with BASE_PATH=/errors/; the public origin comes from SITE_URL. */
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://serverless-error-codes.example.org';
const siteRoot = new URL(base, site).href;

/**
 * Without SITE_URL, canonical and hreflang URLs carry a placeholder origin ("Copy link" falls back
 * to the reader's own origin). A deploy should set it, so the build says so loudly at the end.
 */
const siteUrlWarning = {
  name: 'site-url-warning',
  hooks: {
    /** @param {{ logger: { warn(message: string): void } }} options */
    'astro:build:done': ({ logger }) => {
      if (process.env.SITE_URL) return;
      logger.warn(
        `\n${'!'.repeat(78)}\n  SITE_URL is not set: canonical, hreflang, sitemap and Open Graph URLs use the\n  placeholder ${site}.\n  Set SITE_URL=https://your.domain before building a site you deploy.\n${'!'.repeat(78)}`,
      );
    },
  },
};

/**
 * The alias pages of dotted API codes (`/en/codes/resourcenotfound.function/`), which lead to the
 * code's page and must not be listed: read from the catalog files once, as the pages are made.
 */
const catalogsDir = join(process.env.CONTENT_DIR ?? './content', 'catalogs');
const aliasSegments = new Set(
  codeAliases(
    parseCatalogFiles(
      readdirSync(catalogsDir)
        .filter((name) => /\.ya?ml$/.test(name))
        .map((name) => ({ file: join(catalogsDir, name), text: readFileSync(join(catalogsDir, name), 'utf8') })),
    ).entries.map((entry) => entry.code),
  ).map(({ alias }) => alias),
);

/** Sitemap: language pages only; not the choosers (`/`, short links), code aliases, search or 404 pages. */
/** @param {string} page */
function listed(page) {
  const path = decodeURI(new URL(page).pathname.slice(base.length - 1));
  const alias = /^\/(?:en|zh)\/codes\/([^/]+)\/$/.exec(path)?.[1];
  return /^\/(en|zh)\//.test(path) && !/^\/(en|zh)\/(search|404)\/$/.test(path) && !(alias && aliasSegments.has(alias));
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
    // Pages render while others are written: writing files, not rendering, was most of the time
    // (10,000 codes: rendering 88 s at 1, see docs/performance.md).
    concurrency: 8,
  },
  integrations: [
    mdx(),
    siteUrlWarning,
    sitemap({
      filter: listed,
      serialize: (item) => ({ ...item, links: sitemapAlternates(item.url, siteRoot) }),
    }),
  ],
  // Shiki writes style="" on every token, which the strict CSP blocks: src/lib/render/code-highlight.ts
  // turns its output into classes that global.css colours (light and dark).
  markdown: { syntaxHighlight: 'shiki', shikiConfig: { theme: classTheme, transformers: [classTransformer] } },
  devToolbar: { enabled: false },
  vite: {
    plugins: [tailwindcss()],
    // Scripts and assets must be files too, never data: URLs or inline blocks.
    build: { assetsInlineLimit: 0 },
  },
});
