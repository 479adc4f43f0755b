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
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** 2026-11-22 12:00 UTC: the same calendar day in every time zone from UTC−11 to UTC+11 (SOURCE_DATE_EPOCH). */
export const PINNED_BUILD_EPOCH = '1795348800';

/** Every file below dir, as sorted paths relative to it: two builds compare file by file. */
export function filesBelow(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(relative(dir, join(d, e.name)));
    }
  };
  walk(dir);
  return out.sort();
}

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
