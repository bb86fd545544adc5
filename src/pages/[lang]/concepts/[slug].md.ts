/** `/{lang}/concepts/{slug}.md`: the Markdown twin of a concept page. */
import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../../lib/model/langs.ts';
import { conceptTwin } from '../../../data/markdown.ts';
import { getSite } from '../../../data/site.ts';

export async function getStaticPaths() {
  const site = await getSite();
  return LANGS.flatMap((lang) => site.concepts(lang).map((concept) => ({ params: { lang, slug: concept.id.split('/')[1]! } })));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(await conceptTwin(params.lang as Lang, params.slug!), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
