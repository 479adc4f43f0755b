/** The downloads of a site: the national tables, one table per reporting commune, their paths, each commune's JSON. */
import type { SiteData } from '../../domain/commune-data.ts';
import type { Commune } from '../../domain/registry.ts';
import type { OpenDataContext, Table, TableInfo } from './columns.ts';
import { communeTable, figuresTable, targetsTable } from './figures.ts';
import { indicatorsTable } from './catalogue.ts';
import { unitsTable } from './units.ts';
import { communeReportsTable, reportsTable } from './reports.ts';
import { rowObjects, toCsv, toJson } from './formats.ts';

/** The national downloads, in the order the data page lists them. */
export const nationalTables: readonly Table[] = [figuresTable, targetsTable, reportsTable, indicatorsTable, unitsTable];

/** The JSON download of one commune: its identity, its documents, and all its figures. */
export function communeJson(site: SiteData, ctx: OpenDataContext, code: string): string {
  const commune = site.registry.commune(code)!;
  const province = site.registry.province(commune.provinceCode)!;
  const reports = rowObjects(communeReportsTable(code).build(site, ctx));
  return toJson(communeTable(commune).build(site, ctx), ctx, {
    commune: {
      code: commune.code,
      name: commune.name,
      kind: commune.kind,
      province_code: province.code,
      province_name: province.name,
      page_url: ctx.links.commune(commune),
    },
    reports,
  });
}

/** Path of a download below du-lieu/: "so-lieu.csv", "xa/24682.json". */
export const downloadPath = (info: Pick<TableInfo, 'path'>, ext: 'csv' | 'json') => `${info.path}.${ext}`;

/** Path below du-lieu/ of the Table Schema every commune's CSV shares. */
export const figureSchemaPath = 'so-lieu.schema.json';

/** Each commune that has published a document, in registry order. */
export function reportingCommunes(site: SiteData): Commune[] {
  return site.registry.communes.filter((c) => site.reporting.has(c.code)).sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** Every CSV download: path below du-lieu/ and text. */
export function csvDownloads(site: SiteData, ctx: OpenDataContext): { info: TableInfo; path: string; text: string }[] {
  return downloadTables(site).map((t) => ({ info: t, path: downloadPath(t, 'csv'), text: toCsv(t.build(site, ctx)) }));
}

/** Every table with a CSV download: the national ones, then one per reporting commune. */
export function downloadTables(site: SiteData): Table[] {
  return [...nationalTables, ...reportingCommunes(site).map(communeTable)];
}
