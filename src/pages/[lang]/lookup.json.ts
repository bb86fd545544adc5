/** `/{lang}/lookup.json`: the exact-lookup data for one language (a few KB, built from the content). */
import type { APIRoute } from 'astro';
import { useTranslations } from '../../i18n/index.ts';
import { CATALOG_IDS, type CatalogId } from '../../lib/catalogs.ts';
import { LANGS, type Lang } from '../../lib/langs.ts';
import type { LookupData } from '../../lib/lookup.ts';
import { getSite } from '../../data/site.ts';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
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
      olderNames: facts.olderNames,
      messages: facts.messages,
      title: site.doc(lang, code).data.title,
    })),
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
