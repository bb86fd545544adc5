/**
 * `/upstream/statuses.json`: openYuanrong's inner status names and message tags and the SDK code each
 * becomes (src/lib/search/statuses.ts), built from the mined upstream messages. Language-neutral; the
 * search fetches it only for a query that holds a name in capitals with underscores.
 */
import type { APIRoute } from 'astro';
import { statusTable } from '../../lib/search/statuses.ts';
import { getSite } from '../../data/site.ts';

export const GET: APIRoute = async () => {
  const { catalog, upstream } = await getSite();
  const table = statusTable(Object.fromEntries(catalog.codes.map(({ code }) => [code, upstream(code)])));
  return new Response(JSON.stringify(table), { headers: { 'Content-Type': 'application/json' } });
};
