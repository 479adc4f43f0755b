import type { APIRoute, GetStaticPaths } from 'astro';
import { shareImages, shareRoutes } from '../../presentation/share/route.ts';

/** A province overview's share image. */
export const getStaticPaths = shareRoutes.provinces satisfies GetStaticPaths;
export const GET: APIRoute<{ code: string }> = (ctx) => shareImages.province(ctx, ctx.locals.locale);
