/**
 * One route file per page for both languages. Each file under src/pages listed here is the Vietnamese page at its
 * own path (/lam-dong/xa-thuan-an-24682/) and, through the route this integration injects with the same file as
 * its entrypoint, the English page under /en/ (/en/lam-dong/xa-thuan-an-24682/). Both routes get the same
 * getStaticPaths; the page learns its language from src/i18n/middleware.ts (`Astro.locals.locale`), never from a prop.
 *
 * Why not one src/pages/[...lang]/… route: the English pages must keep the route patterns they had as separate
 * files (/en/bao-cao/[...id], …), so that Astro orders the routes, and with them the style hashes of every page's
 * Content-Security-Policy, exactly as before. A [...lang] route sorts after every static route and reorders them.
 *
 * Not listed: pages whose two languages are different files (the guide, the methodology and check pages), the
 * 404 page and the Vietnamese-only data files (du-lieu/*.csv|json, the search index).
 */
import type { AstroIntegration } from 'astro';
import { pathPrefix, type Locale } from './locale.ts';

export const bilingualPages = [
  'index.astro',
  'feed.xml.ts',
  '[province]/index.astro',
  '[province]/[commune].astro',
  'bao-cao/[...id].astro',
  'du-lieu/index.astro',
  'in/[province]/[commune].astro',
  'mo-hinh/index.astro',
  'mo-hinh/[...id].astro',
  'nhung/[province]/[commune]/[embed].astro',
  'tim-kiem/index.astro',
] as const;

/** The route pattern of a page file in a locale: 'bao-cao/[...id].astro' → '/en/bao-cao/[...id]', 'index.astro' → '/en'. */
export function routePattern(file: string, locale: Locale): string {
  const route = file.replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '');
  return `/${pathPrefix[locale]}${route}`.replace(/\/+$/, '') || '/';
}

/**
 * The site's two languages: the locale middleware (src/i18n/middleware.ts, run first, as Starlight adds its own)
 * and the English route of every bilingual page.
 */
export function languages(): AstroIntegration {
  return {
    name: 'bdhvs:languages',
    hooks: {
      'astro:config:setup': ({ addMiddleware, injectRoute }) => {
        addMiddleware({ order: 'pre', entrypoint: new URL('./middleware.ts', import.meta.url) });
        for (const file of bilingualPages) injectRoute({ pattern: routePattern(file, 'en'), entrypoint: `./src/pages/${file}` });
      },
    },
  };
}
