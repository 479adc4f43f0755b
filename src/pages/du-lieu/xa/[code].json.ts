import type { APIRoute, GetStaticPaths } from 'astro';
import { communeJson } from '../../../presentation/open-data/downloads.ts';
import { jsonResponse, openDataContext, reportingCommunePaths } from '../../../presentation/open-data/route.ts';
import { getSiteData } from '../../../presentation/site.ts';

export const getStaticPaths = reportingCommunePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  jsonResponse(communeJson(await getSiteData(), openDataContext(site), params.code!));
