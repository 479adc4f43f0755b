/** The Atom feed of new documents: /feed.xml in Vietnamese, /en/feed.xml in English (src/i18n/routes.ts). */
import type { APIRoute } from 'astro';
import { feedResponse } from '../presentation/feed/route.ts';

export const GET: APIRoute = (context) => feedResponse(context, context.locals.locale);
