/** Shared GET handler for the Vietnamese and English feeds. */
import type { APIContext } from 'astro';
import type { Locale } from '../../i18n/ui.ts';
import { atomFeed } from './feed.ts';
import { getSiteData, reportUrl } from '../site.ts';

export async function feedResponse(context: APIContext, locale: Locale): Promise<Response> {
  const site = await getSiteData();
  const origin = context.site ?? new URL('http://localhost/');
  const siteRoot = new URL(import.meta.env.BASE_URL.replace(/\/?$/, '/'), origin).href;
  const xml = atomFeed(site, { locale, siteRoot, reportHref: (id) => new URL(reportUrl(id, locale), origin).href });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
