/**
 * Astro integration: check every submission before Astro compiles anything,
 * so untrusted MDX that fails the safety check is never turned into code.
 */
import type { AstroIntegration } from 'astro';
import { loadDataset } from './ingestion/load.ts';
import { formatReport } from './ingestion/problems.ts';

export function submissions(): AstroIntegration {
  return {
    name: 'bdhvs:submissions',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const { dataset, problems } = loadDataset();
        if (problems.length > 0) logger.warn(`\n${formatReport(problems)}`);
        const figures = dataset.reports.reduce((n, r) => n + r.figures.length, 0);
        logger.info(`${dataset.reports.length} báo cáo, ${figures} số liệu, ${dataset.models.length} mô hình.`);
      },
    },
  };
}
