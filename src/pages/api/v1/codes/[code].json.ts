/** `/api/v1/codes/{code}.json`: one code. */
import type { APIRoute } from 'astro';
import { getApiRecords } from '../../../../data/api.ts';
import { getSite } from '../../../../data/site.ts';

export async function getStaticPaths() {
  const { catalog } = await getSite();
  return catalog.codes.map((entry) => ({ params: { code: entry.code } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const record = (await getApiRecords(site)).find((code) => code.code === params.code);
  return Response.json(record);
};
