/**
 * `/{lang}/lookup.json`: the exact-lookup data for one language (a few KB, built from the content):
 * codes, names, messages, the seen-as templates, the everyday phrases, the anchors of other platforms'
 * errors and the search box's strings. The Chinese lookup carries the phrases of both scripts, since
 * Chinese queries quote English messages; the English one carries its own script's, and the phrases
 * written in Chinese characters, which only a query holding them can match, ship apart in
 * `/phrases/han.json` (fetched for such a query).
 */
import type { APIRoute } from 'astro';
import { searchStrings, useTranslations } from '../../i18n/index.ts';
import { CATALOG_IDS, type CatalogId } from '../../lib/model/vocabulary.ts';
import { LANGS, type Lang } from '../../lib/model/langs.ts';
import type { LookupData, LookupEntry } from '../../lib/search/lookup.ts';
import type { SeenAsItem } from '../../lib/model/schema.ts';
import { getSite } from '../../data/site.ts';
import { UPSTREAM_SHARDS } from '../../lib/search/upstream.ts';
import { toWire } from '../../lib/search/lookup-wire.ts';
import { groupPhrases, splitHanPhrases } from '../../lib/search/phrases.ts';
import { otherPlatformAnchors, otherPlatformsData } from '../../lib/search/other-platforms.ts';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

/**
 * Only what matching needs from each seen-as string: its template and who prints it. (The SCF API
 * codes' one-line descriptions, which are the messages the API answers with, ship apart in
 * `/api-messages/{zh,en}.json`: most searches never need them.)
 */
function seenAs(items: readonly SeenAsItem[]): Pick<LookupEntry, 'seenAs'> {
  const texts = items.map(({ text, by, wraps, shared }) => ({ text, by, ...(wraps ? { wraps } : {}), ...(shared ? { shared } : {}) }));
  return texts.length > 0 ? { seenAs: texts } : {};
}

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const t = useTranslations(lang);
  const site = await getSite();
  const data: LookupData = {
    catalogs: Object.fromEntries(CATALOG_IDS.map((id) => [id, t(`catalog.${id}`)])) as Record<CatalogId, string>,
    entries: site.catalog.codes.map(({ code, facts }) => ({
      code,
      catalog: facts.catalog,
      ...(facts.name ? { name: facts.name } : {}),
      ...(facts.olderNames.length > 0 ? { olderNames: facts.olderNames } : {}),
      ...seenAs(site.seenAs(code)),
      title: site.doc(lang, code).data.title,
    })),
    // Each concept page with the codes that link it, so a guess at one of them can offer the page that explains it.
    concepts: site.concepts(lang).map((concept) => {
      const slug = concept.id.split('/')[1]!;
      const codes = site.catalog.codes.filter(({ facts }) => (facts.concepts as readonly string[]).includes(slug)).map(({ code }) => code);
      return { slug, title: concept.data.title, ...(codes.length > 0 ? { codes } : {}) };
    }),
    ...(lang === 'en' ? { phraseGroups: splitHanPhrases(groupPhrases(site.phrases)).latin, apartPhrases: 'han' as const } : { phraseGroups: groupPhrases(site.phrases) }),
    ...(site.catalog.codes.some(({ code }) => site.upstream(code).length > 0) ? { upstreamShards: UPSTREAM_SHARDS, statuses: true } : {}),
    ...(site.catalog.codes.some(({ facts }) => facts.descriptions) ? { apiMessages: true } : {}),
    // The vendors' table sentences (content/vendor-wording.yaml): the title of each document they come from.
    ...(site.vendorWording.length > 0 ? { vendorWording: Object.fromEntries(site.sources.filter(({ id }) => site.vendorWording.some(({ s }) => s === id)).map(({ id, title }) => [id, title[lang]])) } : {}),
    // Other platforms' errors (content/equivalents.yaml) ship apart, in `/{lang}/other-platforms.json`:
    // only their anchors come here, which tell the few queries that may hold one.
    ...(site.equivalents.rows.length > 0 ? { otherAnchors: otherPlatformAnchors(otherPlatformsData(site.equivalents, lang)) } : {}),
    strings: searchStrings(lang),
  };
  // Entries travel grouped by catalog and prefix (src/lib/search/lookup-wire.ts); every reader unpacks them.
  return new Response(JSON.stringify(toWire(data)), { headers: { 'Content-Type': 'application/json' } });
};
