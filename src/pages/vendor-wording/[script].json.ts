/**
 * `/vendor-wording/en.json` and `/vendor-wording/zh.json`: the fingerprints of the sentences of the
 * vendors' status-code tables (content/vendor-wording.yaml), as `{ c: codes, h: fingerprint, s:
 * source }`, split by the language each sentence is written in (its document's, or its document's
 * translation's). Like `/api-messages/`, a query fetches
 * only the script it contains, and only when the lookup found nothing firm.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data/site.ts';

export const getStaticPaths: GetStaticPaths = () => [{ params: { script: 'zh' } }, { params: { script: 'en' } }];

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const langOf = new Map<string, string>(site.sources.map((source) => [source.id, source.lang]));
  const sentences = site.vendorWording
    .filter((sentence) => (sentence.l ?? langOf.get(sentence.s)) === params.script)
    .map(({ l: _lang, ...sentence }) => sentence);
  return new Response(JSON.stringify(sentences), { headers: { 'Content-Type': 'application/json' } });
};
