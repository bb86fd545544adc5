// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';

/** Deploy under a sub-path with BASE_PATH=/errors/; the public origin comes from SITE_URL. */
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://serverless-error-codes.example.org';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // A strict CSP (style-src 'self') forbids inline <style>: always ship CSS as files.
    inlineStylesheets: 'never',
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: {
    plugins: [tailwindcss()],
    // Scripts and assets must be files too, never data: URLs or inline blocks.
    build: { assetsInlineLimit: 0 },
  },
});
