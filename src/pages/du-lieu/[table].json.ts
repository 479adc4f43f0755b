import type { APIRoute, GetStaticPaths } from 'astro';
import { nationalTables } from '../../presentation/open-data/downloads.ts';
import { jsonChunks } from '../../presentation/open-data/formats.ts';
import { jsonStream, openDataContext } from '../../presentation/open-data/route.ts';
import { dataVersion, getSiteData } from '../../presentation/site.ts';

// Keyed by the dataset version the file states: reused by an incremental build only when no input changed.
export const getStaticPaths = (() =>
  nationalTables.map((t) => ({ params: { table: t.path }, cacheKey: dataVersion() }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const table = nationalTables.find((t) => t.path === params.table)!;
  const ctx = openDataContext(site);
  return jsonStream(jsonChunks(table, table.rows(await getSiteData(), ctx), ctx));
};
