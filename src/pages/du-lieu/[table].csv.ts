import type { APIRoute, GetStaticPaths } from 'astro';
import { nationalTables, toCsv } from '../../presentation/open-data.ts';
import { csvResponse, openDataContext } from '../../presentation/open-data-route.ts';
import { getSiteData } from '../../presentation/site.ts';

export const getStaticPaths = (() => nationalTables.map((t) => ({ params: { table: t.path } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const table = nationalTables.find((t) => t.path === params.table)!;
  return csvResponse(toCsv(table.build(await getSiteData(), openDataContext(site))));
};
