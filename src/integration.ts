/**
 * Astro integration: check every submission before Astro compiles anything,
 * so untrusted MDX that fails the safety check is never turned into code.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { robotsTxt, sitemapXml } from './presentation/sitemap.ts';
import { loadDataset } from './ingestion/load.ts';
import { formatReport } from './ingestion/problems.ts';

export function submissions(): AstroIntegration {
  let siteRoot = '';
  return {
    name: 'bdhvs:submissions',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteRoot = new URL(config.base.replace(/\/?$/, '/'), config.site ?? 'http://localhost/').href;
      },
      // The sitemap lists exactly the pages that were built; robots.txt points to it.
      'astro:build:done': async ({ dir, pages }) => {
        await writeFile(
          new URL('sitemap.xml', dir),
          sitemapXml(
            siteRoot,
            pages.map((p) => p.pathname),
          ),
        );
        await writeFile(new URL('robots.txt', dir), robotsTxt(siteRoot));
      },
      'astro:config:setup': ({ logger }) => {
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
