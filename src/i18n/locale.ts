/**
 * The site's two languages and how a page knows which one it is in.
 * Vietnamese is at the site root, English under /en/: one route file serves
 * both (src/i18n/routes.ts adds its /en/ route), and src/middleware.ts puts
 * the page's locale and its translator in `Astro.locals`. The Locale type
 * itself is src/domain/locale.ts (the domain imports only the domain); no
 * other module defines one.
 */
import { locales, type Bilingual, type Locale } from '../domain/locale.ts';

export { locales, type Bilingual, type Locale };

/** The language a page links to as its other edition. */
export const otherLocale = (locale: Locale): Locale => (locale === 'vi' ? 'en' : 'vi');

/** Open Graph's names of the two languages. */
export const ogLocales: Bilingual = { vi: 'vi_VN', en: 'en_US' };

/**
 * The locale of a request path: English when the path, after the base, starts with en/ (/en/, /bdhvs/en/lam-dong/),
 * Vietnamese for everything else, the 404 page included.
 */
export function localeOfPath(pathname: string, base: string): Locale {
  const b = base.replace(/\/?$/, '/');
  const rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\//, '');
  return /^en(\/|$)/.test(rest) ? 'en' : 'vi';
}

/** Where a locale's edition lives, after the base: '' (Vietnamese, the root) or 'en/'. */
export const pathPrefix: Bilingual = { vi: '', en: 'en/' };
