/**
 * `/upstream/{n}.json`: one shard of the messages openYuanrong's upstream source emits with each code
 * (src/lib/search/upstream.ts). Language-neutral: the messages are the source's own text. The search
 * fetches only the shards of a query's words.
 */
import type { APIRoute } from 'astro';
import { buildUpstreamShards, mostEmittedFirst, UPSTREAM_SHARDS, type UpstreamMessage } from '../../lib/search/upstream.ts';
import { getSite } from '../../data/site.ts';

let shards: Promise<UpstreamMessage[][]> | undefined;

/** Every shard, built once per build from the site model. */
function allShards(): Promise<UpstreamMessage[][]> {
  shards ??= getSite().then(({ catalog, upstream }) =>
    buildUpstreamShards(mostEmittedFirst(catalog.codes.flatMap(({ code }) => upstream(code).map(({ text, also }) => ({ c: code, t: text, sites: 1 + (also ?? 0) }))))),
  );
  return shards;
}

export function getStaticPaths() {
  return Array.from({ length: UPSTREAM_SHARDS }, (_, shard) => ({ params: { shard: String(shard) } }));
}

export const GET: APIRoute = async ({ params }) => {
  const shard = (await allShards())[Number(params.shard)] ?? [];
  return new Response(JSON.stringify(shard), { headers: { 'Content-Type': 'application/json' } });
};
