import type { APIRoute } from 'astro';
import { tableSchema } from '../../presentation/open-data/datapackage.ts';
import { figuresTable } from '../../presentation/open-data/figures.ts';
import { jsonResponse } from '../../presentation/open-data/route.ts';

/** The Table Schema every commune's CSV (du-lieu/xa/<code>.csv) shares; datapackage.json points to it. */
export const GET: APIRoute = () => jsonResponse(`${JSON.stringify(tableSchema(figuresTable), null, 2)}\n`);
