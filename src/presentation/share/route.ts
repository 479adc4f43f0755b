/**
 * The dev server's share-image endpoints (vi under /anh/, en under /en/anh/,
 * injected by src/integration.ts only for `astro dev`): the endpoint files in
 * src/share-endpoints only pick the card; this renders it through the PNG
 * cache. A build writes the same images from jobs.ts instead.
 */
import type { APIContext } from 'astro';
import type { Locale } from '../../i18n/ui.ts';
import { communeCard, provinceCard, siteCard, unreportedCard } from './cards.ts';
import type { ShareCard } from './image.ts';
import { shareImageSvg } from './image.ts';
import { cachedPng, shareFonts } from './render.ts';
import { basePath, getSiteData, routes } from '../site.ts';

/** The absolute site URL with the base, ending with a slash. */
export function siteRoot(site: URL | undefined): string {
  return new URL(basePath(), site ?? 'http://localhost/').href;
}

function png(card: ShareCard): Response {
  const body = new Uint8Array(cachedPng(shareImageSvg(card, shareFonts())));
  return new Response(body, { headers: { 'Content-Type': 'image/png' } });
}

type Context = APIContext<{ code: string }>;

export const shareRoutes = {
  provinces: routes.provinces,
  /** Only units that have reported get an image of their own (see cards.ts). */
  reportedCommunes: async () => {
    const site = await getSiteData();
    return routes.communes().filter((r) => site.reporting.has(r.props.code));
  },
};

export const shareImages = {
  site: async (ctx: APIContext, locale: Locale) => png(siteCard(await getSiteData(), locale, siteRoot(ctx.site))),
  province: async (ctx: Context, locale: Locale) => png(provinceCard(await getSiteData(), ctx.props.code, locale, siteRoot(ctx.site))),
  unreported: async (ctx: Context, locale: Locale) => png(unreportedCard(await getSiteData(), ctx.props.code, locale, siteRoot(ctx.site))),
  commune: async (ctx: Context, locale: Locale) => png(communeCard(await getSiteData(), ctx.props.code, locale, siteRoot(ctx.site))),
};
