/**
 * The exact-lookup data of one language built straight from `content/` (no build): the codes with
 * their names, older names, seen-as strings and titles, the everyday phrases, the concept pages and
 * other platforms' errors, in the order `/{lang}/lookup.json` ships them. The corpus tests run
 * `createLookup` over it, so they see the same rules and data the site's header box sees.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseCatalogFiles } from '../../src/lib/content/catalog-files.ts';
import { parseEquivalentsFile, parsePhrasesFile, parseSeenAsFile } from '../../src/lib/content/real-world-files.ts';
import { compareCodes } from '../../src/lib/model/codes.ts';
import { buildMatrix } from '../../src/lib/model/equivalents.ts';
import type { Lang } from '../../src/lib/model/langs.ts';
import { CATALOG_IDS, type CatalogId } from '../../src/lib/model/vocabulary.ts';
import type { LookupData, LookupEntry } from '../../src/lib/search/lookup.ts';
import { otherPlatformsData } from '../../src/lib/search/other-platforms.ts';

const root = join(import.meta.dirname, '../..');
const read = (file: string) => ({ file, text: readFileSync(join(root, file), 'utf8') });

/** The `title:` of an MDX page's front matter. */
function titleOf(file: string): string {
  const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, file), 'utf8'))?.[1] ?? '';
  return String((parse(front) as { title?: string })?.title ?? '');
}

const cache = new Map<Lang, LookupData>();

/** The lookup data of a language, built once per test process. */
export function contentLookupData(lang: Lang): LookupData {
  const cached = cache.get(lang);
  if (cached) return cached;
  const catalogFiles = readdirSync(join(root, 'content/catalogs')).filter((name) => name.endsWith('.yaml')).sort().map((name) => read(`content/catalogs/${name}`));
  const { entries } = parseCatalogFiles(catalogFiles);
  const order = new Map(CATALOG_IDS.map((id, index) => [id, index]));
  const facts = entries
    .map(({ code, data }) => ({ code, data: data as { catalog: CatalogId; name?: string; olderNames?: string[]; concepts?: string[] } }))
    .sort((a, b) => order.get(a.data.catalog)! - order.get(b.data.catalog)! || compareCodes(a.code, b.code));
  const seenAs = Map.groupBy(parseSeenAsFile(read('content/seen-as.yaml')).records, (record) => record.code);
  const equivalents = parseEquivalentsFile(read('content/equivalents.yaml')).data;
  const data: LookupData = {
    catalogs: Object.fromEntries(CATALOG_IDS.map((id) => [id, id])) as Record<CatalogId, string>,
    entries: facts.map(({ code, data: f }): LookupEntry => {
      const seen = (seenAs.get(code) ?? []).map(({ data: { text, by, wraps, shared } }) => ({ text, by, ...(wraps ? { wraps } : {}), ...(shared ? { shared } : {}) }));
      return {
        code,
        catalog: f.catalog,
        ...(f.name ? { name: f.name } : {}),
        ...(f.olderNames?.length ? { olderNames: f.olderNames } : {}),
        ...(seen.length ? { seenAs: seen } : {}),
        title: titleOf(`content/codes/${lang}/${code}.mdx`),
      };
    }),
    concepts: readdirSync(join(root, `content/concepts/${lang}`))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const slug = name.replace(/\.mdx$/, '');
        const codes = facts.filter(({ data: f }) => (f.concepts ?? []).includes(slug)).map(({ code }) => code);
        return { slug, title: titleOf(`content/concepts/${lang}/${name}`), ...(codes.length > 0 ? { codes } : {}) };
      }),
    phrases: parsePhrasesFile(read('content/phrases.yaml')).records.map(({ data: { text, codes } }) => ({ text, codes })),
    ...(equivalents ? { others: otherPlatformsData(buildMatrix(equivalents), lang) } : {}),
  };
  cache.set(lang, data);
  return data;
}
