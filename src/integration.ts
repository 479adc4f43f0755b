/**
 * Astro integration: check every submission before Astro compiles anything,
 * so untrusted MDX that fails the safety check is never turned into code.
 * In a build it also renders the share images in worker threads while Astro
 * renders the pages, and writes them, the sitemap and robots.txt at the end;
 * the dev server renders share images on request instead.
 */
import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSiteData } from './domain/commune-data.ts';
import { registry } from './domain/registry.ts';
import { shareImageJobs } from './presentation/share-jobs.ts';
import { startShareRendering, type ShareRendering } from './presentation/share-pool.ts';
import { shareFonts } from './presentation/share-render.ts';
import { robotsTxt, sitemapXml } from './presentation/sitemap.ts';
import { loadDataset, releaseDataset } from './ingestion/load.ts';
import { formatReport } from './ingestion/problems.ts';

export function submissions(): AstroIntegration {
  let siteRoot = '';
  let shareImages: ShareRendering | undefined;
  return {
    name: 'bdhvs:submissions',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteRoot = new URL(config.base.replace(/\/?$/, '/'), config.site ?? 'http://localhost/').href;
      },
      // Share images start rendering in worker threads before Vite bundles anything.
      'astro:build:start': ({ logger }) => {
        const site = buildSiteData(loadDataset().dataset, registry());
        shareImages = startShareRendering(shareImageJobs(site, siteRoot, shareFonts()));
        // The content layer has its own copy by now; do not hold a second one while the pages render.
        releaseDataset();
        const { images, cached, rendered } = shareImages.stats;
        logger.info(`Ảnh chia sẻ / share images: ${images} (${cached} có sẵn / cached, ${rendered} vẽ mới / to render).`);
      },
      // The sitemap lists exactly the pages that were built; robots.txt points to it.
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (shareImages) {
          const started = performance.now();
          await shareImages.finish();
          for (const [path, file] of shareImages.files) {
            const target = fileURLToPath(new URL(path, dir));
            await mkdir(dirname(target), { recursive: true });
            await copyFile(file, target);
          }
          logger.info(
            `Ảnh chia sẻ / share images: ${shareImages.files.size} files written (${Math.round(performance.now() - started)} ms waited and copied).`,
          );
        }
        await writeFile(
          new URL('sitemap.xml', dir),
          sitemapXml(
            siteRoot,
            pages.map((p) => p.pathname),
          ),
        );
        await writeFile(new URL('robots.txt', dir), robotsTxt(siteRoot));
      },
      'astro:config:setup': ({ command, injectRoute, logger }) => {
        if (process.env.BDHVS_MEMORY_LOG) {
          const mb = (n: number) => Math.round(n / 2 ** 20);
          setInterval(
            () => {
              const m = process.memoryUsage();
              console.log(
                `[memory] rss ${mb(m.rss)} heapUsed ${mb(m.heapUsed)} heapTotal ${mb(m.heapTotal)} external ${mb(m.external)} arrayBuffers ${mb(m.arrayBuffers)}`,
              );
            },
            Number(process.env.BDHVS_MEMORY_LOG) || 5000,
          ).unref();
        }
        // In a build the share images are written by the hooks above; the dev server renders them on request.
        if (command === 'dev') {
          for (const prefix of ['', 'en/']) {
            for (const route of ['toan-quoc.png', '[province].png', '[province]/[commune].png', '[province]/chua-bao-cao.png']) {
              injectRoute({
                pattern: `/${prefix}anh/${route}`,
                entrypoint: `./src/share-endpoints/${prefix}anh/${route}.ts`,
                prerender: true,
              });
            }
          }
        }
        const { dataset, problems } = loadDataset();
        // Warnings are published beside their figures; the log shows the first few and the count.
        if (problems.length > 0) {
          const shown = problems.slice(0, 10);
          const more = problems.length - shown.length;
          logger.warn(`\n${formatReport(shown)}${more > 0 ? `\n… ${more} cảnh báo khác / more warnings: npm run validate` : ''}`);
        }
        const figures = dataset.reports.reduce((n, r) => n + r.figures.length, 0);
        logger.info(`${dataset.reports.length} báo cáo, ${figures} số liệu, ${dataset.models.length} mô hình.`);
      },
    },
  };
}
