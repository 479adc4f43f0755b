/**
 * Build the site once for the build and browser tests (vitest globalSetup).
 * BDHVS_DIST points the tests at an already built site instead (nothing is built then).
 *
 * Tests that need a build of their own (another content folder, a failing build, two builds to compare) build a
 * small site: `smallSite` limits the commune pages to a few provinces (BDHVS_PAGE_PROVINCES, read by
 * src/presentation/site.ts); every other page is built as usual. Tests that read the full sample site use the
 * one build of this setup (distDir).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const distDir = process.env.BDHVS_DIST ? resolve(process.env.BDHVS_DIST) : resolve('dist');

/** Variables the test runner sets for itself (Vite's BASE_URL, NODE_ENV=test…) must not leak into a build. */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(VITEST|VITE_|TEST$|NODE_ENV$|BASE_URL$|MODE$|DEV$|PROD$|SSR$)/.test(k)) continue;
    env[k] = v;
  }
  return { ...env, ...extra, ASTRO_TELEMETRY_DISABLED: '1' };
}

/** The provinces of the sample's four reporting communes (Lâm Đồng, Hà Nội, Bắc Ninh, Phú Thọ): ~500 of 3,321 units. */
export const SAMPLE_PROVINCES = '68,01,24,25';

/** Environment for a small build: commune pages for these provinces only (province codes, comma separated). */
export function smallSite(provinces: string): Record<string, string> {
  return { BDHVS_PAGE_PROVINCES: provinces };
}

export function buildSite(env: Record<string, string> = {}, outDir = 'dist'): string {
  return execFileSync(resolve('node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    env: buildEnv(env),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export default function setup(): void {
  if (process.env.BDHVS_DIST) return;
  if (process.env.BDHVS_SKIP_BUILD === '1' && existsSync(resolve(distDir, 'index.html'))) return;
  buildSite();
}
