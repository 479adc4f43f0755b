/**
 * What Astro pages share: the site data built once from the content
 * collections, URL helpers that respect `base`, and the data version.
 */
import { getCollection } from 'astro:content';
import { buildSiteData, type SiteData } from '../domain/commune-data.ts';
import { registry } from '../domain/registry.ts';
import type { Report, Model } from '../ingestion/submissions.ts';
import { dataVersion } from '../ingestion/load.ts';

let cached: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
  cached ??= (async () => {
    const reports: Report[] = (await getCollection('reports')).map((e) => ({
      id: e.id,
      file: e.data.file,
      ...(e.data.tableFile ? { tableFile: e.data.tableFile } : {}),
      meta: e.data.meta,
      figures: e.data.figures,
      body: '',
    }));
    const models: Model[] = (await getCollection('models')).map((e) => ({ id: e.id, file: e.data.file, meta: e.data.meta, body: '' }));
    return buildSiteData({ reports, models }, registry());
  })();
  return cached;
}

/** Site-relative URL with the configured base: url('lam-dong/') → '/bdhvs/lam-dong/'. */
export function url(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const clean = path.replace(/^\/+/, '');
  if (clean === '') return base;
  // Pages end with a slash; files (with an extension) and fragments do not.
  const withSlash = /(\.[a-z0-9]+|\/)(#.*)?$/i.test(clean) || clean.includes('#') ? clean : `${clean}/`;
  return base + withSlash;
}

export const communeUrl = (path: string) => url(`${path}/`);
export const reportUrl = (id: string) => url(`bao-cao/${id}/`);
export const modelUrl = (id: string) => url(`mo-hinh/${id}/`);
export const provinceUrl = (slug: string) => url(`${slug}/`);
/** Anchor of a figure on its report page: its line in the CSV is stable for a given file. */
export const figureAnchor = (line: number) => `dong-${line}`;

export { dataVersion };
