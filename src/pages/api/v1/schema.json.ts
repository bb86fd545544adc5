/** `/api/v1/schema.json`: the JSON Schema of the API files. */
import type { APIRoute } from 'astro';
import { apiJsonSchema } from '../../../lib/api/records.ts';
import { href } from '../../../data/site.ts';

export const GET: APIRoute = ({ site }) => Response.json(apiJsonSchema(new URL(href('/api/v1/schema.json'), site).href));
