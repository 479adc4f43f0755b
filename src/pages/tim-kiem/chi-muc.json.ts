import type { APIRoute } from 'astro';
import { getSiteData } from '../../presentation/site.ts';
import { buildSearchIndex } from '../../presentation/search-index.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildSearchIndex(await getSiteData())), { headers: { 'Content-Type': 'application/json' } });
