/**
 * `/phrases/han.json`: the everyday phrases written in Chinese characters, grouped by their codes, which
 * the English lookup leaves out (`apartPhrases: 'han'`); the search fetches them only for a query that
 * holds Chinese characters. Language-neutral: a phrase names codes, not page text.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { groupPhrases, splitHanPhrases } from '../../lib/search/phrases.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(JSON.stringify(splitHanPhrases(groupPhrases(site.phrases)).han), { headers: { 'Content-Type': 'application/json' } });
};
