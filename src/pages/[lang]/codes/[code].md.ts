/** `/{lang}/codes/{code}.md`: the Markdown twin of a code page (src/data/markdown.ts). */
import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../../lib/model/langs.ts';
import { codeTwin } from '../../../data/markdown.ts';
import { getSite } from '../../../data/site.ts';

export async function getStaticPaths() {
  const { catalog } = await getSite();
  return LANGS.flatMap((lang) => catalog.codes.map(({ code }) => ({ params: { lang, code } })));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(await codeTwin(params.lang as Lang, params.code!), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
