/** `/{lang}/catalogs/{catalog}.md`: the Markdown twin of a catalog page. */
import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../../lib/model/langs.ts';
import type { CatalogId } from '../../../lib/model/vocabulary.ts';
import { catalogTwin, catalogsWithCodes } from '../../../data/markdown.ts';

export async function getStaticPaths() {
  const catalogs = await catalogsWithCodes();
  return LANGS.flatMap((lang) => catalogs.map((catalog) => ({ params: { lang, catalog } })));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(await catalogTwin(params.lang as Lang, params.catalog as CatalogId), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
