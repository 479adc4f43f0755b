import type { APIRoute, GetStaticPaths } from 'astro';
import { nationalTables, toJson } from '../../presentation/open-data.ts';
import { jsonResponse, openDataContext } from '../../presentation/open-data-route.ts';
import { getSiteData } from '../../presentation/site.ts';

export const getStaticPaths = (() => nationalTables.map((t) => ({ params: { table: t.path } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const table = nationalTables.find((t) => t.path === params.table)!;
  const ctx = openDataContext(site);
  return jsonResponse(toJson(table.build(await getSiteData(), ctx), ctx));
};
