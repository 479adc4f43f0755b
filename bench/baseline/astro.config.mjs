// @ts-check
/**
 * The benchmark's baseline: a bare Astro project that renders BENCH_PAGES
 * trivial pages from one dynamic route, with the same output settings as the
 * site. `npm run bench` builds it with the root project's astro binary.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://baseline.example',
  // Caches live outside the repository (Astro's and Vite's alike).
  ...(process.env.BENCH_CACHE_DIR
    ? { cacheDir: process.env.BENCH_CACHE_DIR, vite: { cacheDir: `${process.env.BENCH_CACHE_DIR}/vite` } }
    : {}),
  trailingSlash: 'always',
  compressHTML: true,
  build: { format: 'directory' },
});
