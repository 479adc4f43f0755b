/**
 * Astro integration: check every submission before Astro compiles anything,
 * so untrusted MDX that fails the safety check is never turned into code.
 * In a build it also renders the share images in worker threads while Astro
 * renders the pages, and writes them, the sitemap and robots.txt at the end;
 * the dev server renders share images on request instead.
 *
 * A build writes into a fresh staging folder beside the output folder and
 * replaces the previous output only once everything is written: a build that
 * fails at any point leaves the last good site in place, still deployable.
 * Invalid submissions stop the build with the Vietnamese problem list (file,
 * line, spreadsheet column) and one plain final line, not a stack trace.
 */
import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { shareImageJobs } from './presentation/share/jobs.ts';
import { startShareRendering, type ShareRendering } from './presentation/share/pool.ts';
import { shareFonts } from './presentation/share/render.ts';
import { robotsTxt, sitemapXml } from './presentation/feed/sitemap.ts';
import { loadDataset, releaseDataset, SubmissionError } from './ingestion/load.ts';
import { formatReport } from './domain/problems/index.ts';
import { publishStaged, stagingDir } from './presentation/staged-output.ts';
import { formatFailures, preflight } from './presentation/preflight.ts';
import { siteModel } from './presentation/site-model.ts';
import { locales, pathPrefix } from './i18n/locale.ts';

/**
 * The checked submissions, or, when any has an error, the end of the run: the problem list as
 * `npm run validate` prints it (Vietnamese first, file, line and spreadsheet column) and one final line.
 * Exiting here rather than throwing keeps Astro from burying the list under "unhandled error … hook" and
 * a stack trace; nothing has been written yet, so the previous output is untouched.
 */
function loadOrStop(logger: { error: (m: string) => void }): ReturnType<typeof loadDataset> {
  try {
    return loadDataset();
  } catch (e) {
    if (!(e instanceof SubmissionError)) throw e;
    const errors = e.problems.filter((p) => p.severity === 'error').length;
    logger.error(`\n${formatReport(e.problems)}`);
    stop(
      `Không dựng trang: ${errors} lỗi trong dữ liệu gửi lên (xem danh sách trên; kiểm tra lại bằng npm run validate). Trang đã công bố trước đó được giữ nguyên.`,
      `Build stopped: ${errors} error(s) in the submissions (listed above; check with npm run validate). The previously built site is left as it was.`,
    );
  }
}

/** Ends the run with a final line in Vietnamese, then English: nothing has been written yet. */
function stop(vi: string, en: string): never {
  process.stderr.write(`\n${vi}\n${en}\n`);
  process.exit(1);
}

export function submissions(): AstroIntegration {
  let siteRoot = '';
  let shareImages: ShareRendering | undefined;
  /** The output folder the build was asked for, and the staging folder it really writes to. */
  let staged: { target: string; staging: string } | undefined;
  return {
    name: 'bdhvs:submissions',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteRoot = new URL(config.base.replace(/\/?$/, '/'), config.site ?? 'http://localhost/').href;
      },
      // Share images start rendering in worker threads before Vite bundles anything.
      'astro:build:start': ({ logger }) => {
        // The site model the submissions were checked with, the one the pages render (src/presentation/site-model.ts).
        shareImages = startShareRendering(shareImageJobs(siteModel(), siteRoot, shareFonts()));
        // The model holds no narrative text: the parsed submissions are not needed while the pages render.
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
        // Everything is written: the new site replaces the previous one.
        if (staged) {
          publishStaged(staged.staging, staged.target);
          logger.info(`Đã thay trang cũ bằng bản mới / output published: ${staged.target}`);
        }
      },
      'astro:config:setup': ({ command, config, injectRoute, logger, updateConfig }) => {
        if (command === 'build') {
          const target = fileURLToPath(config.outDir);
          staged = { target, staging: stagingDir(target) };
          updateConfig({ outDir: pathToFileURL(`${staged.staging}/`) });
        }
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
          // One endpoint file per image for both languages (/anh/…, /en/anh/…); it reads the locale from Astro.locals.
          for (const route of ['toan-quoc.png', '[province].png', '[province]/[commune].png', '[province]/chua-bao-cao.png']) {
            for (const locale of locales) {
              injectRoute({
                pattern: `/${pathPrefix[locale]}anh/${route}`,
                entrypoint: `./src/share-endpoints/anh/${route}.ts`,
                prerender: true,
              });
            }
          }
        }
        const { dataset, problems } = loadOrStop(logger);
        // Warnings are published beside their figures; the log shows the first few and the count.
        if (problems.length > 0) {
          const shown = problems.slice(0, 10);
          const more = problems.length - shown.length;
          logger.warn(`\n${formatReport(shown)}${more > 0 ? `\n… ${more} cảnh báo khác / more warnings: npm run validate` : ''}`);
        }
        // Every figure through the functions its pages use: one that cannot be shown stops here, located. The model
        // is built once for the process; the share images and every page read this same object.
        const failures = preflight(siteModel());
        if (failures.length > 0) {
          logger.error(`\n${formatFailures(failures)}`);
          stop(
            `Không dựng trang: ${failures.length} số liệu không hiển thị được (xem danh sách trên). Trang đã công bố trước đó được giữ nguyên.`,
            `Build stopped: ${failures.length} figure(s) could not be shown (listed above). The previously built site is left as it was.`,
          );
        }
        const figures = dataset.reports.reduce((n, r) => n + r.figures.length, 0);
        logger.info(`${dataset.reports.length} báo cáo, ${figures} số liệu, ${dataset.models.length} mô hình.`);
      },
    },
  };
}
