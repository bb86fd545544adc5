/** `/{lang}/llms.txt`: the pages of one language for language models, in the llms.txt format. */
import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../lib/model/langs.ts';
import { llmsText } from '../../data/markdown.ts';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => new Response(await llmsText(params.lang as Lang), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
