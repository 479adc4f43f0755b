import type { APIRoute, GetStaticPaths } from 'astro';
import { nationalTables } from '../../presentation/open-data/downloads.ts';
import { csvChunks } from '../../presentation/open-data/formats.ts';
import { csvStream, openDataContext } from '../../presentation/open-data/route.ts';
import { getSiteData } from '../../presentation/site.ts';

export const getStaticPaths = (() => nationalTables.map((t) => ({ params: { table: t.path } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const table = nationalTables.find((t) => t.path === params.table)!;
  return csvStream(csvChunks(table, table.rows(await getSiteData(), openDataContext(site))));
};
