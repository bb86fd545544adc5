/**
 * `/{lang}/other-platforms.json`: other platforms' errors (content/equivalents.yaml) as the search
 * matches them: each cell's templates, its platform's name in this language and the codes of its
 * failure. The header box fetches it only for a query that holds one of the anchors in
 * `/{lang}/lookup.json` (src/lib/search/other-platforms.ts).
 */
import type { APIRoute } from 'astro';
import { LANGS, type Lang } from '../../lib/model/langs.ts';
import { getSite } from '../../data/site.ts';
import { otherPlatformsData } from '../../lib/search/other-platforms.ts';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  return new Response(JSON.stringify(otherPlatformsData(site.equivalents, params.lang as Lang)), { headers: { 'Content-Type': 'application/json' } });
};
