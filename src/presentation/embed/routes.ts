/** Embed pages (src/pages/nhung/, en/nhung/): headline figures, each chart and the charts over time of every commune that has reported. */
import { communeChartEmbedIds } from '../chart-specs.ts';
import { cardsEmbedId, embedPath } from './embed.ts';
import { communeInputs, getSiteData, url } from '../site.ts';
import type { Locale } from '../../i18n/ui.ts';

/** Site URL of an embed page: /nhung/lam-dong/xa-thuan-an-24682/ty-le/ (vi), /en/nhung/… (en). */
export function embedUrl(communePath: string, embedId: string, locale: Locale): string {
  return url(embedPath(communePath, embedId), locale);
}

export async function embedRoutes() {
  const site = await getSiteData();
  return [...site.communes.values()]
    .filter((c) => c.reports.length > 0)
    .flatMap(({ commune }) => {
      const province = site.registry.province(commune.provinceCode)!;
      return [cardsEmbedId, ...communeChartEmbedIds(site, commune.code)].map((embed) => ({
        params: { province: province.slug, commune: commune.slug, embed },
        props: { code: commune.code, embed },
        cacheKey: communeInputs(site, commune.code),
      }));
    });
}
