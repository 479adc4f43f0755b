/**
 * Every page and endpoint learns its language here, once: `Astro.locals.locale` from the request path (/en/… is
 * English, the rest Vietnamese; see src/i18n/locale.ts) and `Astro.locals.t`, the UI strings bound to it. Views,
 * layouts and components read both from `Astro.locals` instead of passing a locale down by hand.
 */
import { defineMiddleware } from 'astro:middleware';
import { localeOfPath } from './locale.ts';
import { useTranslations } from './ui.ts';

export const onRequest = defineMiddleware((context, next) => {
  const locale = localeOfPath(context.url.pathname, import.meta.env.BASE_URL);
  context.locals.locale = locale;
  context.locals.t = useTranslations(locale);
  return next();
});
