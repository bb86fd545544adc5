/**
 * `/vendor-wording/{platform}/{en,zh}.json` (`tencent-scf`, `openyuanrong`): the fingerprints of the
 * sentences of one platform's status-code tables (content/vendor-wording.yaml), as `{ c: codes, h:
 * fingerprint, s: source }`, in the script each sentence is written in (its document's, or its
 * document's translation's). Like `/api-messages/`, a query fetches only the scripts it contains, and
 * only when the lookup found nothing firm; the platform it names, or that of its first answer, first.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { PLATFORM_IDS } from '../../../lib/model/vocabulary.ts';

export const getStaticPaths: GetStaticPaths = () => PLATFORM_IDS.flatMap((platform) => ['zh', 'en'].map((script) => ({ params: { platform, script } })));

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const sourceOf = new Map(site.sources.map((source) => [source.id, source]));
  const sentences = site.vendorWording
    .filter((sentence) => sourceOf.get(sentence.s)?.platform === params.platform)
    .filter((sentence) => (sentence.l ?? sourceOf.get(sentence.s)?.lang) === params.script)
    .map(({ l: _lang, ...sentence }) => sentence);
  return new Response(JSON.stringify(sentences), { headers: { 'Content-Type': 'application/json' } });
};
