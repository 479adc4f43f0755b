/**
 * The site's two languages, and the one shape of anything said in both. Defined here so that the domain, which
 * imports only the domain, formats by locale without reaching into the UI; src/i18n/locale.ts re-exports it with
 * what pages need to know about a locale (its URL prefix, how a page finds its own).
 */

export type Locale = 'vi' | 'en';

export const locales: readonly Locale[] = ['vi', 'en'];

/** Anything said in both languages. The one shape bilingual data takes: `{ vi: 'xã', en: 'commune' }`. */
export type Bilingual<T = string> = Readonly<Record<Locale, T>>;
