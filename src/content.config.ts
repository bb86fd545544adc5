/**
 * Content collections. Facts live once per code in `content/catalogs/{catalog}.yaml`; prose lives
 * per language in `content/codes/{lang}/{code}.mdx` and `content/concepts/{lang}/{slug}.mdx`; the
 * source documents the facts cite are described once in `content/sources.yaml`.
 * CONTENT_DIR points the build at another content folder (the scale benchmark's generated catalog).
 */
import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseCatalogFiles } from './lib/content/catalog-files.ts';
import { codePageLoader } from './lib/render/code-page-loader.ts';
import { formatProblems } from './lib/content/rules.ts';
import { codeDocSchema, codeFactsSchema, conceptDocSchema, equivalentsFileSchema, phraseSchema, seenAsItemSchema, sourceDocSchema, UPSTREAM_REPOS, upstreamMessageSchema, vendorSentenceSchema } from './lib/model/schema.ts';
import { parseEquivalentsFile, parsePhrasesFile, parseSeenAsFile, parseUpstreamFile, parseVendorWordingFile } from './lib/content/real-world-files.ts';
import { CONTENT_DIR as contentDir } from './data/content-dir.ts';

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

/** Reads one vocabulary file (absent means empty); a bad item stops the build with file and field. */
async function readVocabulary(path: string): Promise<{ file: string; text: string }> {
  return { file: relative(process.cwd(), path), text: existsSync(path) ? await readFile(path, 'utf8') : '' };
}

/** Loads `seen-as.yaml`: one entry per code, holding the strings it shows up as, in file order. */
function seenAsLoader(path: string): Loader {
  return {
    name: 'seen-as-file',
    async load({ store, parseData }) {
      const input = await readVocabulary(path);
      const { records, problems } = parseSeenAsFile(input);
      if (problems.length > 0) throw new Error(`Bad seen-as data:\n${formatProblems(problems)}`);
      store.clear();
      const byCode = Map.groupBy(records, (record) => record.code);
      for (const [code, items] of byCode) {
        const data = { items: items.map((item) => ({ ...item.data, index: item.index })) };
        store.set({ id: code, data: await parseData({ id: code, data, filePath: input.file }), filePath: input.file });
      }
    },
  };
}

/**
 * Loads a file that is a list (`phrases.yaml`, `vendor-wording.yaml`): one entry per item, keyed by its
 * position; a bad item stops the build naming the file, the item and the field.
 */
function listLoader(name: string, path: string, parseFile: typeof parsePhrasesFile | typeof parseVendorWordingFile, what: string): Loader {
  return {
    name,
    async load({ store, parseData }) {
      const input = await readVocabulary(path);
      const { records, problems } = parseFile(input);
      if (problems.length > 0) throw new Error(`Bad ${what}:\n${formatProblems(problems)}`);
      store.clear();
      for (const { index, data } of records) {
        const id = String(index);
        store.set({ id, data: await parseData({ id, data, filePath: input.file }), filePath: input.file });
      }
    },
  };
}

/**
 * Loads `upstream-messages.yaml`: one entry per code, holding the messages openYuanrong's upstream
 * source emits with it, each with its GitHub address at the mined commit.
 */
function upstreamLoader(path: string): Loader {
  return {
    name: 'upstream-messages-file',
    async load({ store, parseData }) {
      const input = await readVocabulary(path);
      store.clear();
      if (!input.text) return;
      const { data, problems } = parseUpstreamFile(input);
      if (!data) throw new Error(`Bad upstream messages:\n${formatProblems(problems)}`);
      for (const [code, messages] of Object.entries(data.messages)) {
        const items = messages.map(({ at, ...message }) => {
          const [, repo = '', file = '', line = ''] = /^([^/]+)\/([^#]+)#L(\d+)$/.exec(at) ?? [];
          const commit = data.commits[repo as keyof typeof data.commits];
          const repository = data.repositories[repo as keyof typeof data.repositories];
          return { ...message, repo, path: file, source: `https://github.com/${repository}/blob/${commit}/${file}#L${line}` };
        });
        store.set({ id: code, data: await parseData({ id: code, data: { items }, filePath: input.file }), filePath: input.file });
      }
    },
  };
}

/**
 * Loads `equivalents.yaml` whole, as one entry (`equivalents`): other platforms' errors for the
 * failures SCF shares with them. A bad cell stops the build naming file and field; whether the codes
 * a row names exist is checked with the catalogs in src/data/site.ts.
 */
function equivalentsLoader(path: string): Loader {
  return {
    name: 'equivalents-file',
    async load({ store, parseData }) {
      const input = await readVocabulary(path);
      store.clear();
      if (!input.text) return;
      const { data, problems } = parseEquivalentsFile(input);
      if (!data) throw new Error(`Bad equivalents data:\n${formatProblems(problems)}`);
      store.set({ id: 'equivalents', data: await parseData({ id: 'equivalents', data, filePath: input.file }), filePath: input.file });
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

const seenAs = defineCollection({
  loader: seenAsLoader(join(contentDir, 'seen-as.yaml')),
  /** The strings one code shows up as; `index` is the item's position under its code in the file. */
  schema: z.strictObject({ items: z.array(seenAsItemSchema.extend({ index: z.number().int() })) }),
});

const phrases = defineCollection({
  loader: listLoader('phrases-file', join(contentDir, 'phrases.yaml'), parsePhrasesFile, 'phrase data'),
  schema: phraseSchema,
});

const upstream = defineCollection({
  loader: upstreamLoader(join(contentDir, 'upstream-messages.yaml')),
  /** The messages of one code; `source` is the file and line on GitHub at the mined commit. */
  schema: z.strictObject({
    items: z.array(
      upstreamMessageSchema.omit({ at: true }).extend({ repo: z.enum(UPSTREAM_REPOS), path: z.string().min(1), source: z.url({ protocol: /^https$/ }) }),
    ),
  }),
});

const vendorWording = defineCollection({
  loader: listLoader('vendor-wording-file', join(contentDir, 'vendor-wording.yaml'), parseVendorWordingFile, 'vendor wording data'),
  schema: vendorSentenceSchema,
});

const equivalents = defineCollection({
  loader: equivalentsLoader(join(contentDir, 'equivalents.yaml')),
  schema: equivalentsFileSchema,
});

export const collections = { facts, codes, concepts, sources, seenAs, phrases, upstream, vendorWording, equivalents };
