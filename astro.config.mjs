// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { submissions } from './src/integration.ts';
import { clientBundlePlugin } from './src/check/client-bundle.ts';
import { languages } from './src/i18n/routes.ts';

/**
 * `site` and `base` come from the environment so the same build serves a
 * domain root or a sub-path such as /bdhvs/ on any static host.
 */
const site = process.env.SITE_URL ?? 'https://bdhvs.example.vn';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  // Separate caches let several builds (tests, benchmarks) run side by side.
  ...(process.env.BDHVS_CACHE_DIR ? { cacheDir: process.env.BDHVS_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Lossless whitespace removal: formatting the templates never changes the rendered text.
  compressHTML: true,
  // One page at a time: Astro's incremental cache needs it (a concurrency above 1 disables it).
  build: { format: 'directory', concurrency: 1 },
  // Reuse the previous build's output of every page whose cacheKey (the digest of its inputs,
  // src/presentation/page-inputs.ts) and code are unchanged; the cache is in cacheDir (BDHVS_CACHE_DIR).
  experimental: { incrementalBuild: true },
  // MDX for the site's own pages only (the submission guide); submitted MDX is never compiled (src/ingestion/mdx-source.ts).
  // languages: the locale of every page in Astro.locals, and the /en/ route of each page one file serves in both
  // languages (src/i18n/routes.ts).
  integrations: [submissions(), languages(), mdx()],
  // Plain code blocks in the site's own Markdown/MDX pages: the site's styles, no highlighter colours to check for contrast.
  markdown: { syntaxHighlight: false },
  // Content-Security-Policy on every page, as a <meta http-equiv> tag (a static site sets no headers): Astro adds
  // script-src and style-src with the hashes of the page's own scripts and styles, so nothing else runs. Narratives
  // may show images over https; embeds stay embeddable (frame-ancestors cannot be set from a meta tag).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: https:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    // The check page's browser bundle leaves the registry package and the MDX reader out (src/check/client-bundle.ts).
    plugins: [clientBundlePlugin()],
    build: {
      rolldownOptions: {
        // One harmless warning per MDX file (withastro/astro#18087) would bury real warnings.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
