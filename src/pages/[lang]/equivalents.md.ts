/** `/{lang}/equivalents.md`: the Markdown twin of the equivalents matrix. */
import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../lib/model/langs.ts';
import { equivalentsTwin } from '../../data/markdown.ts';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(await equivalentsTwin(params.lang as Lang), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
