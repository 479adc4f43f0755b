import type { APIRoute, GetStaticPaths } from 'astro';
import { shareImages, shareRoutes } from '../../../presentation/share/route.ts';

/** A reporting unit's share image: its headline figures. */
export const getStaticPaths = shareRoutes.reportedCommunes satisfies GetStaticPaths;
export const GET: APIRoute<{ code: string }> = (ctx) => shareImages.commune(ctx, ctx.locals.locale);
