import type { APIRoute, GetStaticPaths } from 'astro';
import { communeTable } from '../../../presentation/open-data/figures.ts';
import { toCsv } from '../../../presentation/open-data/formats.ts';
import { csvResponse, openDataContext, reportingCommunePaths } from '../../../presentation/open-data/route.ts';
import { getSiteData } from '../../../presentation/site.ts';

export const getStaticPaths = reportingCommunePaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const data = await getSiteData();
  return csvResponse(toCsv(communeTable(data.registry.commune(params.code!)!).build(data, openDataContext(site))));
};
