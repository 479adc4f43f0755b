/**
 * What the open-data endpoints and pages share inside Astro: the context the
 * pure tables need (data version, absolute page URLs from `site` + base) and
 * the responses. The tables themselves are defined in the other files of this folder (columns.ts first).
 */
import { communeUrl, dataVersion, getSiteData, isSynthetic, provinceUrl, reportUrl, url } from '../site.ts';
import type { OpenDataContext } from './columns.ts';
import { reportingCommunes } from './downloads.ts';

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

const csvType = { 'Content-Type': 'text/csv; charset=utf-8' };
const jsonType = { 'Content-Type': 'application/json; charset=utf-8' };
export const csvResponse = (text: string) => new Response(text, { headers: csvType });
export const jsonResponse = (text: string) => new Response(text, { headers: jsonType });

/**
 * A response written piece by piece, in chunks of about 64 KB. The national tables of a national site are
 * hundreds of MB as text; built whole they were the build's peak of memory.
 */
function streamed(pieces: Iterable<string>, headers: Record<string, string>): Response {
  const it = pieces[Symbol.iterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = '';
      while (chunk.length < 65536) {
        const next = it.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
      }
      controller.enqueue(encoder.encode(chunk));
    },
  });
  return new Response(body, { headers });
}
export const csvStream = (pieces: Iterable<string>) => streamed(pieces, csvType);
export const jsonStream = (pieces: Iterable<string>) => streamed(pieces, jsonType);

/** One static path per commune that has published a document. */
export async function reportingCommunePaths() {
  // Keyed by the dataset version these files state: any change re-renders them (incremental build, page-inputs.ts).
  const cacheKey = dataVersion();
  return reportingCommunes(await getSiteData()).map((c) => ({ params: { code: c.code }, cacheKey }));
}
