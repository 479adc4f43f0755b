/**
 * The site's two languages and how a page knows which one it is in.
 * Vietnamese is at the site root, English under /en/: one route file serves
 * both (src/i18n/routes.ts adds its /en/ route), and src/i18n/middleware.ts puts
 * the page's locale and its translator in `Astro.locals`. No other module
 * defines a locale type. A leaf: it imports nothing, so the domain can use it.
 */

export type Locale = 'vi' | 'en';

export const locales: readonly Locale[] = ['vi', 'en'];

/** Anything said in both languages. The one shape bilingual data takes: `{ vi: 'xã', en: 'commune' }`. */
export type Bilingual<T = string> = Readonly<Record<Locale, T>>;

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
