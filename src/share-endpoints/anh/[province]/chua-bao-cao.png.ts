import type { APIRoute, GetStaticPaths } from 'astro';
import { shareImages, shareRoutes } from '../../../presentation/share/route.ts';

/** Shared by the province's units that have not reported. */
export const getStaticPaths = shareRoutes.provinces satisfies GetStaticPaths;
export const GET: APIRoute<{ code: string }> = (ctx) => shareImages.unreported(ctx, ctx.locals.locale);
