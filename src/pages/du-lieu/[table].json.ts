import type { APIRoute, GetStaticPaths } from 'astro';
import { nationalTables } from '../../presentation/open-data/downloads.ts';
import { jsonChunks } from '../../presentation/open-data/formats.ts';
import { jsonStream, openDataContext } from '../../presentation/open-data/route.ts';
import { getSiteData } from '../../presentation/site.ts';

export const getStaticPaths = (() => nationalTables.map((t) => ({ params: { table: t.path } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const table = nationalTables.find((t) => t.path === params.table)!;
  const ctx = openDataContext(site);
  return jsonStream(jsonChunks(table, table.rows(await getSiteData(), ctx), ctx));
};
