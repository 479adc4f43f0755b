import type { APIRoute } from 'astro';
import { dataPackage } from '../../presentation/open-data/datapackage.ts';
import { jsonResponse, openDataContext } from '../../presentation/open-data/route.ts';
import { getSiteData } from '../../presentation/site.ts';

export const GET: APIRoute = async ({ site }) =>
  jsonResponse(`${JSON.stringify(dataPackage(await getSiteData(), openDataContext(site)), null, 2)}\n`);
