/**
 * Content collections. Facts live once per code in `content/catalogs/{catalog}.yaml`; prose lives
 * per language in `content/codes/{lang}/{code}.mdx` and `content/concepts/{lang}/{slug}.mdx`; the
 * source documents the facts cite are described once in `content/sources.yaml`.
 * CONTENT_DIR points the build at another content folder (the scale benchmark's generated catalog).
 */
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseCatalogFiles } from './lib/catalog-files.ts';
import { codePageLoader } from './lib/code-page-loader.ts';
import { formatProblems } from './lib/content-rules.ts';
import { codeDocSchema, codeFactsSchema, conceptDocSchema, sourceDocSchema } from './lib/schema.ts';

const contentDir = process.env.CONTENT_DIR ?? './content';

/** Loads every `catalogs/*.yaml` file; a code claimed by two files stops the build. */
function catalogLoader(dir: string): Loader {
  return {
    name: 'catalog-files',
    async load({ store, parseData }) {
      const names = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
      const files = await Promise.all(
        names.map(async (name) => ({ file: relative(process.cwd(), join(dir, name)), text: await readFile(join(dir, name), 'utf8') })),
      );
      const { entries, problems } = parseCatalogFiles(files);
      if (problems.length > 0) throw new Error(`Bad catalog data:\n${formatProblems(problems)}`);
      store.clear();
      for (const { code, file, data } of entries) {
        store.set({ id: code, data: await parseData({ id: code, data, filePath: file }), filePath: file });
      }
    },
  };
}

const facts = defineCollection({
  loader: catalogLoader(join(contentDir, 'catalogs')),
  schema: codeFactsSchema,
});

// Code pages render to HTML during content sync (no module per page for Vite to bundle).
const codes = defineCollection({
  loader: codePageLoader({ codesDir: join(contentDir, 'codes'), catalogsDir: join(contentDir, 'catalogs') }),
  schema: codeDocSchema,
});

const concepts = defineCollection({
  loader: glob({ pattern: '{en,zh}/*.mdx', base: join(contentDir, 'concepts') }),
  schema: conceptDocSchema,
});

const sources = defineCollection({
  loader: file(join(contentDir, 'sources.yaml')),
  schema: sourceDocSchema,
});

export const collections = { facts, codes, concepts, sources };
