/**
 * `/api-messages.json`: the messages the SCF API answers with, one per code and language (the SDKs'
 * one-line descriptions, quoted exactly), as `{ c: code, t: text }`. Language-neutral (people paste
 * the Chinese message into the English site too) and fetched only when a query needs it: the lookup
 * found nothing firm, so most searches never load it.
 */
import type { APIRoute } from 'astro';
import type { UpstreamMessage } from '../lib/search/upstream.ts';
import { getSite } from '../data/site.ts';

export const GET: APIRoute = async () => {
  const { catalog } = await getSite();
  const messages: UpstreamMessage[] = catalog.codes.flatMap(({ code, facts }) =>
    Object.values(facts.descriptions ?? {}).map((text) => ({ c: code, t: text.replace(/[{}]/g, '') })),
  );
  return new Response(JSON.stringify(messages), { headers: { 'Content-Type': 'application/json' } });
};
