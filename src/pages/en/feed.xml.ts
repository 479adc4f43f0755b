import type { APIRoute } from 'astro';
import { feedResponse } from '../../presentation/feed/route.ts';

export const GET: APIRoute = (context) => feedResponse(context, 'en');
