/**
 * What the open-data endpoints and pages share inside Astro: the context the
 * pure tables need (data version, absolute page URLs from `site` + base) and
 * the responses. The tables themselves live in open-data.ts.
 */
import { communeUrl, dataVersion, getSiteData, isSynthetic, provinceUrl, reportUrl, url } from './site.ts';
import { reportingCommunes, type OpenDataContext } from './open-data.ts';

export function openDataContext(site: URL | undefined): OpenDataContext {
  const origin = site ?? new URL('http://localhost/');
  const abs = (path: string) => new URL(path, origin).href;
  return {
    version: dataVersion(),
    synthetic: isSynthetic(),
    links: {
      report: (id) => abs(reportUrl(id)),
      commune: (c) => abs(communeUrl(c.path)),
      province: (p) => abs(provinceUrl(p.slug)),
      data: abs(url('du-lieu/')),
    },
  };
}

/** Site URL of a download below du-lieu/ (downloads exist once, for both languages). */
export const downloadUrl = (path: string) => url(`du-lieu/${path}`);

export const csvResponse = (text: string) => new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
export const jsonResponse = (text: string) => new Response(text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

/** One static path per commune that has published a document. */
export async function reportingCommunePaths() {
  return reportingCommunes(await getSiteData()).map((c) => ({ params: { code: c.code } }));
}
