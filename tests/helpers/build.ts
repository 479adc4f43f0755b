/**
 * Build the site once for the build and browser tests (vitest globalSetup).
 * BDHVS_DIST points the tests at an already built site instead (nothing is built then).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const distDir = process.env.BDHVS_DIST ? resolve(process.env.BDHVS_DIST) : resolve('dist');

export function buildSite(env: Record<string, string> = {}, outDir = 'dist'): string {
  return execFileSync(resolve('node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export default function setup(): void {
  if (process.env.BDHVS_DIST) return;
  if (process.env.BDHVS_SKIP_BUILD === '1' && existsSync(resolve(distDir, 'index.html'))) return;
  buildSite();
}
