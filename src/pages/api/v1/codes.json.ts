/** `/api/v1/codes.json`: every code, with facts and both languages. */
import type { APIRoute } from 'astro';
import { getApiRecords } from '../../../data/api.ts';

export const GET: APIRoute = async ({ site }) => {
  const codes = await getApiRecords(site);
  return Response.json({ version: 1, count: codes.length, codes });
};
