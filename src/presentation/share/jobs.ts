/**
 * Every share image of the site, as (path, SVG) pairs: the national and
 * province overviews, each province's "not reported" image and one image per
 * reporting unit, in both language editions. The build renders this list in
 * worker threads (pool.ts) while Astro renders the pages; the dev
 * server renders single images on request (src/share-endpoints/).
 */
import type { SiteData } from '../../domain/commune-data.ts';
import { locales, type Locale } from '../../i18n/ui.ts';
import { pathPrefix } from '../../i18n/locale.ts';
import { communeCard, provinceCard, shareImagePaths, siteCard, unreportedCard } from './cards.ts';
import { shareImageSvg, type ShareCard, type ShareFonts } from './image.ts';

export interface ShareImageJob {
  /** Path under the site's base: "anh/…" (vi) or "en/anh/…" (en). */
  path: string;
  svg: string;
}

/** The images of one language edition, as cards. */
function shareImageCards(site: SiteData, locale: Locale, siteRoot: string): Array<{ path: string; card: ShareCard }> {
  const out: Array<{ path: string; card: ShareCard }> = [{ path: shareImagePaths.site, card: siteCard(site, locale, siteRoot) }];
  for (const p of site.registry.provinces) {
    out.push({ path: shareImagePaths.province(p.slug), card: provinceCard(site, p.code, locale, siteRoot) });
    out.push({ path: shareImagePaths.unreported(p.slug), card: unreportedCard(site, p.code, locale, siteRoot) });
  }
  for (const c of site.registry.communes) {
    if (site.reporting.has(c.code)) out.push({ path: shareImagePaths.commune(c), card: communeCard(site, c.code, locale, siteRoot) });
  }
  return out;
}

/** Every share image of both editions, with its SVG. */
export function shareImageJobs(site: SiteData, siteRoot: string, fonts: ShareFonts): ShareImageJob[] {
  return locales.flatMap((locale) =>
    shareImageCards(site, locale, siteRoot).map(({ path, card }) => ({
      path: `${pathPrefix[locale]}${path}`,
      svg: shareImageSvg(card, fonts),
    })),
  );
}
