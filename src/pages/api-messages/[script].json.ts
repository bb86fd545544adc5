/**
 * `/api-messages/zh.json` and `/api-messages/en.json`: the messages the SCF API answers with (the
 * SDKs' one-line descriptions, quoted exactly), as `{ c: code, t: text }`, split by the script the
 * message is written in. Both languages of the site read both files, since people paste the Chinese
 * message into the English site too; a query fetches only the script it contains (a Chinese message
 * 6.9 KB, an English one 5.0 KB gzip, both together for a mixed paste), and only when the lookup found
 * nothing firm, so most searches load neither.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { messageScript, type UpstreamMessage } from '../../lib/search/upstream.ts';
import { getSite } from '../../data/site.ts';

export const getStaticPaths: GetStaticPaths = () => [{ params: { script: 'zh' } }, { params: { script: 'en' } }];

export const GET: APIRoute = async ({ params }) => {
  const { catalog } = await getSite();
  const messages: UpstreamMessage[] = catalog.codes
    .flatMap(({ code, facts }) => Object.values(facts.descriptions ?? {}).map((text) => ({ c: code, t: text.replace(/[{}]/g, '') })))
    .filter((message) => messageScript(message.t) === params.script);
  return new Response(JSON.stringify(messages), { headers: { 'Content-Type': 'application/json' } });
};
