/**
 * Loads the collections once per build, runs the cross-file content checks and hands pages a
 * ready catalog. Every page calls `getSite()`; the promise is shared, so the checks and the model
 * are built once, not once per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalog, displayName, type Catalog } from '../lib/model/catalog.ts';
import type { ContentContext } from '../lib/render/content-components.ts';
import { checkContent, checkSources, formatProblems, type DocRecord } from '../lib/content/rules.ts';
import type { Phrase, SeenAsItem, VendorSentenceData } from '../lib/model/schema.ts';
import { isLang, type Lang } from '../lib/model/langs.ts';
import { withBase } from '../lib/site/paths.ts';
import { splitFrontMatter } from '../lib/content/validate.ts';
import { SOURCE_IDS, type SourceId } from '../lib/model/vocabulary.ts';
import type { SourceDoc } from '../lib/model/schema.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { buildMatrix, emptyMatrix, type EquivalentsMatrix } from '../lib/model/equivalents.ts';
import { checkEquivalentCodes } from '../lib/content/equivalents.ts';
import { CONTENT_DIR } from './content-dir.ts';
import { join } from 'node:path';

export interface Site {
  catalog: Catalog;
  /** The source documents, in SOURCE_IDS order. */
  sources: SourceEntry[];
  /** The page of a code in a language (the checks guarantee it exists). */
  doc(lang: Lang, code: string): CollectionEntry<'codes'>;
  /** Every concept page of a language. */
  concepts(lang: Lang): CollectionEntry<'concepts'>[];
  /** The real strings a code shows up as, in file order (empty when none are recorded). */
  seenAs(code: string): SeenAsItem[];
  /** The everyday-phrase table. */
  phrases: Phrase[];
  /** The messages openYuanrong's upstream source emits with a code (empty when none were mined). */
  upstream(code: string): UpstreamItem[];
  /** Other platforms' errors for the failures SCF shares with them (`content/equivalents.yaml`). */
  equivalents: EquivalentsMatrix;
  /** The fingerprints of the vendors' table sentences, for search (`content/vendor-wording.yaml`). */
  vendorWording: VendorSentenceData[];
}

/** One upstream message as the pages use it. */
export type UpstreamItem = CollectionEntry<'upstream'>['data']['items'][number];

/** One source document with its id. */
export interface SourceEntry extends SourceDoc {
  id: SourceId;
}

let site: Promise<Site> | undefined;

/** The site model, built and checked once per build. */
export function getSite(): Promise<Site> {
  site ??= loadSite();
  return site;
}

/** A site path with the deploy base in front (`/en/` → `/errors/en/`). */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** What the content components need in a page's language: the deploy base and the code names. */
export async function contentContext(lang: Lang): Promise<ContentContext> {
  const { catalog } = await getSite();
  return { lang, base: import.meta.env.BASE_URL, displayName: (code) => { const entry = catalog.get(code); return entry && displayName(entry); } };
}

function splitId(id: string): { lang: string; slug: string } {
  const [lang = '', slug = ''] = id.split('/');
  return { lang, slug };
}

async function loadSite(): Promise<Site> {
  const [facts, codes, concepts, sources, seenAs, phrases, upstream, vendorWording, equivalents] = await Promise.all([
    getCollection('facts'),
    getCollection('codes'),
    getCollection('concepts'),
    getCollection('sources'),
    getCollection('seenAs'),
    getCollection('phrases'),
    getCollection('upstream'),
    getCollection('vendorWording'),
    getCollection('equivalents'),
  ]);
  // Astro keeps the body without its front matter; the raw file gives real line numbers. Read one
  // file at a time: a catalog of thousands of pages would run out of file handles in parallel.
  const docs: DocRecord[] = codes.flatMap((entry) => {
    const { lang, slug } = splitId(entry.id);
    if (!isLang(lang)) return [];
    const file = entry.filePath ?? entry.id;
    return [{ lang, code: slug, file, ...splitFrontMatter(readFileSync(file, 'utf8')) }];
  });
  const problems = [
    ...checkSources('content/sources.yaml', sources.map((entry) => entry.id)),
    ...checkContent(
      facts.map((entry) => ({ code: entry.id, file: entry.filePath ?? 'content/catalogs', data: entry.data })),
      docs,
      {
        seenAs: seenAs.flatMap((entry) =>
          entry.data.items.map(({ index, ...data }) => ({ file: entry.filePath ?? 'content/seen-as.yaml', code: entry.id, index, data })),
        ),
        phrases: phrases.map((entry) => ({ file: entry.filePath ?? 'content/phrases.yaml', index: Number(entry.id), data: entry.data })),
        vendorWording: vendorWording.map((entry) => ({ file: entry.filePath ?? 'content/vendor-wording.yaml', index: Number(entry.id), data: entry.data })),
      },
      // The review logs sit beside the catalogs they are named in (a generated catalog brings its own).
      existsSync(join(CONTENT_DIR, 'reviews')) ? readdirSync(join(CONTENT_DIR, 'reviews')) : [],
    ),
  ];
  const knownCodes = new Set(facts.map((entry) => entry.id));
  for (const entry of upstream) {
    if (!knownCodes.has(entry.id)) problems.push({ file: entry.filePath ?? 'content/upstream-messages.yaml', field: `messages."${entry.id}"`, message: `code ${entry.id} does not exist in content/catalogs/*.yaml` });
  }
  // Every code a row of the equivalents names must exist, in the catalog its list stands for.
  const equivalentsFile = equivalents[0];
  const catalogOf = new Map(facts.map((entry) => [entry.id, entry.data.catalog]));
  if (equivalentsFile) problems.push(...checkEquivalentCodes(equivalentsFile.filePath ?? 'content/equivalents.yaml', equivalentsFile.data, (code) => catalogOf.get(code)));
  if (problems.length > 0) throw new Error(`Content check failed:\n${formatProblems(problems)}`);

  const byId = new Map(codes.map((entry) => [entry.id, entry]));
  const upstreamByCode = new Map(upstream.map((entry) => [entry.id, entry.data.items]));
  const seenAsByCode = new Map(seenAs.map((entry) => [entry.id, entry.data.items.map(({ index: _, ...item }) => item)]));
  return {
    catalog: buildCatalog(facts.map((entry) => ({ code: entry.id, facts: entry.data }))),
    sources: SOURCE_IDS.map((id) => ({ id, ...sources.find((entry) => entry.id === id)!.data })),
    doc: (lang, code) => byId.get(`${lang}/${code}`)!,
    concepts: (lang) => concepts.filter((entry) => splitId(entry.id).lang === lang),
    seenAs: (code) => seenAsByCode.get(code) ?? [],
    phrases: [...phrases].sort((a, b) => Number(a.id) - Number(b.id)).map((entry) => entry.data),
    upstream: (code) => upstreamByCode.get(code) ?? [],
    equivalents: equivalentsFile ? buildMatrix(equivalentsFile.data) : emptyMatrix(),
    vendorWording: [...vendorWording].sort((a, b) => Number(a.id) - Number(b.id)).map((entry) => entry.data),
  };
}
