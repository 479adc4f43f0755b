import type { APIRoute } from 'astro';
import { shareImages } from '../../presentation/share/route.ts';

/** The site-wide share image (pages without one of their own). */
export const GET: APIRoute = (ctx) => shareImages.site(ctx, ctx.locals.locale);
