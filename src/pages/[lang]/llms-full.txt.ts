/** `/{lang}/llms-full.txt`: every code page of one language as Markdown, in one file. */
import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../lib/model/langs.ts';
import { llmsFull } from '../../data/markdown.ts';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => new Response(await llmsFull(params.lang as Lang), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
