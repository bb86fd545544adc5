/** `/llms.txt`: the site for language models, pointing to each language's llms.txt and llms-full.txt. */
import type { APIRoute } from 'astro';
import { llmsRoot } from '../data/markdown.ts';

export const GET: APIRoute = async () => new Response(await llmsRoot(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
