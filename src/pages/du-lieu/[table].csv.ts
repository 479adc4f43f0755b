import type { APIRoute, GetStaticPaths } from 'astro';
import { nationalTables } from '../../presentation/open-data/downloads.ts';
import { csvChunks } from '../../presentation/open-data/formats.ts';
import { csvStream, openDataContext } from '../../presentation/open-data/route.ts';
import { dataVersion, getSiteData } from '../../presentation/site.ts';

// Keyed by the dataset version the file states: reused by an incremental build only when no input changed.
export const getStaticPaths = (() =>
  nationalTables.map((t) => ({ params: { table: t.path }, cacheKey: dataVersion() }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const table = nationalTables.find((t) => t.path === params.table)!;
  return csvStream(csvChunks(table, table.rows(await getSiteData(), openDataContext(site))));
};
